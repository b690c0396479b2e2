// Issue 14, point 11: characters XML forbids (U+FFFE, control characters…) in any text made every
// document.xml malformed and LibreOffice could not open the files. Every generated .docx parses as XML
// (property test, fixed seed) and one of them is opened by LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { GENERATED } from '../../src/cli/generate';
import { xmlSafeText } from '../../src/core/document/text';
import type { DocInput } from '../../src/core/document';
import { docInput, MEASURES, RESULTS } from '../core/document-fixture';
import { xmlProblems } from '../support/xml';

const BAD = '\uFFFE\u0001\u0008\u000B\u000C\u001F\uFFFF\uD800';

/** Every XML part of a .docx with its problems (an empty list when all are well-formed). */
async function docxProblems(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const p of xmlProblems(xml)) out.push(`${name}: ${p}`);
  }
  return out;
}

function withText(t: string): DocInput {
  const base = docInput();
  return {
    ...base,
    settings: { ...base.settings, agencyName: `เทศบาลตำบล${t}ทดสอบ`, signerName: `นาย${t}` },
    measures: MEASURES.map((m) => ({ ...m, measure: `${m.measure}${t}`, method: `${t}${m.method}` })),
    results: RESULTS.map((r) => ({ ...r, done: `ดำเนินการแล้ว${t}`, outcome: `${t}` })),
  };
}

describe('every generated .docx is well-formed XML', () => {
  it('the test checker itself refuses what XML refuses', () => {
    expect(xmlProblems('<a>x</a>')).toEqual([]);
    expect(xmlProblems('<a>x\uFFFE</a>')).not.toEqual([]);
    expect(xmlProblems('<a>x\u0001</a>')).not.toEqual([]);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>&</a>')).not.toEqual([]);
  });

  it('xmlSafeText removes the forbidden characters and keeps everything else (a vertical tab is a line break)', () => {
    expect(xmlSafeText(`ก${BAD}ข\t\n\r😀`)).toBe('ก\n\nข\t\n\r😀');
  });

  it.each(GENERATED.map((g) => [g.kind, g] as const))(
    '%s with forbidden characters in every text field',
    async (_kind, g) => {
      const buf = await renderDocx(g.build(withText(BAD)));
      expect(await docxProblems(buf)).toEqual([]);
    },
  );

  it('property: any text in the agency name, measures and results gives well-formed XML (fixed seed)', async () => {
    const text = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 6 }),
          fc.constantFrom(...BAD.split(''), '<', '&', '"', ']]>', '=', "'"),
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...GENERATED), async (t, g) => {
        expect(await docxProblems(await renderDocx(g.build(withText(t))))).toEqual([]);
      }),
      { seed: 1414, numRuns: 12 },
    );
  }, 60000);
});

describe('LibreOffice opens a generated .docx with forbidden characters in its texts', () => {
  it('converts it to text (one soffice run)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-i14-lo-'));
    const g = GENERATED.find((x) => x.kind === 'measures-plan')!;
    const file = join(dir, 'plan.docx');
    writeFileSync(file, await renderDocx(g.build(withText(BAD))));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 120000 },
    );
    const txt = join(dir, 'plan.txt');
    expect(existsSync(txt)).toBe(true);
    expect(readFileSync(txt, 'utf8')).toContain(MEASURES[0].measure);
  }, 150000);
});

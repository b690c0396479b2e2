// What a reader sees in the generated .docx: line spacing that LibreOffice and Word both read as
// "single, as tall as the font" (never exact, which clips stacked Thai marks), and number columns
// wide enough for "๑๐๐.๐๐" / "+๑๒.๔๓" on one line at the 14 pt table size.
import JSZip from 'jszip';
import { buildAnalysisReport, buildMeasuresPlan, buildResultsReport, type DocModel } from '../../src/core/document';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { docInput } from '../core/document-fixture';

const TWIPS_PER_MM = 1440 / 25.4;

async function parts(model: DocModel): Promise<{ doc: string; styles: string }> {
  const zip = await JSZip.loadAsync(await renderDocx(model));
  const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  return { doc, styles };
}

/** Column widths (twips) of every table, in document order. */
function grids(xml: string): number[][] {
  return [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
    [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1])),
  );
}

describe('generated .docx layout', () => {
  const builders = {
    'measures plan': buildMeasuresPlan,
    'results report': buildResultsReport,
    'analysis report': buildAnalysisReport,
  };

  it.each(Object.entries(builders))(
    '%s: single line spacing is auto (never exact, never a bare w:line)',
    async (_name, build) => {
      const { doc, styles } = await parts(build(docInput()));
      const defaults = /<w:pPrDefault>(.*?)<\/w:pPrDefault>/.exec(styles)?.[1] ?? '';
      expect(defaults).toContain('<w:spacing w:line="240" w:lineRule="auto"/>');
      for (const xml of [doc, styles]) {
        expect(xml).not.toMatch(/w:lineRule="exact"/);
        // A w:line without its rule is what LibreOffice read as an exact 12 pt line.
        const bare = [...xml.matchAll(/<w:spacing [^>]*>/g)]
          .map((m) => m[0])
          .filter((s) => s.includes('w:line=') && !s.includes('w:lineRule='));
        expect(bare).toEqual([]);
      }
    },
  );

  it('measures plan (portrait): the indicator table number columns are at least 22 mm, the name column the widest', async () => {
    const { doc } = await parts(buildMeasuresPlan(docInput()));
    const indicators = grids(doc)[0];
    expect(indicators).toHaveLength(7);
    for (const c of [3, 4]) expect(indicators[c]).toBeGreaterThanOrEqual(Math.floor(22 * TWIPS_PER_MM));
    // "สูงกว่าเป้าหมาย" on one line in the comparison column.
    expect(indicators[5]).toBeGreaterThanOrEqual(Math.floor(34 * TWIPS_PER_MM));
    expect(Math.max(...indicators)).toBe(indicators[1]);
    expect(doc).toContain('๑๐๐.๐๐'); // OIT indicators of seed 001
    expect(doc).toContain('สูงกว่าเป้าหมาย ๑๒.๔๓');
    expect(doc).not.toMatch(/\+๑๒\.๔๓/);
    for (const h of ['>คะแนน<', '>เป้าหมาย<', '>เทียบกับเป้าหมาย<']) expect(doc).toContain(h);
  });

  it('analysis report (landscape): the theme score column holds "๙๕.๒๕ / ๗๗.๐๐" (≥ 38 mm)', async () => {
    const { doc } = await parts(buildAnalysisReport(docInput()));
    const theme1 = grids(doc)[1];
    expect(theme1).toHaveLength(6);
    expect(theme1[4]).toBeGreaterThanOrEqual(Math.floor(38 * TWIPS_PER_MM));
    expect(doc).toContain('๙๕.๒๕ / ๗๗.๐๐');
  });

  it('results report (landscape): responsible and period columns are at least 28 mm', async () => {
    const { doc } = await parts(buildResultsReport(docInput()));
    const results = grids(doc)[0];
    expect(results).toHaveLength(6);
    for (const c of [2, 3]) expect(results[c]).toBeGreaterThanOrEqual(Math.floor(28 * TWIPS_PER_MM));
  });
});

// What a reader sees in the generated .docx: line spacing that LibreOffice and Word both read as
// "single, as tall as the font" (never exact, which clips stacked Thai marks), and number columns
// wide enough for "๑๐๐.๐๐" / "+๑๒.๔๓" on one line at the 14 pt table size.
import JSZip from 'jszip';
import { buildAnalysisReport, buildMeasuresPlan, buildResultsReport, type DocModel } from '../../src/core/document';
import { latinPieces, renderDocx } from '../../src/cli/docx/render-docx';
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

  it('measures plan (portrait): the score column at least 22 mm, the comparison on one line, the names on one line', async () => {
    const { doc } = await parts(buildMeasuresPlan(docInput()));
    const indicators = grids(doc)[0];
    expect(indicators).toHaveLength(6);
    expect(indicators[3]).toBeGreaterThanOrEqual(Math.floor(22 * TWIPS_PER_MM));
    // "สูงกว่า ๑๒.๔๓" is 28.8 mm and "การใช้ทรัพย์สินของราชการ" 52.8 mm at 14 pt in Laksaman, plus 3.8 mm of cell margins.
    expect(indicators[4]).toBeGreaterThanOrEqual(Math.floor(33 * TWIPS_PER_MM));
    expect(indicators[1]).toBeGreaterThanOrEqual(Math.floor(56.6 * TWIPS_PER_MM));
    expect(doc).toContain('๑๐๐.๐๐'); // OIT indicators of seed 001
    expect(doc).toContain('สูงกว่า ๑๒.๔๓');
    expect(doc).not.toMatch(/\+๑๒\.๔๓/);
    for (const h of ['>คะแนน<', '>เทียบกับค่าเป้าหมาย (๘๕ คะแนน)<']) expect(doc).toContain(h);
  });

  it('analysis report (landscape): the theme score column holds "๙๕.๒๕ / ๗๗.๐๐" (≥ 38 mm)', async () => {
    const { doc } = await parts(buildAnalysisReport(docInput()));
    const theme1 = grids(doc)[1];
    expect(theme1).toHaveLength(5);
    expect(theme1[3]).toBeGreaterThanOrEqual(Math.floor(38 * TWIPS_PER_MM));
    expect(doc).toContain('๙๕.๒๕ / ๗๗.๐๐');
  });

  it('results report (landscape): no period column even when the periods differ; the responsible column holds "ทุกกอง/"', async () => {
    const { doc } = await parts(buildResultsReport(docInput()));
    const results = grids(doc)[0];
    // The periods of docInput() differ: the one most measures share is said above the table, the other
    // after its measure; the table keeps its five columns whatever the periods (regenerating in place).
    expect(results).toHaveLength(5);
    expect(doc).toContain('เว้นแต่มาตรการที่ระบุระยะเวลาไว้');
    // "ทุกกอง/" is 16.0 mm at 14 pt in Laksaman, plus 3.8 mm of cell margins.
    expect(results[2]).toBeGreaterThanOrEqual(Math.floor(19.8 * TWIPS_PER_MM));
  });
});

describe('page numbers, Latin runs and the signature (.docx)', () => {
  it('a "- PAGE -" header from page 2 in the document digits; the first page has its own empty header', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(buildMeasuresPlan(docInput())));
    const doc = (await zip.file('word/document.xml')!.async('string')) as string;
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const numbered = headers.filter((h) => h.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0].replace(/<[^>]+>/g, '')).toMatch(/^- +PAGE.*-$/s);
    const arabic = await JSZip.loadAsync(
      await renderDocx(buildMeasuresPlan(docInput({ settings: { ...docInput().settings, thaiDigits: false } }))),
    );
    expect(await arabic.file('word/document.xml')!.async('string')).toMatch(/w:fmt="decimal"/);
  });

  it('Latin words are runs of their own tagged en-US ("Facebook", "E-Service"), Thai runs th-TH', async () => {
    expect(latinPieces('ผ่าน Facebook และ E-Service (QR code)')).toEqual([
      { text: 'ผ่าน ', latin: false },
      { text: 'Facebook', latin: true },
      { text: ' และ ', latin: false },
      { text: 'E-Service', latin: true },
      { text: ' (', latin: false },
      { text: 'QR code', latin: true },
      { text: ')', latin: false },
    ]);
    const { doc } = await parts(buildMeasuresPlan(docInput()));
    const run = (word: string) => new RegExp(`<w:lang w:val="([^"]+)"[^>]*/>(?:(?!<w:r>).)*<w:t[^>]*>${word}<`, 's');
    expect(doc.match(run('Facebook'))?.[1]).toBe('en-US');
    expect(doc).toMatch(/<w:lang w:val="th-TH" w:bidi="th-TH"\/>/);
  });

  it('the paragraph before a signature keeps with it (no signature alone at the top of a page)', async () => {
    const { doc } = await parts(buildResultsReport(docInput()));
    const paras = doc.split('</w:p>');
    const i = paras.findIndex((p) => p.includes('(ลงชื่อ)'));
    expect(paras[i - 1]).toContain('<w:keepNext/>');
  });
});

import { analyze } from '../../src/core/analysis';
import JSZip from 'jszip';
import {
  buildAnalysisReport,
  buildMeasuresPlan,
  buildResultsReport,
  GOOGLE_DOCS_STYLE,
  type DocModel,
} from '../../src/core/document';
import { renderDocx, renderDocxWithWarnings } from '../../src/cli/docx/render-docx';
import { SIGN_LINE, signLine } from '../../src/core/document/model';
import { docInput, MEASURES } from '../core/document-fixture';

async function documentXml(model: DocModel, style?: Parameters<typeof renderDocx>[1]): Promise<string> {
  const buf = await renderDocx(model, style);
  expect(buf.subarray(0, 2).toString()).toBe('PK');
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml;
}

describe('renderDocx', () => {
  it('measures plan: Thai headers, TH SarabunPSK with complex-script size 16/14 pt, A4 portrait, Thai margins', async () => {
    const xml = await documentXml(buildMeasuresPlan(docInput()));
    for (const h of ['มาตรการ/แนวทางการดำเนินงาน', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'])
      expect(xml).toContain(h);
    expect(xml).toContain('w:cs="TH SarabunPSK"');
    expect(xml).toContain('w:ascii="TH SarabunPSK"');
    expect(xml).toContain('<w:szCs w:val="32"/>'); // body 16 pt
    expect(xml).toContain('<w:szCs w:val="28"/>'); // tables 14 pt
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:fill="D9D9D9"');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘');
  });

  it('results and analysis reports are A4 landscape with the 6 verbatim columns', async () => {
    const res = await documentXml(buildResultsReport(docInput()));
    expect(res).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const h of ['มาตรการ/กิจกรรม', 'ผลการดำเนินการ', 'ผลลัพธ์หรือความสำเร็จ']) expect(res).toContain(h);
    const ana = await documentXml(buildAnalysisReport(docInput()));
    expect(ana).toMatch(/w:orient="landscape"/);
    expect(ana).toContain('ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ');
    expect(ana).toContain('<w:gridSpan w:val="2"/>'); // "วิธีการนำผลวิเคราะห์ไปสู่การปฏิบัติ" over two columns
    expect(ana).toContain('<w:vMerge w:val="restart"/>');
  });

  it('column widths follow the weights and fill the text width', async () => {
    const xml = await documentXml(buildMeasuresPlan(docInput()));
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1])),
    );
    const measures = grids[grids.length - 1];
    expect(measures).toHaveLength(4);
    const total = measures.reduce((s, w) => s + w, 0);
    expect(total).toBeGreaterThan(9000); // 210 − 30 − 20 mm = 160 mm ≈ 9071 twips
    expect(total).toBeLessThanOrEqual(9071);
    expect(measures[1]).toBeGreaterThan(measures[2]); // method wider than responsible
  });

  it('the empty-measures placeholder spans the whole table', async () => {
    const none = analyze({
      current: { year: 2567, overall: null, instruments: {}, indicators: {}, questions: [] },
      history: [],
    });
    const xml = await documentXml(
      buildMeasuresPlan(docInput({ analysis: none, measures: [], results: [], questionScores: [] })),
    );
    expect(xml).toContain('>ยังไม่มีมาตรการ<');
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
  });

  it('cell lines become paragraphs; a huge cell is rendered whole (the warning is core/document/long-cells)', async () => {
    const long = 'ข้อความยาว'.repeat(800);
    const { buffer } = await renderDocxWithWarnings(
      buildMeasuresPlan(docInput({ measures: [{ ...MEASURES[0], method: long }] })),
    );
    const xml = (await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(long);
  });

  it('the Google Docs style renders Sarabun', async () => {
    const xml = await documentXml(buildMeasuresPlan(docInput()), GOOGLE_DOCS_STYLE);
    expect(xml).toContain('w:cs="Sarabun"');
    expect(xml).not.toContain('TH SarabunPSK');
  });

  it('the signature line fits half the text width at 16 pt (portrait: 80 mm), so "(ลงชื่อ)" never breaks from its dots', async () => {
    const halfPortrait = (11906 - 1701 - 1134) / 2; // twips
    const line = signLine(halfPortrait / 20, 16);
    expect(line.startsWith('(ลงชื่อ)')).toBe(true);
    // Laksaman advances: "(ลงชื่อ)" 2.735 em, "." 0.243 em → 16 pt × em in points must fit the half width.
    const widthPt = 16 * (2.735 + 0.243 * (line.length - '(ลงชื่อ)'.length));
    expect(widthPt).toBeLessThanOrEqual(halfPortrait / 20);
    expect(line.length - '(ลงชื่อ)'.length).toBeGreaterThanOrEqual(30);
    const xml = await documentXml(buildMeasuresPlan(docInput()));
    expect(xml).toContain(`>${line}<`);
    // Landscape pages get a longer line.
    const landscape = await documentXml(buildResultsReport(docInput()));
    expect(landscape).toContain(`>${signLine((16838 - 1701 - 1134) / 2 / 20, 16)}<`);
  });

  it('the Google Doc "(ลงชื่อ)" line (the model one) fits half a portrait page at Sarabun 14 pt', () => {
    const halfPortraitPt = (11906 - 1701 - 1134) / 2 / 20;
    // The rule's own advances, rounded up from Laksaman's (2.735 and 0.243 em): Sarabun's are not measured here.
    const widthPt = GOOGLE_DOCS_STYLE.bodySizePt * (2.8 + 0.25 * (SIGN_LINE.length - '(ลงชื่อ)'.length));
    expect(widthPt).toBeLessThanOrEqual(halfPortraitPt);
    expect(SIGN_LINE.length - '(ลงชื่อ)'.length).toBeGreaterThanOrEqual(40);
  });

  it('justified paragraphs use "both", not thaiDistribute (LibreOffice broke words and clusters with it)', async () => {
    const xml = await documentXml(buildMeasuresPlan(docInput()));
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).not.toContain('thaiDistribute');
  });
});

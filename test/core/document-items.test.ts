// Which OIT item the measures plan and the results report say they are published as: the assessment
// year's (o34/o35 in 2567, o25/o26 in 2569), the officer's typed code for 2568 (not confirmed), and by
// title alone, with a warning for the officer, when 2568 has none typed. Also the documents log label.
import { buildMeasuresPlan, buildResultsReport } from '../../src/core/document';
import { kindOf, logLabel } from '../../src/core/document/log-entries';
import { CATALOGUE_2568, CATALOGUE_2569, FRAMEWORK_2567, measuresItemsOf } from '../../src/core/catalogue';
import type { Catalogue } from '../../src/core/types';
import type { DocModel } from '../../src/core/document';
import { docInput, settings } from './document-fixture';

const textOf = (m: DocModel): string => m.blocks.map((b) => ('text' in b ? b.text : JSON.stringify(b))).join('\n');

function docs(cat: Catalogue, typed: { measuresItem?: string; resultsItem?: string } = {}) {
  const year = cat.firstYear;
  const input = docInput({
    catalogue: cat,
    settings: settings({ assessmentYear: year, planFiscalYear: year + 1, thaiDigits: false, ...typed }),
  });
  return { plan: buildMeasuresPlan(input), report: buildResultsReport(input) };
}

describe('the OIT item a document is published as', () => {
  it('2567: o34 and o35', () => {
    const d = docs(FRAMEWORK_2567);
    expect(textOf(d.plan)).toContain(
      'เผยแพร่ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ o34 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    );
    expect(textOf(d.report)).toContain('(OIT) ข้อ o35 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม');
  });

  it('2569: o25 and o26, never o34/o35', () => {
    const d = docs(CATALOGUE_2569);
    expect(textOf(d.plan)).toContain('(OIT) ข้อ o25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
    expect(textOf(d.report)).toContain('(OIT) ข้อ o26 ');
    expect(textOf(d.plan) + textOf(d.report)).not.toMatch(/\bo3[0-9]\b|\bo2[7-9]\b/);
  });

  it('2568 with nothing typed: the item by its title, no number, and one warning for the officer', () => {
    const d = docs(CATALOGUE_2568);
    const plan = textOf(d.plan);
    expect(plan).toContain(
      'เผยแพร่ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายการมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    );
    expect(plan).not.toMatch(/\(OIT\) ข้อ o\d+/);
    expect(d.plan.warnings.filter((w) => w.includes('ยังไม่ยืนยัน'))).toHaveLength(1);
    expect(d.plan.warnings.join('\n')).toContain('ชีต "ตั้งค่า" แถว "ข้อ OIT ของมาตรการ"');
    expect(textOf(d.report)).toContain('(OIT) รายการรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม');
    expect(d.report.warnings.join('\n')).toContain('แถว "ข้อ OIT ของรายงานผลการดำเนินการ"');
  });

  it('2568 with codes typed in ตั้งค่า: those codes, no warning', () => {
    const d = docs(CATALOGUE_2568, { measuresItem: 'o27', resultsItem: 'O28' });
    expect(textOf(d.plan)).toContain('(OIT) ข้อ o27 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(textOf(d.report)).toContain('(OIT) ข้อ o28 ');
    expect(d.plan.warnings.join('\n')).not.toContain('ยังไม่ยืนยัน');
  });

  it('a typed code wins over the catalogue (an officer corrects a number without a release)', () => {
    const d = docs(CATALOGUE_2569, { measuresItem: 'o24' });
    expect(textOf(d.plan)).toContain('(OIT) ข้อ o24 รายงานผลการดำเนินการป้องกันการทุจริต');
  });

  it("the documents log names the year's item, or says it is unconfirmed", () => {
    expect(logLabel('measures-plan', measuresItemsOf(CATALOGUE_2569))).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o25)');
    expect(logLabel('results-report', measuresItemsOf(FRAMEWORK_2567))).toBe('รายงานผลการดำเนินการตามมาตรการ (o35)');
    expect(logLabel('results-report', measuresItemsOf(CATALOGUE_2568))).toBe(
      'รายงานผลการดำเนินการตามมาตรการ (ข้อ OIT ยังไม่ยืนยัน)',
    );
    expect(logLabel('analysis-report', measuresItemsOf(CATALOGUE_2569))).toBe('รายงานผลการวิเคราะห์ ITA');
    // Read back: with this year's code, another year's, the old fixed "(o34)", or unconfirmed.
    expect(kindOf('มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o25)')).toBe('measures-plan');
    expect(kindOf('มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o34)')).toBe('measures-plan');
    expect(kindOf('รายงานผลการดำเนินการตามมาตรการ (ข้อ OIT ยังไม่ยืนยัน)')).toBe('results-report');
    expect(kindOf('ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส')).toBe('announcement');
  });
});

// The ITA 2561–2566 framework, kept for year-over-year history (compare years by indicator 1–10).
// IIT/EIT question texts are not in the reference: generic placeholders, confidence L.
// OIT is the 2564 list (H); 2566 also had 43 items with a different composition (not modelled).
import { Catalogue, InstrumentId } from '../types';
import { buildFramework, QuestionRow, SubIndicatorData, surveyQuestions } from './build';
import { range } from './codes';
import { INDICATOR_NAMES } from './indicators';
import { LEVELS_2561 } from './levels';

/** What a workbook shows instead of a placeholder question text: clearly not real, and editable. */
export const UNCONFIRMED_QUESTION_TEXT = '(ข้อความข้อคำถามยังไม่ได้ยืนยัน — กรอกเองได้)';

/** The placeholder texts of this framework (not the real wording of the questions). */
export const PLACEHOLDER_QUESTION_TEXTS = new Set<string>();

/** Placeholder rows: `perIndicator` questions for each indicator of the instrument, in order. */
function placeholderRows(instrument: InstrumentId, prefix: string, perIndicator: number): QuestionRow[] {
  const indicators = INDICATOR_NAMES.filter((n) => n.instrument === instrument);
  return indicators.flatMap((ind, k) =>
    range(prefix, k * perIndicator + 1, (k + 1) * perIndicator).map((code): QuestionRow => {
      const text = `ข้อคำถาม ${code} ของตัวชี้วัด${ind.name}`;
      PLACEHOLDER_QUESTION_TEXTS.add(text);
      return [code, text];
    }),
  );
}

/** The question text a workbook should show: the placeholder mark instead of a placeholder text. */
export function workbookQuestionText(text: string): string {
  return PLACEHOLDER_QUESTION_TEXTS.has(text) ? UNCONFIRMED_QUESTION_TEXT : text;
}

/** i1–i6 → 1, i7–i12 → 2 … ; e1–e5 → 6, e6–e10 → 7, e11–e15 → 8. */
function indicatorOf(firstIndicator: number, perIndicator: number) {
  return (code: string) => firstIndicator + Math.floor((Number(code.slice(1)) - 1) / perIndicator);
}

const OIT_2564: SubIndicatorData[] = [
  {
    id: '9.1',
    name: 'ข้อมูลพื้นฐาน',
    indicator: 9,
    confidence: 'M',
    itemConfidence: 'H',
    group: 'basic-info',
    items: [
      ['o1', 'โครงสร้าง', ['structure']],
      ['o2', 'ข้อมูลผู้บริหาร', ['executives']],
      ['o3', 'อำนาจหน้าที่', ['authority']],
      ['o4', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', ['strategic-plan']],
      ['o5', 'ข้อมูลการติดต่อ', ['contact']],
      ['o6', 'กฎหมายที่เกี่ยวข้อง', ['laws']],
      ['o7', 'ข่าวประชาสัมพันธ์', ['news']],
      ['o8', 'Q&A', ['qa-channel']],
      ['o9', 'Social Network', ['social-network']],
    ],
  },
  {
    id: '9.2',
    name: 'การบริหารงาน',
    indicator: 9,
    confidence: 'M',
    itemConfidence: 'H',
    group: 'management',
    items: [
      ['o10', 'แผนดำเนินงานประจำปี', ['annual-plan']],
      ['o11', 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน', ['annual-plan']],
      ['o12', 'รายงานผลการดำเนินงานประจำปี', ['annual-report']],
      ['o13', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', ['work-manual']],
      ['o14', 'คู่มือหรือมาตรฐานการให้บริการ', ['service-manual']],
      ['o15', 'ข้อมูลเชิงสถิติการให้บริการ', ['service-stats']],
      ['o16', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', ['satisfaction-survey']],
      ['o17', 'E-Service', ['eservice']],
    ],
  },
  {
    id: '9.3',
    name: 'การบริหารเงินงบประมาณ',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'H',
    group: 'procurement',
    items: [
      ['o18', 'แผนการใช้จ่ายงบประมาณประจำปี', ['budget-plan']],
      ['o19', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน', ['budget-plan']],
      ['o20', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', ['budget-report']],
      ['o21', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', ['procurement-plan']],
      ['o22', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', ['procurement-announcements']],
      ['o23', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', ['procurement-progress']],
      ['o24', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', ['procurement-report']],
    ],
  },
  {
    id: '9.4',
    name: 'การบริหารและพัฒนาทรัพยากรบุคคล',
    indicator: 9,
    confidence: 'M',
    itemConfidence: 'H',
    items: [
      ['o25', 'นโยบายการบริหารทรัพยากรบุคคล', ['hr-plan']],
      ['o26', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', ['hr-plan']],
      ['o27', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', ['hr-plan']],
      ['o28', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', ['hr-report']],
    ],
  },
  {
    id: '9.5',
    name: 'การส่งเสริมความโปร่งใส',
    indicator: 9,
    confidence: 'M',
    itemConfidence: 'H',
    items: [
      ['o29', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-guideline']],
      ['o30', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-channel']],
      ['o31', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-stats']],
      ['o32', 'ช่องทางการรับฟังความคิดเห็น', ['participation']],
      ['o33', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', ['participation']],
    ],
  },
  {
    id: '10.1',
    name: 'การดำเนินการเพื่อป้องกันการทุจริต',
    indicator: 10,
    confidence: 'M',
    itemConfidence: 'H',
    items: [
      ['o34', 'เจตจำนงสุจริตของผู้บริหาร', ['executive-commitment']],
      ['o35', 'การมีส่วนร่วมของผู้บริหาร', ['executive-commitment']],
      ['o36', 'การประเมินความเสี่ยงการทุจริตประจำปี', ['risk-assessment']],
      ['o37', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', ['risk-report']],
      ['o38', 'การเสริมสร้างวัฒนธรรมองค์กร', ['ethics']],
      ['o39', 'แผนปฏิบัติการป้องกันการทุจริต', ['anti-corruption-plan']],
      ['o40', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน', ['anti-corruption-report']],
      ['o41', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', ['anti-corruption-report']],
    ],
  },
  {
    id: '10.2',
    name: 'มาตรการภายในเพื่อป้องกันการทุจริต',
    indicator: 10,
    confidence: 'M',
    itemConfidence: 'H',
    items: [
      ['o42', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ['measures']],
      ['o43', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ['measures-results']],
    ],
  },
];

export const FRAMEWORK_2561: Catalogue = buildFramework({
  id: '2561-2566',
  framework: '2561-2566',
  firstYear: 2561,
  lastYear: 2566,
  surveyQuestions: [
    ...surveyQuestions('IIT', indicatorOf(1, 6), placeholderRows('IIT', 'i', 6), 1, 'L'),
    ...surveyQuestions('EIT', indicatorOf(6, 5), placeholderRows('EIT', 'e', 5), 1, 'L'),
  ],
  oit: OIT_2564,
  levels: LEVELS_2561,
  measuresItems: { plan: 'o42', report: 'o43' },
  // The o1–o43 list is the 2564 one (H); 2563 used the same numbering, 2566 a different composition.
  oitListConfirmed: { firstYear: 2563, lastYear: 2565 },
  unconfirmed: [],
});

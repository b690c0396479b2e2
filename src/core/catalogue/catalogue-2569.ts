// The ITA 2569 catalogue (also used for 2570 until its list is published): the 2567–2570 survey
// questions and the 2569 OIT list of 26 items. Titles M (one agency's published headings, consistent
// with its uploaded files), o2, o6, o7 L. The grouping into indicators 9/10 and sub-indicators was not
// found: the grouping below copies the 2567 structure and is a guess (L), kept as data.
import { Catalogue } from '../types';
import { buildFramework, SubIndicatorData } from './build';
import { SURVEY_2567, SURVEY_FRAMEWORK_2567 } from './framework-2567';
import { LEVELS_2567 } from './levels';

const OIT_2569: SubIndicatorData[] = [
  {
    id: '9.1',
    name: 'ข้อมูลพื้นฐาน',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o1', 'โครงสร้าง หน้าที่และอำนาจ', ['structure', 'authority']],
      ['o2', 'ข้อมูลผู้บริหาร', ['executives'], 'L'],
      ['o3', 'ข้อมูลการติดต่อและช่องทางการสอบถาม', ['contact', 'qa-channel']],
      ['o4', 'ข่าวประชาสัมพันธ์', ['news']],
    ],
  },
  {
    id: '9.2',
    name: 'การบริหารงาน',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', ['strategic-plan']],
      ['o6', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', ['annual-plan', 'budget-plan'], 'L'],
      ['o7', 'รายงานผลการดำเนินงานประจำปี', ['annual-report'], 'L'],
      ['o8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', ['work-manual']],
      ['o9', 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ', ['service-manual']],
      ['o10', 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)', ['eservice']],
    ],
  },
  {
    id: '9.3',
    name: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o11', 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน', ['procurement-progress']],
      ['o12', 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', ['procurement-report']],
    ],
  },
  {
    id: '9.4',
    name: 'การบริหารและพัฒนาทรัพยากรบุคคล',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o13', 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล', ['hr-plan']],
      ['o14', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล', ['hr-report']],
      ['o15', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', ['ethics']],
    ],
  },
  {
    id: '9.5',
    name: 'การส่งเสริมความโปร่งใส',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o16', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-guideline']],
      ['o17', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-channel']],
      ['o18', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-stats']],
      ['o19', 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน', ['participation']],
    ],
  },
  {
    id: '10.1',
    name: 'การดำเนินการเพื่อป้องกันการทุจริต',
    indicator: 10,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      [
        'o20',
        'การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ',
        ['no-gift'],
      ],
      ['o21', 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ', ['risk-assessment']],
      ['o22', 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน', ['risk-report']],
      ['o23', 'แผนปฏิบัติการป้องกันการทุจริต', ['anti-corruption-plan']],
      ['o24', 'รายงานผลการดำเนินการป้องกันการทุจริต', ['anti-corruption-report']],
    ],
  },
  {
    id: '10.2',
    name: 'มาตรการภายในเพื่อป้องกันการทุจริต',
    indicator: 10,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o25', 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', ['measures']],
      ['o26', 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', ['measures-results']],
    ],
  },
];

/** 2569, and 2570 until its list is published (catalogueForYear warns for 2570). */
export const CATALOGUE_2569: Catalogue = buildFramework({
  id: '2569-2570',
  framework: SURVEY_FRAMEWORK_2567,
  firstYear: 2569,
  lastYear: 2570,
  surveyQuestions: SURVEY_2567,
  oit: OIT_2569,
  levels: LEVELS_2567,
  measuresItems: { plan: 'o25', report: 'o26' },
  oitListConfirmed: { firstYear: 2569, lastYear: 2569 },
  unconfirmed: [
    'ชื่อรายการ OIT ข้อ o2, o6 และ o7',
    'การจัดข้อ OIT เข้าตัวชี้วัดที่ 9 (o1–o19) และตัวชี้วัดที่ 10 (o20–o26) และตัวชี้วัดย่อย',
    'ข้อคำถาม IIT และ EIT และน้ำหนักคะแนน ซึ่งถือว่าเหมือนปี 2567',
  ],
});

// The ITA 2568 catalogue: the 2567–2570 survey questions and the 2568 OIT list as far as it is known
// (reference "OIT 2568": one source, M for the numbers seen). Not known: the titles of o2 and o5–o7
// (inferred here from the 2569 list, whose o3, o4, o8–o10 match 2568: confidence L), and where 2568
// puts the measures and results items (measuresItems null: the officer types the codes in ตั้งค่า and
// documents say they are unconfirmed until then). Grouping into indicators 9/10 and sub-indicators is
// a guess (L) by analogy with 2567.
import { Catalogue } from '../types';
import { buildFramework, SubIndicatorData } from './build';
import { SURVEY_2567, SURVEY_FRAMEWORK_2567 } from './framework-2567';
import { LEVELS_2567 } from './levels';

const OIT_2568: SubIndicatorData[] = [
  {
    id: '9.1',
    name: 'ข้อมูลพื้นฐาน',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o1', 'โครงสร้างและอำนาจหน้าที่', ['structure', 'authority']],
      ['o2', 'ข้อมูลผู้บริหาร', ['executives'], 'L'],
      ['o3', 'ข้อมูลการติดต่อ', ['contact']],
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
      ['o5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', ['strategic-plan'], 'L'],
      ['o6', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', ['annual-plan', 'budget-plan'], 'L'],
      ['o7', 'รายงานผลการดำเนินงานประจำปี', ['annual-report'], 'L'],
      ['o8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', ['work-manual']],
      ['o9', 'คู่มือหรือแนวทางการขอรับบริการ', ['service-manual']],
      ['o10', 'E-Service', ['eservice']],
      ['o11', 'ข้อมูลสถิติการให้บริการ', ['service-stats']],
    ],
  },
  {
    id: '9.3',
    name: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o12', 'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและความก้าวหน้า', ['procurement-plan', 'procurement-progress']],
      ['o13', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', ['procurement-report']],
    ],
  },
  {
    id: '9.4',
    name: 'การบริหารและพัฒนาทรัพยากรบุคคล',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o14', 'แผนการบริหารและพัฒนาทรัพยากรบุคคล', ['hr-plan']],
      ['o15', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', ['hr-report']],
      ['o16', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', ['ethics']],
    ],
  },
  {
    id: '9.5',
    name: 'การส่งเสริมความโปร่งใส',
    indicator: 9,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o17', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-guideline']],
      ['o18', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-channel']],
      ['o19', 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', ['complaint-stats']],
      ['o20', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', ['participation']],
    ],
  },
  {
    id: '10.1',
    name: 'การดำเนินการเพื่อป้องกันการทุจริต',
    indicator: 10,
    confidence: 'L',
    itemConfidence: 'M',
    items: [
      ['o21', 'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy', ['no-gift', 'executive-commitment']],
      ['o22', 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', ['gift-report']],
      ['o23', 'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน', ['risk-assessment']],
      ['o24', 'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', ['risk-report']],
      ['o25', 'แผนปฏิบัติการป้องกันการทุจริต', ['anti-corruption-plan']],
      ['o26', 'รายงานผลการดำเนินการป้องกันการทุจริต', ['anti-corruption-report']],
    ],
  },
];

export const CATALOGUE_2568: Catalogue = buildFramework({
  id: '2568',
  framework: SURVEY_FRAMEWORK_2567,
  firstYear: 2568,
  lastYear: 2568,
  surveyQuestions: SURVEY_2567,
  oit: OIT_2568,
  levels: LEVELS_2567,
  measuresItems: { plan: null, report: null },
  oitListConfirmed: { firstYear: 2568, lastYear: 2568 },
  unconfirmed: [
    'เลขข้อ OIT ของมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานและของรายงานผลการดำเนินการ (กรอกได้ในชีต "ตั้งค่า")',
    'ชื่อรายการ OIT ข้อ o2, o5, o6 และ o7 (อนุมานจากรายการปี 2569)',
    'การจัดข้อ OIT เข้าตัวชี้วัดที่ 9 (o1–o20) และตัวชี้วัดที่ 10 (o21–o26) และตัวชี้วัดย่อย',
    'ข้อคำถาม IIT และ EIT และน้ำหนักคะแนน ซึ่งถือว่าเหมือนปี 2567',
  ],
});

// A realistic input for the document builders: the ITA 2567 scores of seed 001 (เทศบาลตำบลก้อ),
// analysed with the real analyze(), and measures/results in the style of seed 002.
import { analyze } from '../../src/core/analysis';
import type { AgencySettings, MeasureRow, QuestionScore, ResultRow, ScoreSet } from '../../src/core/types';
import type { DocInput } from '../../src/core/document';
import { DEMO_SETTINGS } from '../../scripts/seed-001';

const IIT = [95.38, 96.92, 100, 93.85, 96.45, 96.92, 94.62, 97.69, 100, 90.0, 97.69, 90.77, 96.92, 97.69, 96.92];
const EIT: [number, number][] = [
  [95.25, 77],
  [95.75, 78],
  [98.75, 100],
  [96.5, 79],
  [96.75, 83],
  [96.5, 77],
  [96.5, 74],
  [96.0, 74],
  [62.5, 100],
];

export const SEED001_QUESTIONS: QuestionScore[] = [
  ...IIT.map((v, i) => ({ code: `i${i + 1}`, scores: [v] })),
  ...EIT.map((v, i) => ({ code: `e${i + 1}`, scores: [...v] })),
  ...Array.from({ length: 35 }, (_, i) => ({ code: `o${i + 1}`, scores: [100] })),
];

export const SEED001_SCORES: ScoreSet = {
  current: {
    year: 2567,
    overall: 95.11,
    instruments: {},
    indicators: { 1: 97.43, 2: 95.64, 3: 97.44, 4: 92.82, 5: 97.18, 6: 90.79, 7: 88.13, 8: 83.83, 9: 100, 10: 100 },
    questions: SEED001_QUESTIONS,
  },
  history: [],
};

export function settings(over: Partial<AgencySettings> = {}): AgencySettings {
  return {
    ...DEMO_SETTINGS,
    target: 85,
    weakThreshold: 85,
    thaiDigits: true,
    divisions: ['สำนักปลัด', 'กองคลัง', 'กองช่าง'],
    outputFolderId: '',
    documentDate: { year: 2567, month: 10, day: 15 },
    ...over,
  };
}

export const MEASURES: MeasureRow[] = [
  {
    id: 'M01',
    measure: 'มาตรการปฏิบัติงานและให้บริการตามขั้นตอนและระยะเวลาที่กำหนด',
    method: '1. ระบุขั้นตอนและระยะเวลาในคู่มือการให้บริการ\n2. เผยแพร่คู่มือทางเว็บไซต์ https://www.ko.go.th/2568 และป้ายประชาสัมพันธ์',
    responsible: 'สำนักปลัด',
    period: '',
    followUp: 'รายงานผลต่อนายกเทศมนตรีทุก 3 เดือน',
    questions: ['e1', 'e2'],
    indicators: [6],
    oitRefs: ['o10', 'o11'],
    origin: 'suggested',
  },
  {
    id: 'M02',
    measure: 'มาตรการเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย',
    method: '1. ปรับปรุงข้อมูลพื้นฐานในเว็บไซต์ให้ครบถ้วนเป็นปัจจุบัน\n2. เผยแพร่ผ่าน Facebook และ Line',
    responsible: 'กองยุทธศาสตร์และงบประมาณ',
    period: '1 ม.ค. 68 – 30 ก.ย. 68',
    followUp: 'ตรวจสอบเว็บไซต์ทุกเดือน',
    questions: ['e4', 'e5', 'e6'],
    indicators: [7],
    oitRefs: ['9.1', 'o6'],
    origin: 'suggested',
  },
  {
    id: 'M03',
    measure: 'มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม',
    method: '1. จัดประชุมประชาคมรับฟังความคิดเห็น\n2. เผยแพร่ผลการมีส่วนร่วมให้สาธารณชนทราบ',
    responsible: 'ทุกกอง/ทุกสำนัก',
    period: '',
    followUp: 'สรุปผลเสนอผู้บริหารเมื่อสิ้นปีงบประมาณ',
    questions: ['e7', 'e8'],
    indicators: [8],
    oitRefs: ['o25'],
    origin: 'manual',
  },
];

export const RESULTS: ResultRow[] = [
  {
    measureId: 'M01',
    status: 'done',
    done: 'ปรับปรุงคู่มือการให้บริการ เมื่อวันที่ 9 ม.ค. 68 และเผยแพร่ทางเว็บไซต์',
    outcome: 'ผู้รับบริการทราบขั้นตอนและระยะเวลาชัดเจน',
    evidence: 'คำสั่งเทศบาลตำบลก้อ ที่ 984/2567 ลงวันที่ 20 ธ.ค. 67',
    updatedBy: 'สมชาย',
    updatedAt: '2568-01-10',
  },
  {
    measureId: 'M03',
    status: 'in-progress',
    done: 'จัดประชุมประชาคม ระหว่างวันที่ 1-13 พฤษภาคม 2568',
    outcome: 'ประชาชนร่วมแสดงความคิดเห็น 120 คน',
    evidence: '',
    updatedBy: 'สมหญิง',
    updatedAt: '2568-05-20',
  },
];

export function docInput(over: Partial<DocInput> = {}): DocInput {
  const s = over.settings ?? settings();
  return {
    settings: s,
    analysis: analyze(SEED001_SCORES, { target: s.target, weakThreshold: s.weakThreshold }),
    measures: MEASURES,
    results: RESULTS,
    questionScores: SEED001_QUESTIONS,
    ...over,
  };
}

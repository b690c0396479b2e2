// The 7 analysis themes (ประเด็น) of the 2567 analysis report in seed 001, each linking survey
// questions to OIT items (M: one real document; the grouping is the agency's, not an NACC rule).
// OIT items are named by meaning (topics.ts), so 2568 and 2569 reports cite their own item numbers:
// the seed's theme 2 "o11–o13, o25" is written service-manual, service-stats, eservice, participation.
import { expandCodes } from './codes';
import type { OitRef } from './topics';

export interface Theme {
  number: number;
  title: string;
  /** IIT/EIT question codes. */
  questions: string[];
  /** OIT item codes, in the numbering of the catalogue's year. */
  oitItems: string[];
}

/** A theme as written in the data: OIT items by meaning. themesFor(cat) resolves them per year. */
export interface ThemeData {
  number: number;
  title: string;
  questions: string[];
  oit: OitRef[];
}

function theme(number: number, title: string, questions: string, oit: OitRef[]): ThemeData {
  return { number, title, questions: expandCodes(questions), oit };
}

export const THEMES_2567: ThemeData[] = [
  theme(1, 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ', 'i1–i3, e1–e4', [
    'strategic-plan',
    'annual-plan',
    'annual-report',
    'work-manual',
  ]),
  theme(2, 'การให้บริการและระบบ E-Service', 'i1–i3, e1–e9', [
    'service-manual',
    'service-stats',
    'eservice',
    'participation',
  ]),
  theme(3, 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ', 'e5–e6', ['basic-info']),
  theme(4, 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ', 'i10–i12', ['gift-report', 'risk-assessment', 'risk-report']),
  theme(5, 'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง', 'i4–i6', [
    'annual-plan',
    'budget-plan',
    'annual-report',
    'budget-report',
    'procurement-plan',
    'procurement-announcements',
    'procurement-progress',
    'procurement-report',
  ]),
  theme(6, 'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล', 'i7–i9', ['hr-plan', 'hr-report', 'ethics']),
  theme(7, 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน', 'i13–i15, e7–e8', [
    'complaint-guideline',
    'complaint-channel',
    'complaint-stats',
    'participation',
    'executive-commitment',
    'no-gift',
    'no-gift-report',
    'gift-report',
    'risk-assessment',
    'risk-report',
    'anti-corruption-plan',
    'anti-corruption-report',
    'measures',
    'measures-results',
  ]),
];

// The 7 analysis themes (ประเด็น) of the 2567 analysis report in seed 001, each linking survey
// questions to OIT items (M: one real document; the grouping is the agency's, not an NACC rule).
import { expandCodes } from './codes';

export interface Theme {
  number: number;
  title: string;
  /** IIT/EIT question codes. */
  questions: string[];
  /** OIT item codes. */
  oitItems: string[];
}

function theme(number: number, title: string, questions: string, oitItems: string): Theme {
  return { number, title, questions: expandCodes(questions), oitItems: expandCodes(oitItems) };
}

export const THEMES_2567: Theme[] = [
  theme(1, 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ', 'i1–i3, e1–e4', 'o7–o10'),
  theme(2, 'การให้บริการและระบบ E-Service', 'i1–i3, e1–e9', 'o11–o13, o25'),
  theme(3, 'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ', 'e5–e6', 'o1–o6'),
  theme(4, 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ', 'i10–i12', 'o29–o31'),
  theme(5, 'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง', 'i4–i6', 'o8, o9, o14–o17'),
  theme(6, 'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล', 'i7–i9', 'o18–o21'),
  theme(7, 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน', 'i13–i15, e7–e8', 'o22–o35'),
];

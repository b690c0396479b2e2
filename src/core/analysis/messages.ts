// Thai warning texts of the analysis. Numbers are written with 2 decimals and Arabic digits.
import { oitRangeText } from '../catalogue';
import { formatScore } from '../thai/numbers';
import type { Catalogue } from '../types';

const n2 = (n: number): string => formatScore(n, { thaiDigits: false });

export function indicatorLabel(num: number, name: string): string {
  return `ตัวชี้วัดที่ ${num} ${name}`;
}

export const msg = {
  indicatorMismatch: (label: string, given: number, computed: number): string =>
    `${label}: คะแนนที่รายงาน ${n2(given)} ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม ${n2(computed)} ` +
    `(ต่างกัน ${n2(Math.abs(given - computed))}) ใช้คะแนนที่รายงาน`,
  indicatorMissing: (label: string): string => `${label}: ไม่มีคะแนน (ไม่มีทั้งคะแนนตัวชี้วัดและคะแนนรายข้อ) จึงไม่นำมาคำนวณ`,
  indicatorPartial: (label: string, got: number, expected: number): string =>
    `${label}: คำนวณจากคะแนนรายข้อที่มีเพียง ${got} จาก ${expected} ค่า ควรตรวจสอบว่ากรอกครบหรือไม่`,
  instrumentMismatch: (id: string, given: number, computed: number): string =>
    `แบบวัด ${id}: คะแนนที่รายงาน ${n2(given)} ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด ${n2(computed)} ` +
    `(ต่างกัน ${n2(Math.abs(given - computed))}) ใช้คะแนนที่รายงาน`,
  instrumentMissing: (id: string, missing: number[]): string =>
    `แบบวัด ${id}: คำนวณคะแนนไม่ได้ เพราะไม่มีคะแนนตัวชี้วัดที่ ${missing.join(', ')}`,
  overallMismatch: (given: number, computed: number): string =>
    `คะแนนรวม: คะแนนที่รายงาน ${n2(given)} ไม่ตรงกับคะแนนที่คำนวณจากแบบวัดตามน้ำหนัก ${n2(computed)} ` +
    `(ต่างกัน ${n2(Math.abs(given - computed))}) ใช้คะแนนที่รายงาน`,
  overallMissing: (missing: string[]): string =>
    `คะแนนรวม: คำนวณไม่ได้ เพราะไม่มีคะแนนแบบวัด ${missing.join(', ')} จึงกำหนดระดับไม่ได้`,
  levelUndecided: (undecided: string[], missing: string[], atLeast: string): string =>
    `ระดับอาจสูงกว่านี้: ต้องมีคะแนนรายแบบวัดครบ IIT EIT OIT จึงจะตัดสินระดับ ${undecided.join('/')} ได้ ` +
    `(ขาดคะแนน ${missing.join(', ')}; จากคะแนนที่มีได้อย่างน้อยระดับ ${atLeast}) จึงยังไม่ระบุระดับ`,
  /** An OIT item the year's list lacks is named with the year (OIT lists change yearly). */
  unknownQuestion: (code: string, cat: Catalogue, year: number): string =>
    /^o/i.test(code.trim())
      ? `ข้อ ${code} ไม่อยู่ในรายการข้อ OIT ของปี ${year} (${oitRangeText(cat)}) จึงไม่นำมาคำนวณ`
      : `ข้อ ${code} ไม่อยู่ในกรอบการประเมิน ${cat.framework} จึงไม่นำมาคำนวณ`,
  extraPart: (code: string): string => `ข้อ ${code} มีคะแนนเกิน 1 ค่า แต่ข้อนี้มีคะแนนเดียว ใช้เฉพาะค่าแรก`,
};

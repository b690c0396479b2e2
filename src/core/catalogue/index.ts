// Year catalogues of the ITA and lookups into them.
import { Catalogue, IndicatorDef, InstrumentId, QuestionDef, SubIndicatorDef } from '../types';
import { ceYearNote, MAX_BE_YEAR, MIN_BE_YEAR, normaliseYear } from '../thai/dates';
import { normalizeCode } from './codes';
import { CATALOGUE_2568 } from './catalogue-2568';
import { CATALOGUE_2569 } from './catalogue-2569';
import { FRAMEWORK_2561 } from './framework-2561';
import { FRAMEWORK_2567 } from './framework-2567';

export { range, expandCodes, normalizeCode } from './codes';
export { levelFor, parseLevelScale, LEVELS_2561, LEVELS_2567 } from './levels';
export type { ParseLevelScaleOptions } from './levels';
export { THEMES_2567 } from './themes-2567';
export type { Theme, ThemeData } from './themes-2567';
export { themesFor } from './themes';
export { INDICATOR_NAMES } from './indicators';
export { SURVEY_FRAMEWORK_2567 } from './framework-2567';
export {
  OIT_TOPICS,
  OIT_GROUPS,
  isOitTopic,
  isOitGroup,
  oitItemsForTopics,
  oitRefsForTopics,
  oitItemForTopic,
} from './topics';
export type { OitTopic, OitGroup, OitRef } from './topics';
export { FRAMEWORK_2561, FRAMEWORK_2567, CATALOGUE_2568, CATALOGUE_2569 };

/**
 * Every known catalogue, oldest first: 2561–2566 (one survey framework, the 2564 OIT list), 2567, 2568,
 * 2569–2570 (one survey framework, three OIT lists). Years never overlap.
 */
export const CATALOGUES: Catalogue[] = [FRAMEWORK_2561, FRAMEWORK_2567, CATALOGUE_2568, CATALOGUE_2569];

/** Default target score (pass mark 85, H). The NACC raises the bar over 2567–2570: keep it a setting. */
export const DEFAULT_TARGET = 85;

/**
 * The catalogue of an assessment year (B.E.). A year inside a framework gets that framework and no
 * warning. A year outside every framework gets the nearest one (the later one on a tie) and a Thai
 * warning. Years are read by normaliseYear (B.E. 2500–2700, or the C.E. years of that range,
 * 1957–2157, which cannot be confused with them): a C.E. year (2024 → 2567) gets a warning saying so.
 * Any other year throws an Error (Thai).
 * A year whose facts are not all confirmed (the catalogue's `unconfirmed`, or an OIT list borrowed
 * from another year) gets them listed, all in this one warning: callers show it once.
 */
export function catalogueForYear(year: number): { catalogue: Catalogue; warning: string | null } {
  if (!Number.isInteger(year)) {
    throw new Error(`ปีการประเมิน "${year}" ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2567`);
  }
  let be: number;
  try {
    be = normaliseYear(year);
  } catch {
    throw new Error(`ปีการประเมิน ${year} ไม่ถูกต้อง ต้องเป็นปี พ.ศ. ระหว่าง ${MIN_BE_YEAR} ถึง ${MAX_BE_YEAR} เช่น 2567`);
  }
  const notes: string[] = be === year ? [] : [ceYearNote(year, be)];
  const inside = CATALOGUES.find((c) => be >= c.firstYear && be <= c.lastYear);
  if (inside) {
    const ok = inside.oitListConfirmed;
    if (be < ok.firstYear || be > ok.lastYear) {
      const known = ok.firstYear === ok.lastYear ? `${ok.firstYear}` : `${ok.firstYear}-${ok.lastYear}`;
      notes.push(
        `รายการข้อ OIT ของปี พ.ศ. ${be} ยังไม่ได้ยืนยัน ใช้รายการของปี ${known} แทน ` +
          'เลขข้อ OIT ที่อ้างอิงอาจไม่ตรงกับคู่มือของปีนี้ โปรดตรวจสอบ',
      );
    }
    if (inside.unconfirmed.length) {
      notes.push(`ข้อมูลของปี พ.ศ. ${be} ที่ยังไม่ได้ยืนยัน: ${inside.unconfirmed.join('; ')} โปรดตรวจสอบกับคู่มือของปีนี้`);
    }
    return { catalogue: inside, warning: notes.length ? notes.join(' ') : null };
  }

  const distance = (c: Catalogue) => (be < c.firstYear ? c.firstYear - be : be - c.lastYear);
  let nearest = CATALOGUES[0];
  for (const c of CATALOGUES) if (distance(c) <= distance(nearest)) nearest = c;
  notes.push(
    `ไม่มีชุดตัวชี้วัดของปี พ.ศ. ${be} ใช้ชุดของปี ${nearest.firstYear}-${nearest.lastYear} แทน (ชุดที่ใกล้ที่สุด) ` +
      'ข้อคำถามและรายการ OIT อาจไม่ตรงกับปีนี้ โปรดตรวจสอบ',
  );
  return { catalogue: nearest, warning: notes.join(' ') };
}

/** The catalogue with this id ("2561-2566", "2567", "2568", "2569-2570"), if any. */
export function catalogueById(id: string): Catalogue | undefined {
  return CATALOGUES.find((c) => c.id === id);
}

/** A question or OIT item by code, case-insensitive ("E4", "o10", "๐10", "O.10"). */
export function findQuestion(cat: Catalogue, code: string): QuestionDef | undefined {
  const c = normalizeCode(code);
  return cat.questions.find((q) => q.code === c);
}

export function indicatorByNumber(cat: Catalogue, n: number): IndicatorDef | undefined {
  return cat.indicators.find((i) => i.number === n);
}

/** The questions (or OIT items) of indicator n, in catalogue order; [] when n is unknown. */
export function questionsOfIndicator(cat: Catalogue, n: number): QuestionDef[] {
  return cat.questions.filter((q) => q.indicator === n);
}

export function instrumentOfIndicator(cat: Catalogue, n: number): InstrumentId | undefined {
  return indicatorByNumber(cat, n)?.instrument;
}

/** Title of an OIT item ("o34" → "มาตรการส่งเสริม…" in 2567); undefined for unknown or non-OIT codes. */
export function oitItemTitle(cat: Catalogue, code: string): string | undefined {
  const q = findQuestion(cat, code);
  return q && q.instrument === 'OIT' ? q.text : undefined;
}

export function subIndicatorById(cat: Catalogue, id: string): SubIndicatorDef | undefined {
  const key = id.trim();
  return cat.subIndicators.find((s) => s.id === key);
}

/** True when `ref` is an OIT item code or a sub-indicator id of the catalogue ("o10", "9.1"). */
export function isOitRef(cat: Catalogue, ref: string): boolean {
  return oitItemTitle(cat, ref) !== undefined || subIndicatorById(cat, ref) !== undefined;
}

/**
 * The codes of one letter in a catalogue as short Thai text: "มีข้อ o1–o26" for 2569, "มีข้อ o1–o35"
 * for 2567; gaps are listed ("o1–o4, o8–o26"). Used to tell a user which codes a year accepts.
 */
export function codeRangeText(cat: Catalogue, letter: 'i' | 'e' | 'o'): string {
  const nums = cat.questions
    .filter((q) => q.code.startsWith(letter))
    .map((q) => Number(q.code.slice(1)))
    .sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
    runs.push(i === j ? `${letter}${nums[i]}` : `${letter}${nums[i]}–${letter}${nums[j]}`);
    i = j + 1;
  }
  return runs.length ? `มีข้อ ${runs.join(', ')}` : `ไม่มีข้อ ${letter}`;
}

/** codeRangeText for OIT items: "มีข้อ o1–o26". */
export function oitRangeText(cat: Catalogue): string {
  return codeRangeText(cat, 'o');
}

export {
  UNCONFIRMED_ITEM,
  measuresItemsOf,
  readItemCode,
  itemCodeLabel,
  itemReferenceText,
  unconfirmedItemWarning,
} from './measures-items';
export type { MeasuresItemRef, MeasuresItems } from './measures-items';

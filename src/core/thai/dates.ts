// Thai dates: Buddhist era, month names, fiscal years, formatting and parsing.
// Dates are plain { year (B.E.), month, day } objects: no time zone, no Date arithmetic.

import { toArabicDigits, withDigits } from './digits';

/** A calendar date in the Buddhist era. */
export interface ThaiDate {
  /** Buddhist-era year, e.g. 2568. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

export type ThaiDateStyle = 'full' | 'abbr' | 'short' | 'announcement';
export type ThaiPeriodStyle = 'full' | 'abbr' | 'short';

export interface ThaiDateFormatOptions {
  style: ThaiDateStyle;
  thaiDigits: boolean;
}

export interface ThaiPeriodFormatOptions {
  style: ThaiPeriodStyle;
  thaiDigits: boolean;
}

// ---- Domain facts (data) ----

/** พ.ศ. = ค.ศ. + 543. */
export const BUDDHIST_ERA_OFFSET = 543;

/** Years accepted as sensible, in B.E. (C.E. accepted by normaliseYear: these minus 543). */
export const MIN_BE_YEAR = 2500;
export const MAX_BE_YEAR = 2700;

/** A two-digit year "67" means 2567: reports write B.E. years short within this century. */
export const SHORT_YEAR_CENTURY = 2500;

/** The fiscal year (ปีงบประมาณ) starts on 1 October and is named by the year in which it ends. */
export const FISCAL_YEAR_START = { month: 10, day: 1 } as const;
export const FISCAL_YEAR_END = { month: 9, day: 30 } as const;

export const THAI_MONTHS: readonly string[] = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];

export const THAI_MONTHS_ABBR: readonly string[] = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

/** Separator of a period: an en dash with spaces, as in "1 ต.ค.67 – 30 ก.ย.68". */
export const PERIOD_SEPARATOR = ' \u2013 ';

/** Raised for input a person typed wrong; the message is Thai and says what was expected. */
export class ThaiInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThaiInputError';
  }
}

// ---- Years ----

const MIN_CE_YEAR = MIN_BE_YEAR - BUDDHIST_ERA_OFFSET;
const MAX_CE_YEAR = MAX_BE_YEAR - BUDDHIST_ERA_OFFSET;

/** The Thai warning for a C.E. year read as B.E.: "ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567". */
export function ceYearNote(ce: number, be: number): string {
  return `ปี ค.ศ. ${ce} ถือเป็น พ.ศ. ${be}`;
}

/** ค.ศ. → พ.ศ. (2024 → 2567). No range check. */
export function toBuddhistYear(ce: number): number {
  return ce + BUDDHIST_ERA_OFFSET;
}

/** พ.ศ. → ค.ศ. (2567 → 2024). No range check. */
export function toCommonEraYear(be: number): number {
  return be - BUDDHIST_ERA_OFFSET;
}

/**
 * A year given as B.E. or C.E. (number, or text in either digit set) → B.E.
 * 2024 → 2567, 2567 → 2567. Throws ThaiInputError outside B.E. 2500–2700 / C.E. 1957–2157.
 * The two ranges do not overlap, so the era is never ambiguous.
 */
export function normaliseYear(n: number | string): number {
  const text = typeof n === 'string' ? toArabicDigits(n).trim() : '';
  const value = typeof n === 'string' ? (/^\d+$/.test(text) ? Number(text) : NaN) : n;
  if (!Number.isInteger(value)) {
    throw new ThaiInputError(`ปี "${String(n)}" ไม่ถูกต้อง: ต้องเป็นตัวเลขปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR} เช่น 2568`);
  }
  if (value >= MIN_BE_YEAR && value <= MAX_BE_YEAR) return value;
  if (value >= MIN_CE_YEAR && value <= MAX_CE_YEAR) return toBuddhistYear(value);
  throw new ThaiInputError(
    `ปี ${value} อยู่นอกช่วงที่รองรับ: ต้องเป็นปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR}` +
      ` (หรือ ค.ศ. ${MIN_CE_YEAR}–${MAX_CE_YEAR}) เช่น 2568`,
  );
}

// ---- Dates ----

/** Gregorian leap year of a B.E. year (2567 = 2024 is leap). */
export function isLeapYearBE(be: number): boolean {
  const ce = toCommonEraYear(be);
  return (ce % 4 === 0 && ce % 100 !== 0) || ce % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a B.E. year. */
export function daysInMonth(be: number, month: number): number {
  return month === 2 && isLeapYearBE(be) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Thai message when `d` is not a real date in the supported range, else null. */
export function checkThaiDate(d: ThaiDate): string | null {
  const { year, month, day } = d;
  if (!Number.isInteger(year) || year < MIN_BE_YEAR || year > MAX_BE_YEAR) {
    return `ปี พ.ศ. ${year} ไม่ถูกต้อง: ต้องเป็นปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR}`;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return `เดือน ${month} ไม่ถูกต้อง: ต้องเป็นเดือนที่ 1–12`;
  }
  const max = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > max) {
    return `วันที่ ${day} ไม่มีในเดือน${THAI_MONTHS[month - 1]} ${year}: ต้องเป็นวันที่ 1–${max}`;
  }
  return null;
}

/** Throw ThaiInputError when `d` is not a real date. */
export function assertThaiDate(d: ThaiDate): ThaiDate {
  const problem = checkThaiDate(d);
  if (problem) throw new ThaiInputError(problem);
  return d;
}

/**
 * The LOCAL calendar date of a JS Date (getFullYear/getMonth/getDate) as a ThaiDate.
 * In Apps Script the local zone is the script's time zone; sheet dates arrive in the
 * spreadsheet's zone, so keep both the same (or pass plain ThaiDates).
 */
export function thaiDateFromJsDate(date: Date): ThaiDate {
  if (Number.isNaN(date.getTime())) throw new ThaiInputError('วันที่ไม่ถูกต้อง (Invalid Date)');
  return { year: toBuddhistYear(date.getFullYear()), month: date.getMonth() + 1, day: date.getDate() };
}

// ---- Bangkok time ----

/** The agencies' time zone: UTC+7 all year (Thailand keeps no daylight saving time). */
export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
const BANGKOK_UTC_OFFSET_MS = 7 * 3600 * 1000;

/** The wall clock in Bangkok at an instant, whatever the zone of the machine or the script. */
function bangkokClock(at: Date): Date {
  return new Date(at.getTime() + BANGKOK_UTC_OFFSET_MS);
}

/** Today (or the day of `now`) in Bangkok as a Thai (B.E.) date. */
export function todayInBangkok(now: Date = new Date()): ThaiDate {
  const b = bangkokClock(now);
  return { year: toBuddhistYear(b.getUTCFullYear()), month: b.getUTCMonth() + 1, day: b.getUTCDate() };
}

/** "2025-06-30 10:05": an instant in Bangkok time (C.E. year, as the documents log stores it). */
export function bangkokDateTime(at: Date): string {
  const b = bangkokClock(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())} ${p(b.getUTCHours())}:${p(b.getUTCMinutes())}`;
}

function asThaiDate(date: ThaiDate | Date): ThaiDate {
  return date instanceof Date ? thaiDateFromJsDate(date) : date;
}

/** ISO "2024-10-01" (C.E.) of a ThaiDate, for storage and sorting. */
export function toIsoDate(d: ThaiDate): string {
  assertThaiDate(d);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toCommonEraYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareThaiDates(a: ThaiDate, b: ThaiDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

// ---- Fiscal years ----

/** The fiscal year (B.E.) a date falls in: 30 Sep 2567 → 2567, 1 Oct 2567 → 2568. JS Dates: local parts. */
export function fiscalYearOf(date: ThaiDate | Date): number {
  const d = assertThaiDate(asThaiDate(date));
  return d.month >= FISCAL_YEAR_START.month ? d.year + 1 : d.year;
}

/** First and last day of a fiscal year: FY2568 → 1 Oct 2567 … 30 Sep 2568. `fy` may be B.E. or C.E. */
export function fiscalYearRange(fy: number): { start: ThaiDate; end: ThaiDate } {
  const year = normaliseYear(fy);
  return {
    start: { year: year - 1, month: FISCAL_YEAR_START.month, day: FISCAL_YEAR_START.day },
    end: { year, month: FISCAL_YEAR_END.month, day: FISCAL_YEAR_END.day },
  };
}

/** "ประจำปีงบประมาณ พ.ศ. 2568" (Thai digits when asked). `fy` may be B.E. or C.E. */
export function fiscalYearLabel(fy: number, thaiDigits: boolean): string {
  return withDigits(`ประจำปีงบประมาณ พ.ศ. ${normaliseYear(fy)}`, thaiDigits);
}

// ---- Formatting ----

function shortYear(be: number): string {
  return String(be % 100).padStart(2, '0');
}

/**
 * One date as text:
 * full "5 มกราคม 2568" · abbr "9 ม.ค. 2567" · short "9 ม.ค. 67" ·
 * announcement "วันที่ 6 เดือน มกราคม พ.ศ. 2563". JS Dates: local parts.
 */
export function formatThaiDate(date: ThaiDate | Date, opts: ThaiDateFormatOptions): string {
  const d = assertThaiDate(asThaiDate(date));
  const full = THAI_MONTHS[d.month - 1];
  const abbr = THAI_MONTHS_ABBR[d.month - 1];
  let text: string;
  switch (opts.style) {
    case 'full':
      text = `${d.day} ${full} ${d.year}`;
      break;
    case 'abbr':
      text = `${d.day} ${abbr} ${d.year}`;
      break;
    case 'short':
      text = `${d.day} ${abbr} ${shortYear(d.year)}`;
      break;
    case 'announcement':
      text = `วันที่ ${d.day} เดือน ${full} พ.ศ. ${d.year}`;
      break;
    default:
      throw new ThaiInputError(`รูปแบบวันที่ "${String(opts.style)}" ไม่รู้จัก: ต้องเป็น full, abbr, short หรือ announcement`);
  }
  return withDigits(text, opts.thaiDigits);
}

/** A date inside a period: like formatThaiDate, but 'short' glues the year: "1 ต.ค.67". */
function formatPeriodEnd(d: ThaiDate, style: ThaiPeriodStyle): string {
  if (style === 'short') return `${d.day} ${THAI_MONTHS_ABBR[d.month - 1]}${shortYear(d.year)}`;
  if (style === 'full' || style === 'abbr') return formatThaiDate(d, { style, thaiDigits: false });
  throw new ThaiInputError(`รูปแบบช่วงเวลา "${String(style)}" ไม่รู้จัก: ต้องเป็น full, abbr หรือ short`);
}

/**
 * A period "start – end" (en dash with spaces):
 * full "1 ตุลาคม 2567 – 30 กันยายน 2568" · abbr "1 ต.ค. 2567 – 30 ก.ย. 2568" · short "1 ต.ค.67 – 30 ก.ย.68".
 * Throws ThaiInputError when end is before start.
 */
export function formatThaiDateRange(
  start: ThaiDate | Date,
  end: ThaiDate | Date,
  opts: ThaiPeriodFormatOptions,
): string {
  const s = assertThaiDate(asThaiDate(start));
  const e = assertThaiDate(asThaiDate(end));
  if (compareThaiDates(s, e) > 0) {
    throw new ThaiInputError(
      `ช่วงเวลาไม่ถูกต้อง: วันเริ่ม (${formatPeriodEnd(s, 'abbr')}) อยู่หลังวันสิ้นสุด (${formatPeriodEnd(e, 'abbr')})`,
    );
  }
  const text = formatPeriodEnd(s, opts.style) + PERIOD_SEPARATOR + formatPeriodEnd(e, opts.style);
  return withDigits(text, opts.thaiDigits);
}

/** The period of a fiscal year: FY2568 short → "1 ต.ค.67 – 30 ก.ย.68". `fy` may be B.E. or C.E. */
export function formatFiscalPeriod(fy: number, opts: ThaiPeriodFormatOptions): string {
  const { start, end } = fiscalYearRange(fy);
  return formatThaiDateRange(start, end, opts);
}

// ---- Parsing ----

/** Month token (full name or abbreviation, dots and spaces ignored) → 1–12, else null. */
export function parseThaiMonth(token: string): number | null {
  const key = token.replace(/[.\s]/g, '');
  if (!key) return null;
  for (let i = 0; i < 12; i++) {
    if (key === THAI_MONTHS[i] || key === THAI_MONTHS_ABBR[i].replace(/\./g, '')) return i + 1;
  }
  return null;
}

function normaliseText(text: string): string {
  return toArabicDigits(text)
    .replace(/[\u00a0\u200b\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PREFIX = /^(?:(?:ลง|เมื่อ|ณ\s*)?วันที่\s*)/;
/** day, optional "เดือน", month (Thai letters and dots), optional era, year. */
const THAI_FORM = /^(\d{1,2})\s*(?:เดือน\s*)?([\u0E01-\u0E4F.]+?)\s*(?:(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)\s*)?(\d{4}|\d{2})$/;
const ISO_FORM = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_FORM = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

function yearOf(digits: string, era: 'BE' | 'CE' | 'any'): number {
  const n = Number(digits);
  if (digits.length === 2) {
    if (era === 'CE') throw new ThaiInputError(`ปี ค.ศ. ${digits} ไม่ถูกต้อง: ใช้ปี 4 หลัก เช่น ค.ศ. 2024`);
    return SHORT_YEAR_CENTURY + n;
  }
  if (era === 'BE' && (n < MIN_BE_YEAR || n > MAX_BE_YEAR)) {
    throw new ThaiInputError(`ปี พ.ศ. ${n} ไม่ถูกต้อง: ต้องเป็นปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR} เช่น 2568`);
  }
  if (era === 'CE' && (n < MIN_CE_YEAR || n > MAX_CE_YEAR)) {
    throw new ThaiInputError(`ปี ค.ศ. ${n} ไม่ถูกต้อง: ต้องเป็นปี ค.ศ. ${MIN_CE_YEAR}–${MAX_CE_YEAR} เช่น 2025`);
  }
  return normaliseYear(n);
}

function build(year: number, month: number, day: number): ThaiDate {
  return assertThaiDate({ year, month, day });
}

/**
 * Read a date, or throw ThaiInputError saying what was expected. Accepts either digit set and:
 * "5 มกราคม 2568", "9 ม.ค. 2567", "9 ม.ค. 67", "1 ต.ค.67", "วันที่ 6 เดือน มกราคม พ.ศ. 2563",
 * "ลงวันที่ ๒๐ ธ.ค. ๖๖", ISO "2024-10-01" (C.E. converted; a B.E. year there is kept) and "1/10/2567" (day/month/year).
 * Two-digit years are B.E. (67 → 2567); four-digit years may be B.E. or C.E. unless "พ.ศ."/"ค.ศ." says.
 */
export function parseThaiDateStrict(text: string): ThaiDate {
  const s = normaliseText(String(text ?? '')).replace(PREFIX, '');
  const expected = 'ต้องเป็นวันที่ เช่น "1 ตุลาคม 2567", "1 ต.ค. 67", "1/10/2567" หรือ "2024-10-01"';
  if (!s) throw new ThaiInputError(`ไม่มีวันที่: ${expected}`);

  const iso = ISO_FORM.exec(s);
  if (iso) return build(yearOf(iso[1], 'any'), Number(iso[2]), Number(iso[3]));

  const slash = SLASH_FORM.exec(s);
  if (slash) return build(yearOf(slash[3], 'any'), Number(slash[2]), Number(slash[1]));

  const thai = THAI_FORM.exec(s);
  if (thai) {
    const month = parseThaiMonth(thai[2]);
    if (month === null) {
      throw new ThaiInputError(`ไม่รู้จักชื่อเดือน "${thai[2]}" ใน "${text}": ต้องเป็นชื่อเดือนเต็ม เช่น "ตุลาคม" หรือย่อ เช่น "ต.ค."`);
    }
    const era = thai[3] ? (thai[3].startsWith('ค') ? 'CE' : 'BE') : 'any';
    return build(yearOf(thai[4], era), month, Number(thai[1]));
  }
  throw new ThaiInputError(`อ่านวันที่ "${text}" ไม่ได้: ${expected}`);
}

/** Like parseThaiDateStrict, but null for anything that is not a real date. */
export function parseThaiDate(text: string): ThaiDate | null {
  try {
    return parseThaiDateStrict(text);
  } catch (e) {
    if (e instanceof ThaiInputError) return null;
    throw e;
  }
}

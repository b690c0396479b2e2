// Reading single cells (as getValues returns them) and writing text that must stay text.
import { toArabicDigits } from '../thai/digits';

/** Error values a sheet shows in a cell (getValues returns them as strings). */
const CELL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)/i;

export function isCellError(v: unknown): v is string {
  return typeof v === 'string' && CELL_ERROR.test(v.trim());
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

export type NumberRead = { ok: true; value: number | null } | { ok: false; why: string };

/**
 * A score cell: a number 0–100, or blank (null). Text holding a plain number ("95.38", "๙๕.๓๘") is
 * accepted. Everything else is refused with a Thai reason (the caller adds where).
 */
export function readScore(v: unknown, min = 0, max = 100): NumberRead {
  if (isBlank(v)) return { ok: true, value: null };
  if (isCellError(v))
    return { ok: false, why: `เซลล์มีข้อผิดพลาด ${String(v).trim()} ต้องเป็นคะแนน ${min}–${max} หรือเว้นว่าง` };
  let n: number;
  if (typeof v === 'number') {
    n = v;
  } else if (typeof v === 'string') {
    const s = toArabicDigits(v).trim();
    if (/^-?\d+,\d+$/.test(s)) {
      return { ok: false, why: `"${v}" ใช้จุลภาคเป็นจุดทศนิยม ต้องเขียนเป็น "${s.replace(',', '.')}"` };
    }
    if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false, why: `"${v}" ไม่ใช่ตัวเลข ต้องเป็นคะแนน ${min}–${max} หรือเว้นว่าง` };
    n = Number(s);
  } else {
    return { ok: false, why: `"${cellText(v)}" ไม่ใช่ตัวเลข ต้องเป็นคะแนน ${min}–${max} หรือเว้นว่าง` };
  }
  if (!Number.isFinite(n)) return { ok: false, why: `ค่าไม่ใช่ตัวเลข ต้องเป็นคะแนน ${min}–${max}` };
  if (n < min || n > max) return { ok: false, why: `คะแนน ${n} อยู่นอกช่วง ต้องอยู่ระหว่าง ${min}–${max}` };
  return { ok: true, value: n };
}

/** A whole number (year) or blank. */
export function readInteger(v: unknown): NumberRead {
  if (isBlank(v)) return { ok: true, value: null };
  const s = toArabicDigits(cellText(v));
  if (!/^\d+$/.test(s)) return { ok: false, why: `"${cellText(v)}" ไม่ใช่จำนวนเต็ม` };
  return { ok: true, value: Number(s) };
}

/**
 * Text that setValues would not store as that same text: Sheets parses a written string as if typed
 * (a formula for "=…", a number for "100", "+1", "1,234" or "50%", a boolean for "TRUE", a Date for
 * "2024-01-05", "5/1/2567" or "10:30"), and a leading apostrophe is taken as the text marker.
 */
const FORMULA_START = /^[=+\-@']/;
const CONVERTED = [
  /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?%?$/, // 100, 95.5, 1e3, 50%
  /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$/, // 1,234.5
  /^[$€£¥฿]\s?[-+]?[\d,]+(?:\.\d+)?$/, // currency
  /^(?:true|false)$/i,
  /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i, // dates
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?$/i, // times
  /^\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{2,4})?$/, // 5 Jan 2024
  /^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{2,4})?$/, // Jan 5, 2024
];

export function sheetWouldConvert(s: string): boolean {
  if (FORMULA_START.test(s)) return true;
  const t = s.trim();
  return t !== '' && CONVERTED.some((re) => re.test(t));
}

/** Text as the sheet must store it: with the apostrophe text marker when setValues would convert it. */
export function textForSheet(s: string): string {
  return sheetWouldConvert(s) ? `'${s}` : s;
}

/**
 * A value safe to hand to setValues: a string the sheet would read as a formula, number, boolean or date
 * gets a leading apostrophe, which the sheet stores as a text marker (getValues returns the string
 * without it). Numbers, booleans pass.
 */
export function safeValue(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = v instanceof Date ? v.toISOString() : String(v);
  return textForSheet(s);
}

export function safeGrid(values: unknown[][]): (string | number | boolean)[][] {
  return values.map((row) => row.map(safeValue));
}

/** Split a list cell of codes: "e1, e2 / o10" → ["e1","e2","o10"] (codes never hold "/" or spaces). */
export function splitList(v: unknown): string[] {
  return cellText(v)
    .split(/[,;\n/、]+|\s{2,}/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Split the divisions cell of the settings: names are separated by commas (or semicolons or line breaks),
 * never by "/" or spaces, which belong to names such as "ทุกกอง/สำนัก" or "กองยุทธศาสตร์และ งบประมาณ".
 * Runs of spaces inside a name become one space; repeated names are kept once.
 */
export function splitDivisions(v: unknown): string[] {
  const names = cellText(v)
    .split(/[,;\n\r，、]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
  return [...new Set(names)];
}

/** A short stable hash (FNV-1a 32-bit, hex) of a text. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

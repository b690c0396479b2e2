// The cell model of a fake sheet and the value conversions of the real service.
//
// Semantics copied from Google Sheets:
// - empty cells read as "" (never null/undefined); booleans, numbers, strings and Dates come back typed;
// - a string written that starts with "=" is a formula, unless the cell's number format is "@" (plain
//   text). The fake does not compute formulas: getValues returns FORMULA_PLACEHOLDER ("#FORMULA") for
//   it, getFormulas returns the text. Tests may plant a computed value with setFormulaResult();
// - a string that looks like a number ("95.5", "1,234", "50%") becomes a number, "TRUE"/"FALSE" a
//   boolean, unless the number format is "@"; a leading apostrophe forces text ("'0123" -> "0123");
// - a string that looks like a date or a time ("2024-01-05", "2024-01-05 10:30", "1/5/2024", "10:30")
//   becomes a Date in the sheet's time zone (here: the test process's), unless the number format is "@".
//   The Sheets API's ValueInputOption USER_ENTERED, which setValues behaves as: "The values will be parsed
//   as if the user typed them into the UI. Numbers will stay as numbers, but strings may be converted to
//   numbers, dates, etc. following the same rules that are applied when entering text into a cell via the
//   Google Sheets UI." Real Sheets reads more shapes (month names, locales); the fake reads these few;
// - errors (#N/A, #REF!, #DIV/0!…) can be planted with setCellError(); getValues and getDisplayValues
//   both return the error text.

export const FORMULA_PLACEHOLDER = '#FORMULA';
export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value?: CellValue;
  formula?: string;
  error?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  fontStyle?: string;
  numberFormat?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  note?: string;
  validation?: unknown;
  border?: unknown;
}

export const FORMAT_KEYS: (keyof Cell)[] = [
  'background',
  'fontWeight',
  'fontColor',
  'fontSize',
  'fontFamily',
  'fontStyle',
  'numberFormat',
  'wrap',
  'hAlign',
  'vAlign',
  'border',
];

export function isEmptyContent(c: Cell | undefined): boolean {
  return !c || (c.formula === undefined && c.error === undefined && (c.value === undefined || c.value === ''));
}

const NUM = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([-+]?(\d+\.?\d*|\.\d+))%$/;

/** Writes a value as the real setValue/setValues would. */
export function writeValue(cell: Cell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  const plain = cell.numberFormat === '@';
  if (v === null || v === undefined || v === '') {
    delete cell.value;
    return;
  }
  if (v instanceof Date) {
    cell.value = new Date(v.getTime());
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  const s = String(v);
  if (plain) {
    cell.value = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.formula = s;
    delete cell.value;
    return;
  }
  const t = s.trim();
  if (NUM.test(t)) cell.value = Number(t);
  else if (GROUPED.test(t)) cell.value = Number(t.replace(/,/g, ''));
  else if (PERCENT.test(t)) cell.value = Number(PERCENT.exec(t)![1]) / 100;
  else if (dateOf(t)) cell.value = dateOf(t)!;
  else if (/^true$/i.test(t)) cell.value = true;
  else if (/^false$/i.test(t)) cell.value = false;
  else cell.value = s;
}

/** A date or time string as the sheet reads it (month/day/year as the en_US locale; day first when month > 12). */
export function dateOf(t: string): Date | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return +m[1] > 12 ? valid(year, +m[2], +m[1]) : valid(year, +m[1], +m[2]);
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m && +m[1] < 24 && +m[2] < 60) return new Date(1899, 11, 30, +m[1], +m[2], +(m[3] ?? 0));
  return null;
}

function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getMonth() === mo - 1 ? date : null;
}

export function readValue(c: Cell | undefined): CellValue {
  if (!c) return '';
  if (c.error !== undefined) return c.error;
  if (c.formula !== undefined) return c.value !== undefined ? copy(c.value) : FORMULA_PLACEHOLDER;
  if (c.value === undefined) return '';
  return copy(c.value);
}

function copy(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * Display text. Supported number formats: general (default), "0", "0.00" (any number of decimals),
 * "#,##0" / "#,##0.00", "0%" / "0.00%", "@", literal text in double quotes around any of those, and
 * sections "positive;negative;zero[;text]" (Sheets' number format patterns: "up to four sections …
 * positive numbers, negative numbers, zero values, and text, in that order"; with two sections the
 * first is for positive numbers and zero; a negative section shows the number without its minus sign,
 * which it must spell itself). Anything else displays as String(n) (the fake does not guess). Dates
 * display as "yyyy-MM-dd" (or "yyyy-MM-dd HH:mm:ss" when they have a time) in the sheet's local time
 * of the test process.
 */
export function displayValue(c: Cell | undefined): string {
  const v = readValue(c);
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    const d = `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    if (v.getHours() || v.getMinutes() || v.getSeconds())
      return `${d} ${pad(v.getHours())}:${pad(v.getMinutes())}:${pad(v.getSeconds())}`;
    return d;
  }
  if (typeof v === 'number') return formatNumber(v, c?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  return v;
}

export function formatNumber(n: number, fmt: string): string {
  if (fmt === '@' || fmt === DEFAULT_NUMBER_FORMAT || fmt === '') return String(n);
  const sections = splitSections(fmt);
  if (sections.length === 1) return formatSection(n, sections[0]) ?? String(n);
  const zeroSection = sections.length >= 3 ? sections[2] : sections[0];
  const section = n > 0 ? sections[0] : n < 0 ? sections[1] : zeroSection;
  return formatSection(n < 0 ? -n : n, section) ?? String(n);
}

/** Sections of a format, split at semicolons outside double quotes. */
function splitSections(fmt: string): string[] {
  const out = [''];
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) out.push('');
    else out[out.length - 1] += ch;
  }
  return out;
}

/** One section: literals in double quotes around at most one number pattern; null = not supported. */
function formatSection(n: number, section: string): string | null {
  const parts = section.split('"');
  // Even indices are pattern text, odd ones quoted literals.
  const plain = parts.filter((p, i) => i % 2 === 0 && p !== '');
  if (plain.length > 1) return null;
  const number = plain.length ? formatPattern(n, plain[0]) : '';
  if (number === null) return null;
  return parts.map((p, i) => (i % 2 === 1 || p === '' ? p : number)).join('');
}

function formatPattern(n: number, fmt: string): string | null {
  const percent = fmt.endsWith('%');
  const core = percent ? fmt.slice(0, -1) : fmt;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(core);
  if (!m) return null;
  const decimals = m[2] ? m[2].length : 0;
  const x = percent ? n * 100 : n;
  let s = x.toFixed(decimals);
  if (m[1]) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? `.${f}` : '');
  }
  return percent ? `${s}%` : s;
}

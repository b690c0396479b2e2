// The cell model of a fake sheet and the value conversions of the real service.
//
// Semantics copied from Google Sheets:
// - empty cells read as "" (never null/undefined); booleans, numbers, strings and Dates come back typed;
// - a string written that starts with "=" is a formula, unless the cell's number format is "@" (plain
//   text). The fake does not compute formulas: getValues returns FORMULA_PLACEHOLDER ("#FORMULA") for
//   it, getFormulas returns the text. Tests may plant a computed value with setFormulaResult();
// - a string that looks like a number ("95.5", "1,234", "50%") becomes a number, "TRUE"/"FALSE" a
//   boolean, unless the number format is "@"; a leading apostrophe forces text ("'0123" -> "0123");
//   dates written as strings are NOT parsed by the fake (they stay strings);
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
  else if (/^true$/i.test(t)) cell.value = true;
  else if (/^false$/i.test(t)) cell.value = false;
  else cell.value = s;
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
 * "#,##0" / "#,##0.00", "0%" / "0.00%", "@". Dates display as "yyyy-MM-dd" (or "yyyy-MM-dd HH:mm:ss"
 * when they have a time) in the sheet's local time of the test process.
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
  const percent = fmt.endsWith('%');
  const core = percent ? fmt.slice(0, -1) : fmt;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(core);
  if (!m) return String(n);
  const decimals = m[2] ? m[2].length : 0;
  const x = percent ? n * 100 : n;
  let s = x.toFixed(decimals);
  if (m[1]) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? `.${f}` : '');
  }
  return percent ? `${s}%` : s;
}

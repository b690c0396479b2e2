// Text helpers of the document builders: digits, scores, periods, numbering.

import {
  compareThaiDates,
  formatThaiDate,
  parseThaiDate,
  type ThaiDate,
  formatFiscalPeriod,
  formatScore,
  formatSigned,
  toArabicDigits,
  toThaiDigits,
  type ThaiPeriodStyle,
} from '../thai';

/**
 * Kept as typed: web and e-mail addresses (๑ in a URL breaks the link) and question codes
 * ("e9", "o25", "O34": the NACC's codes, written with Latin digits even in Thai-digit documents).
 */
const KEEP_DIGITS = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<![A-Za-z0-9])[ieoIEO]\d{1,2}(?![0-9]))/g;

/**
 * THE digit policy of the documents, for generated text and for text typed in the sheet alike:
 * with `thaiDigits` every digit becomes ๐–๙ (agencies write "๑. ๒." lists and dates in Thai
 * digits), otherwise every Thai digit becomes 0–9, so one document never mixes the two sets.
 * URLs, e-mail addresses and question codes (e9, o25) keep their digits. Nothing else in user
 * text is changed.
 */
export function docDigits(text: string, thaiDigits: boolean): string {
  const convert = thaiDigits ? toThaiDigits : toArabicDigits;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEEP_DIGITS)) {
    const at = m.index ?? 0;
    out += convert(text.slice(last, at)) + m[0];
    last = at + m[0].length;
  }
  return out + convert(text.slice(last));
}

/** U+00A0: a space no line breaks at. */
export const NBSP = '\u00a0';

/**
 * "พ.ศ. ๒๕๖๘" with a non-breaking space, so a line never ends with "พ.ศ." and puts the year on the
 * next (Word and LibreOffice break Thai at spaces first). Also "ค.ศ." and "ปี พ.ศ.". Idempotent.
 */
export function keepEraWithYear(text: string): string {
  return text.replace(/(พ\.ศ\.|ค\.ศ\.)[ \t]*(?=[0-9๐-๙])/g, `$1${NBSP}`);
}

/** Binds the digit setting once, for a builder. */
export interface Fmt {
  thai: boolean;
  /** Any text (generated or from the sheet) through the digit policy; "พ.ศ." is kept with its year (NBSP). */
  t(text: string): string;
  /** A score with 2 decimals, "-" when missing. */
  score(n: number | null | undefined): string;
  /** A signed difference, "+1.25" / "-3.00". */
  signed(n: number | null | undefined): string;
  /** A whole number (counts, years, targets without decimals when whole). */
  num(n: number): string;
  /** The period of a fiscal year. */
  period(fy: number, style: ThaiPeriodStyle): string;
  /** "๑." numbering. */
  ordinal(i: number): string;
}

export function fmt(thaiDigits: boolean): Fmt {
  const t = (text: string) => keepEraWithYear(docDigits(text, thaiDigits));
  return {
    thai: thaiDigits,
    t,
    score: (n) => formatScore(n, { thaiDigits }),
    signed: (n) => formatSigned(n, { thaiDigits }),
    num: (n) => t(Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100)),
    period: (fy, style) => formatFiscalPeriod(fy, { style, thaiDigits }),
    ordinal: (i) => t(`${i}.`),
  };
}

/** Text already starting with a list number ("1.", "๒)", "3 ") is not numbered again. */
const NUMBERED = /^\s*[0-9๐-๙]+\s*[.)]/;

/** "๑. measure" unless the officer already numbered it. */
export function numbered(f: Fmt, i: number, text: string): string {
  const body = f.t(text);
  return NUMBERED.test(body) ? body : `${f.ordinal(i)} ${body}`;
}

/** Joins Thai list items: "ก", "ก และ ข", "ก, ข และ ค". */
export function thaiList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} และ ${items[items.length - 1]}`;
}

/** "i1–i3, e1–e4" from ["i1","i2","i3","e1",…]: consecutive codes of one prefix become a range. */
export function codeRanges(codes: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const m = /^([a-z]+)(\d+)$/i.exec(codes[i]);
    let j = i;
    if (m) {
      while (j + 1 < codes.length) {
        const n = /^([a-z]+)(\d+)$/i.exec(codes[j + 1]);
        if (!n || n[1] !== m[1] || Number(n[2]) !== Number(m[2]) + (j + 1 - i)) break;
        j += 1;
      }
    }
    out.push(j - i >= 2 ? `${codes[i]}–${codes[j]}` : codes.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/** A date typed in the sheet ("15 ม.ค. 68", "2025-01-15 10:30", "๑๕/๑/๒๕๖๘"), or null; a time after the date is ignored. */
export function dateOfText(text: string): ThaiDate | null {
  const t = String(text ?? '').trim();
  if (!t) return null;
  return parseThaiDate(t) ?? (/^\S+\s+\d{1,2}:\d{2}(:\d{2})?$/.test(t) ? parseThaiDate(t.split(/\s+/)[0]) : null);
}

/**
 * The latest of the dates typed in the sheet (e.g. the results' "แก้ไขล่าสุดเมื่อ"), formatted in full,
 * or "" when none is a date. A document states the date of its DATA, never the day it was generated:
 * regenerating on a later day must not rewrite a paragraph (and detach the comments anchored on it).
 */
export function latestDateText(texts: string[], thaiDigits: boolean): string {
  let best: ThaiDate | null = null;
  for (const t of texts) {
    const d = dateOfText(t);
    if (d && (!best || compareThaiDates(d, best) > 0)) best = d;
  }
  return best ? formatThaiDate(best, { style: 'full', thaiDigits }) : '';
}

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF, a lone half of
 * a surrogate pair). One of them anywhere makes a .docx's document.xml malformed (Word and LibreOffice
 * refuse the file). Pasted text carries them (PDF copies, form feeds, Excel's _x000B_ line breaks).
 */
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** THE sanitiser of document text: characters XML forbids removed (a vertical tab or form feed becomes a line break). */
export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ''));
}

/**
 * Every string of a value (a document's input or model), xmlSafeText'ed; other values as they are. The
 * same object comes back when no string changed (the usual case), so identity and caches hold.
 */
export function xmlSafeStrings<T>(v: T): T {
  if (typeof v === 'string') return xmlSafeText(v) as T;
  if (Array.isArray(v)) {
    const out = v.map((x) => xmlSafeStrings(x));
    return (out.some((x, i) => x !== v[i]) ? out : v) as T;
  }
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const entries = Object.entries(v);
    const out = entries.map(([k, x]) => [k, xmlSafeStrings(x)] as const);
    return (out.some(([, x], i) => x !== entries[i][1]) ? Object.fromEntries(out) : v) as T;
  }
  return v;
}

/** "ก ข และ ค": a Thai list in official register (no commas), for references. */
export function plainList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' ')} และ ${items[items.length - 1]}`;
}

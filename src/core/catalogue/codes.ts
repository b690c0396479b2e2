// Small helpers for question/item codes ("i1", "e7", "o34") used by the catalogue data and lookups.
import { toArabicDigits } from '../thai/digits';

/** range('i', 1, 3) → ["i1", "i2", "i3"]. */
export function range(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
  return out;
}

/**
 * Normalise a code as typed by a person: trims, lower-cases, converts Thai digits, accepts the Thai
 * zero "๐" written for the letter o (seed 001 prints "๐10" for o10), and drops separators and leading
 * zeros ("O.10", "o 10", "o010" → "o10"). Returns the input lower-cased when it is not code-shaped.
 */
export function normalizeCode(code: string): string {
  let s = code.trim();
  s = s.replace(/^๐(?=[\s.]*[0-9๐-๙])/, 'o');
  s = toArabicDigits(s).toLowerCase();
  const m = /^([a-z])[\s.\-_]*0*(\d+)$/.exec(s);
  return m ? `${m[1]}${m[2]}` : s;
}

/**
 * Expand a comma-separated code list such as "i1–i3, e1-e4, o25" (en dash, hyphen or "ถึง") into codes.
 * Throws an Error with a Thai message on a piece it cannot read.
 */
export function expandCodes(spec: string): string[] {
  const out: string[] = [];
  for (const raw of spec.split(/[,;]/)) {
    const piece = raw.trim();
    if (!piece) continue;
    const parts = piece.split(/\s*(?:–|-|ถึง)\s*/);
    if (parts.length === 1) {
      out.push(normalizeCode(parts[0]));
      continue;
    }
    const a = /^([a-z])(\d+)$/.exec(normalizeCode(parts[0]));
    const b = /^([a-z])?(\d+)$/.exec(normalizeCode(parts[1]));
    if (parts.length !== 2 || !a || !b || (b[1] && b[1] !== a[1]) || Number(b[2]) < Number(a[2])) {
      throw new Error(`อ่านช่วงรหัสข้อ "${piece}" ไม่ได้ (ต้องเป็นรูปแบบ เช่น o7–o10)`);
    }
    out.push(...range(a[1], Number(a[2]), Number(b[2])));
  }
  return out;
}

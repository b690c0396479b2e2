// Reading question / OIT item codes as people type them: "ข้อ e1", "I1", "O 10", "๐10", "l3", "ข้อ ๐22-๐35".
import { toArabicDigits } from '../thai/digits';
import { cleanCell } from './rows';

export interface CodeCell {
  /** Instrument letter ('i' | 'e' | 'o'), or null for a bare number ("ข้อ 30"). */
  letter: 'i' | 'e' | 'o' | null;
  /** First number, and last number of a range ("o22-o35"); equal when not a range. */
  from: number;
  to: number;
  /** The letter was a lower/upper-case L, read as i ("l3" → i3). */
  fromL: boolean;
  /** The letter was a Thai zero, read as o ("๐10" → o10). */
  fromThaiZero: boolean;
  /** Text after the code (question text), if any. */
  rest: string;
}

const PREFIX = /^(?:ข้อคำถามที่|ข้อคำถาม|คำถามที่|คำถาม|ข้อที่|ข้อ)\s*/;
const DIGITS = '[0-9๐-๙]';
// A letter (or the Thai zero standing for o) then 1–2 digits, not followed by more digits, a decimal
// part or a Latin letter.
const LETTER_CODE = new RegExp(`^(?:([iIeEoOlL])\\s*\\.?\\s*|(๐))(${DIGITS}{1,2})(?!${DIGITS}|\\.${DIGITS}|[A-Za-z])`);
const BARE_CODE = new RegExp(`^(${DIGITS}{1,2})(?!${DIGITS}|\\.${DIGITS}|[A-Za-z])`);
const RANGE_END = new RegExp(`^\\s*(?:[-–—]|ถึง)\\s*(?:ข้อ\\s*)?(?:([iIeEoOlL])\\s*|(๐))?(${DIGITS}{1,2})(?!${DIGITS})`);

function num(digits: string): number {
  return Number(toArabicDigits(digits));
}

/** Read a cell that starts with a question code; null when it does not. */
export function readCodeCell(cell: string): CodeCell | null {
  const s = cleanCell(cell);
  const pm = PREFIX.exec(s);
  const body = pm ? s.slice(pm[0].length) : s;
  let letter: CodeCell['letter'];
  let fromL = false;
  let fromThaiZero = false;
  let n: number;
  let after: string;
  const lm = LETTER_CODE.exec(body);
  if (lm) {
    const l = (lm[1] ?? 'o').toLowerCase();
    fromThaiZero = lm[2] !== undefined;
    fromL = l === 'l';
    letter = (fromL ? 'i' : l) as 'i' | 'e' | 'o';
    n = num(lm[3]);
    after = body.slice(lm[0].length);
  } else {
    const bm = pm ? BARE_CODE.exec(body) : null;
    if (!bm) return null;
    letter = null;
    n = num(bm[1]);
    after = body.slice(bm[0].length);
  }
  if (n < 1) return null;
  let to = n;
  const rm = RANGE_END.exec(after);
  if (rm) {
    const endLetter = rm[2] ? 'o' : rm[1]?.toLowerCase().replace('l', 'i');
    const end = num(rm[3]);
    if ((!endLetter || endLetter === letter) && end > n) {
      to = end;
      after = after.slice(rm[0].length);
    }
  }
  const rest = after.replace(/^[\s.:)\]]+/, '').trim();
  // "e1,95" or "i1.5" are not codes followed by text.
  if (/^[,]/.test(after) && /\d/.test(after)) return null;
  return { letter, from: n, to, fromL, fromThaiZero, rest };
}

/**
 * Normalise a cell holding one question code to its catalogue form ("ข้อ I1" → "i1", "๐10" → "o10",
 * "O 10" → "o10", "l3" → "i3"). Null when the cell is not a single lettered code.
 */
export function normaliseQuestionCode(cell: string): string | null {
  const c = readCodeCell(cell);
  if (!c || c.letter === null || c.from !== c.to) return null;
  return `${c.letter}${c.from}`;
}

// A1 notation: "B3", "A1:C3", "A:C" (whole columns), "3:5" (whole rows), "A2:C" (open end), with an
// optional sheet prefix "Sheet1!A1:B2" or "'ชีต 1'!A1".

export interface A1Parsed {
  sheetName: string | null;
  /** 1-based; null = open (whole column or whole row). */
  row: number | null;
  col: number | null;
  lastRow: number | null;
  lastCol: number | null;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parsePart(p: string): { col: number | null; row: number | null } {
  const m = PART.exec(p.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found`);
  return { col: m[1] ? lettersToColumn(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

export function parseA1(a1: string): A1Parsed {
  let sheetName: string | null = null;
  let ref = a1.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const start = parsePart(a);
  const end = b === undefined ? start : parsePart(b);
  return { sheetName, row: start.row, col: start.col, lastRow: end.row, lastCol: end.col };
}

export function toA1(row: number, col: number, numRows: number, numCols: number): string {
  const first = `${columnToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

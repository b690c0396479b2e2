// Splitting pasted text into rows of cells: tab-separated, CSV (with quotes) or runs of 2+ spaces.

// Zero-width characters and the invisible direction marks (LRM/RLM, embeddings, isolates, ALM) that
// PDF and Word copies carry: a cell holding only these is empty.
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Full-width ASCII ("９５", "ｉ１") as typed by Asian input methods: the same characters, narrow. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** An HTML tag: no "<" or ">" inside, so a text full of "<" is scanned once (linear time). */
const TAG = /<[^<>]*>/g;

/** Anything cleanCell would change (the intake cleans the same cell many times: most are clean already). */
const NEEDS_CLEANING =
  /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad\uff01-\uff5e<\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/** Clean one cell: drop zero-width characters, direction marks and HTML tags, unify spaces, trim. */
export function cleanCell(cell: string): string {
  if (!NEEDS_CLEANING.test(cell)) return cell;
  return cell
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(TAG, ' ')
    .replace(ODD_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type RowFormat = 'tsv' | 'csv' | 'spaces';

/** Split one CSV line; double quotes group cells and "" is a literal quote. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/**
 * Decide the format of the whole text: any tab → TSV; else CSV when most non-blank lines have a
 * comma (or a quoted cell); else cells are separated by runs of two or more spaces. In TSV and
 * spaces texts, a line that is plainly a CSV row is still split on its commas (splitRows).
 */
export function detectFormat(lines: string[]): RowFormat {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (nonBlank.some((l) => l.includes('\t'))) return 'tsv';
  const withComma = nonBlank.filter((l) => /^"/.test(l.trim()) || (l.includes(',') && !hasCommaNumber(l))).length;
  if (withComma >= 2 && withComma * 2 >= nonBlank.length) return 'csv';
  return 'spaces';
}

/**
 * "i1  95,38", "i1;95,38", "i1=95,38", "1,234 คน": a number with a comma inside, standing after a space or
 * a separator (; : = / | and brackets), is a decimal or thousands mark, not a delimiter. ("i1,95" is a
 * CSV row: the digits before its comma belong to the code.)
 */
const COMMA_NUMBER = /(?:^|[\s;:=/|()[\]])[0-9๐-๙]+,[0-9๐-๙]+(?=$|[\s;:=/|()[\]%])/;
function hasCommaNumber(line: string): boolean {
  return COMMA_NUMBER.test(line.trim());
}

/** A plain number cell (Thai or Arabic digits), the mark of a CSV data row. */
const NUMBER_CELL = /^[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?$/;

/**
 * In a text that is not CSV as a whole (title lines, a few CSV rows): is this one line a CSV row?
 * Yes when it splits on commas into 2+ cells and has a quoted cell or a plain number cell
 * ("i1,95", `i1,"95,38"`, "1,การปฏิบัติหน้าที่,97.43"), unless a space-separated word is itself a
 * comma number ("i1  95,38" is a comma-decimal score, reported as such); a header line ("ลำดับ,ตัวชี้วัด,คะแนน") is one
 * too when the text has CSV data rows and the line has no digit and no ", " (prose punctuation).
 */
function csvRowKind(line: string): 'data' | 'header' | null {
  if (!line.includes(',') || line.includes('\t')) return null;
  if (hasCommaNumber(line)) return null;
  const cells = splitCsvLine(line)
    .map(cleanCell)
    .filter((c) => c !== '');
  if (cells.length < 2) return null;
  if (/(?:^|,)\s*"/.test(line) || cells.some((c) => NUMBER_CELL.test(c))) return 'data';
  if (!/[0-9๐-๙]/.test(line) && !/,\s/.test(line)) return 'header';
  return null;
}

function splitLine(line: string, format: RowFormat, csvHeaders: boolean): string[] {
  if (format === 'csv') return splitCsvLine(line);
  const kind = csvRowKind(line);
  if (kind === 'data' || (kind === 'header' && csvHeaders)) return splitCsvLine(line);
  if (format === 'tsv') return line.split('\t');
  // Keep leading emptiness out: a line of spaces-separated cells starts at its first cell.
  return line.trim() === '' ? [] : line.trim().split(/ {2,}|\u3000+/);
}

/** Split text into rows (one per line, so row index + 1 = line number) of cleaned cells. */
export function splitRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const format = detectFormat(lines);
  const csvHeaders = lines.some((l) => csvRowKind(l) === 'data');
  return lines.map((line) => {
    const cells = splitLine(line, format, csvHeaders).map(cleanCell);
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

// Splitting pasted text into rows of cells: tab-separated, CSV (with quotes) or runs of 2+ spaces.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Clean one cell: drop zero-width characters and HTML tags, unify spaces, trim. */
export function cleanCell(cell: string): string {
  return cell
    .replace(ZERO_WIDTH, '')
    .replace(/<[^>]*>/g, ' ')
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
 * comma (or a quoted cell); else cells are separated by runs of two or more spaces.
 */
export function detectFormat(lines: string[]): RowFormat {
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (nonBlank.some((l) => l.includes('\t'))) return 'tsv';
  const withComma = nonBlank.filter((l) => /,|^"/.test(l.trim())).length;
  if (withComma >= 2 && withComma * 2 >= nonBlank.length) return 'csv';
  return 'spaces';
}

function splitLine(line: string, format: RowFormat): string[] {
  if (format === 'tsv') return line.split('\t');
  if (format === 'csv') return splitCsvLine(line);
  // Keep leading emptiness out: a line of spaces-separated cells starts at its first cell.
  return line.trim() === '' ? [] : line.trim().split(/ {2,}|\u3000+/);
}

/** Split text into rows (one per line, so row index + 1 = line number) of cleaned cells. */
export function splitRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const format = detectFormat(lines);
  return lines.map((line) => {
    const cells = splitLine(line, format).map(cleanCell);
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

// Plain-text table layout that measures Thai text by what a terminal shows: combining vowels and tone
// marks (above/below the line) take no column of their own.

const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

export function displayWidth(s: string): number {
  return [...s.replace(THAI_COMBINING, '')].length;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/**
 * Lay out rows as columns separated by two spaces. `rightAligned[i]` right-aligns column i (numbers).
 * The last column is not padded (no trailing spaces).
 */
export function table(rows: string[][], rightAligned: boolean[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((row) =>
    row
      .map((c, i) => (i === row.length - 1 && !rightAligned[i] ? c : pad(c, widths[i], !!rightAligned[i])))
      .join('  ')
      .replace(/\s+$/, ''),
  );
}

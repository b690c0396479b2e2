// The layout step: every decision about where things go on the page, taken ONCE from a model and a
// DocStyle, for both renderers (the .docx of src/cli/docx and the Google Doc of src/gas/documents).
// It resolves the page box (mm and pt), the text width, per table the column widths in points and the
// spans of every header and body row, and per paragraph (headings, paragraphs, page breaks, every
// line of a signature) its size, weight, alignment, spacing before and after, indents and whether it
// keeps with the next one. A renderer only converts units (twips, points) and calls its library.
//
// The rules are those of the .docx, tuned by looking at LibreOffice renders; the Google Doc gets the
// same decisions with its own sizes (GOOGLE_DOCS_STYLE). What DocumentApp cannot do (vertical merges,
// keep-with-next) is still decided here, and the Docs renderer says where it leaves it out.

import {
  A4_MM,
  signatureLines,
  type Align,
  type Block,
  type DocModel,
  type DocStyle,
  type PageSetup,
  type SpacingSize,
  type TableBlock,
} from './model';

/** Points per millimetre (72 pt per inch, 25.4 mm per inch). */
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

/** A page's box in one unit: the page, its margins and the width left for text. */
export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** width − left − right. */
  textWidth: number;
}

export interface PageBox {
  landscape: boolean;
  /** The paper as printed (landscape: width and height swapped). */
  mm: Box;
  /** The same in points, unrounded (each renderer rounds to its own unit). */
  pt: Box;
}

export function pageBox(page: PageSetup): PageBox {
  const landscape = page.orientation === 'landscape';
  const m = page.marginsMm;
  const width = landscape ? A4_MM.height : A4_MM.width;
  const mm: Box = {
    width,
    height: landscape ? A4_MM.width : A4_MM.height,
    ...m,
    textWidth: width - m.left - m.right,
  };
  const pt = Object.fromEntries(Object.entries(mm).map(([k, v]) => [k, mmToPt(v)])) as unknown as Box;
  return { landscape, mm, pt };
}

// ---- Paragraphs ----

/** Everything a renderer sets on one paragraph. */
export interface ParagraphLayout {
  align: Align;
  sizePt: number;
  /** The whole paragraph bold (bold runs inside it are the renderer's). */
  bold: boolean;
  beforePt: number;
  afterPt: number;
  /** First-line indent (Thai official paragraphs), 0 for none. */
  firstLinePt: number;
  /** Indent of every line from the start edge (signatures: the right half of the text width). */
  startPt: number;
  /** Keep on the same page as the next paragraph or table. */
  keepWithNext: boolean;
}

/**
 * Spacing of the .docx look: headings stand off what precedes them (level 1 opens the document, so
 * none before it) and keep with what they introduce; a body paragraph has a small space after unless
 * it says otherwise; a signature starts well below what it signs (twice the large space: room for
 * the handwritten signature) and keeps its lines together.
 */
export const SPACING_RULES = {
  headingBefore: (level: 1 | 2 | 3): SpacingSize => (level === 1 ? 'none' : 'large'),
  headingAfter: 'small' as SpacingSize,
  paragraphBefore: 'none' as SpacingSize,
  paragraphAfter: 'small' as SpacingSize,
  /** Multiples of the large space before a signature's first line. */
  signatureBeforeLarge: 2,
} as const;

const plain = (style: DocStyle): ParagraphLayout => ({
  align: 'left',
  sizePt: style.bodySizePt,
  bold: false,
  beforePt: 0,
  afterPt: 0,
  firstLinePt: 0,
  startPt: 0,
  keepWithNext: false,
});

/** The layout of a paragraph Google Docs adds by itself (between two tables, after a last table). */
export const filler = plain;

function headingLayout(b: Extract<Block, { type: 'heading' }>, style: DocStyle): ParagraphLayout {
  return {
    ...plain(style),
    align: b.align ?? 'left',
    sizePt: style.headingSizesPt[b.level - 1],
    bold: true,
    beforePt: style.spacingPt[b.spacing?.before ?? SPACING_RULES.headingBefore(b.level)],
    afterPt: style.spacingPt[SPACING_RULES.headingAfter],
    keepWithNext: true,
  };
}

function paragraphLayout(
  b: Extract<Block, { type: 'paragraph' }>,
  next: Block | undefined,
  style: DocStyle,
): ParagraphLayout {
  return {
    ...plain(style),
    align: b.align ?? 'left',
    bold: !!b.bold,
    beforePt: style.spacingPt[b.spacing?.before ?? SPACING_RULES.paragraphBefore],
    afterPt: style.spacingPt[b.spacing?.after ?? SPACING_RULES.paragraphAfter],
    firstLinePt: b.firstLineIndent ? mmToPt(style.firstLineIndentMm) : 0,
    // A signature is never alone at the top of a page: it keeps with the paragraph it signs.
    keepWithNext: next?.type === 'signature' || !!b.keepWithNext,
  };
}

/** A signature line: the text as the model has it; `signLine` marks the "(ลงชื่อ)……" line. */
export interface SignatureLineLayout {
  /** The element key of the line (see snapshot.ts): "key#0", "key#1"… */
  key: string;
  text: string;
  signLine: boolean;
  paragraph: ParagraphLayout;
}

function signatureLayout(
  b: Extract<Block, { type: 'signature' }>,
  box: PageBox,
  style: DocStyle,
): SignatureLineLayout[] {
  const lines = signatureLines(b);
  return lines.map((l, i) => ({
    key: `${b.key}#${i}`,
    text: l.text,
    signLine: l.signLine,
    paragraph: {
      ...plain(style),
      align: 'center',
      // centred in the right half of the text width
      startPt: box.pt.textWidth / 2,
      beforePt: i === 0 ? style.spacingPt.large * SPACING_RULES.signatureBeforeLarge : 0,
      keepWithNext: i < lines.length - 1,
    },
  }));
}

// ---- Tables ----

/**
 * Column widths in points: the model's relative widths scaled to the text width. A width that is not
 * a positive number counts as the mean of the positive ones (all of them: equal columns), so a column
 * is never 0 pt wide and the columns always add up to the text width. Each is rounded DOWN to a
 * twentieth of a point (one twip, the finest unit of the .docx), so both renderers get the same
 * numbers and the table never overflows the text width.
 */
export function columnWidthsPt(widths: number[], textWidthPt: number): number[] {
  const ok = (w: number) => Number.isFinite(w) && w > 0;
  const positive = widths.filter(ok);
  const mean = positive.length ? positive.reduce((s, w) => s + w, 0) / positive.length : 1;
  const relative = widths.map((w) => (ok(w) ? w : mean));
  const sum = relative.reduce((s, w) => s + w, 0);
  return relative.map((w) => Math.floor((textWidthPt * w * 20) / sum + 1e-9) / 20);
}

// Merged cells. A row's layout is its SPANS: per model column, how many columns the cell starting
// there covers (1 = a plain cell), 0 for a column covered by the cell before it. Header merges
// (TableBlock.headerMerges) apply their colSpan to every row they cover; a placeholder row
// (TableRow.mergeAll) is one cell across the table. Vertical merges are the ROW SPANS of the header:
// per header row and column, how many rows the cell starting there covers, 0 for a cell covered by the
// one above. Google Docs merges horizontally only (TableCell.merge()): there the lower cell of a
// vertical merge stays a separate, empty cell, as the model has it.

/** Spans of a row with no merge. */
export const plainSpans = (columns: number): number[] => Array<number>(columns).fill(1);

/** Spans of header row `r` of a table block (its merges with colSpan > 1 applied to every row they cover). */
export function headerSpans(block: TableBlock, r: number): number[] {
  const spans = plainSpans(block.widths.length);
  for (const m of block.headerMerges ?? []) {
    if (m.colSpan < 2 || r < m.row || r >= m.row + m.rowSpan) continue;
    spans[m.col] = m.colSpan;
    for (let c = m.col + 1; c < m.col + m.colSpan && c < spans.length; c++) spans[c] = 0;
  }
  return spans;
}

/** Row spans of header row `r`: the merge's rowSpan at its head cell, 0 under it, 1 elsewhere. */
export function headerRowSpans(block: TableBlock, r: number): number[] {
  const spans = plainSpans(block.widths.length);
  for (const m of block.headerMerges ?? []) {
    if (m.rowSpan < 2 || r < m.row || r >= m.row + m.rowSpan) continue;
    for (let c = m.col; c < m.col + m.colSpan && c < spans.length; c++) spans[c] = r === m.row ? m.rowSpan : 0;
  }
  return spans;
}

/** Spans of body row `i` of a table block (mergeAll: one cell across the table). */
export function bodySpans(block: TableBlock, i: number): number[] {
  const n = block.widths.length;
  return block.rows[i]?.mergeAll ? [n, ...Array<number>(n - 1).fill(0)] : plainSpans(n);
}

/** Number of live cells of a row with these spans. */
export const liveCellCount = (spans: number[]): number => spans.filter((x) => x > 0).length;

/** Live cell index of each model column (-1 for a covered column). */
export function liveIndexes(spans: number[]): number[] {
  let k = 0;
  return spans.map((x) => (x > 0 ? k++ : -1));
}

export const isPlain = (spans: number[]): boolean => spans.every((x) => x === 1);
export const sameSpans = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The alignment of body cell (row `i`, column `c`): a placeholder row is centred; otherwise the
 * column's alignment, justify read as left (a narrow cell justified stretches its few words apart).
 */
export function cellAlign(block: TableBlock, i: number, c: number): Align {
  return block.rows[i]?.mergeAll ? 'center' : columnAlign(block, c);
}

/** The alignment of the body cells of column `c` (justify read as left). */
export function columnAlign(block: TableBlock, c: number): Align {
  const a = block.columnAlign?.[c] ?? 'left';
  return a === 'justify' ? 'left' : a;
}

/** Header cells are centred, bold and shaded (DocStyle.headerShading). */
export const HEADER_CELL_ALIGN: Align = 'center';

export interface TableLayout {
  key: string;
  columnsPt: number[];
  /** Per header row, its spans (horizontal merges). */
  headerSpans: number[][];
  /** Per header row, its row spans (vertical merges). */
  headerRowSpans: number[][];
  /** Per body row, its spans (placeholder rows: one cell). */
  bodySpans: number[][];
  /** Table text size. */
  sizePt: number;
}

export function tableLayout(block: TableBlock, box: PageBox, style: DocStyle): TableLayout {
  return {
    key: block.key,
    columnsPt: columnWidthsPt(block.widths, box.pt.textWidth),
    headerSpans: block.header.map((_r, r) => headerSpans(block, r)),
    headerRowSpans: block.header.map((_r, r) => headerRowSpans(block, r)),
    bodySpans: block.rows.map((_r, i) => bodySpans(block, i)),
    sizePt: style.tableSizePt,
  };
}

// ---- The whole document ----

export type BlockLayout =
  | { type: 'heading' | 'paragraph' | 'pageBreak'; key: string; paragraph: ParagraphLayout }
  | { type: 'signature'; key: string; lines: SignatureLineLayout[] }
  | { type: 'table'; key: string; table: TableLayout };

export interface DocLayout {
  style: DocStyle;
  page: PageBox;
  /** One per model block, in order. */
  blocks: BlockLayout[];
  /** The paragraph layouts by element key (snapshot.ts): block keys, signature lines "key#i". */
  paragraphs: Map<string, ParagraphLayout>;
  tables: Map<string, TableLayout>;
}

export function layoutBlock(block: Block, next: Block | undefined, box: PageBox, style: DocStyle): BlockLayout {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', key: block.key, paragraph: headingLayout(block, style) };
    case 'paragraph':
      return { type: 'paragraph', key: block.key, paragraph: paragraphLayout(block, next, style) };
    case 'pageBreak':
      return { type: 'pageBreak', key: block.key, paragraph: plain(style) };
    case 'signature':
      return { type: 'signature', key: block.key, lines: signatureLayout(block, box, style) };
    case 'table':
      return { type: 'table', key: block.key, table: tableLayout(block, box, style) };
  }
}

export function layoutModel(model: DocModel, style: DocStyle): DocLayout {
  const page = pageBox(model.page);
  const blocks = model.blocks.map((b, i) => layoutBlock(b, model.blocks[i + 1], page, style));
  const paragraphs = new Map<string, ParagraphLayout>();
  const tables = new Map<string, TableLayout>();
  for (const b of blocks) {
    if (b.type === 'table') tables.set(b.key, b.table);
    else if (b.type === 'signature') for (const l of b.lines) paragraphs.set(l.key, l.paragraph);
    else paragraphs.set(b.key, b.paragraph);
  }
  return { style, page, blocks, paragraphs, tables };
}

/** The layout of the paragraph element with this key (an unknown key: a plain body paragraph). */
export function paragraphAt(layout: DocLayout, key: string): ParagraphLayout {
  return layout.paragraphs.get(key) ?? filler(layout.style);
}

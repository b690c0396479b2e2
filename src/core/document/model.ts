// The document model: one renderer-neutral structure for the o34 measures plan, the o35 results
// report and the analysis report. Renderers: .docx (src/cli/docx) and Google Docs (DocumentApp).
//
// Built for UPDATING A DOCUMENT IN PLACE: every block has a stable `key` and every table body row
// has a stable `key` (measure id, indicator number, question code…), so a renderer can diff the new
// model against what it wrote last time, keep unchanged paragraphs and cells (and the supervisors'
// comments anchored on them), rewrite only changed cells and insert/remove table rows.
//
// Text is plain strings. Inside a table cell, "\n" starts a new paragraph of the cell. Runs (bold
// spans) are used only where needed. Fonts and sizes are NOT here: they are a DocStyle per renderer.
// Nothing is truncated here: a cell may hold thousands of characters; a renderer may warn.

import type {
  AgencySettings,
  AnalysisResult,
  Catalogue,
  MeasureRow,
  QuestionScore,
  Recommendation,
  ResultRow,
} from '../types';

export type Align = 'left' | 'center' | 'right' | 'justify';
/**
 * Vertical space around a paragraph; the DocStyle says how many points each means. 'cover': above the
 * first line of a cover page, which sets its title a quarter of the way down the page.
 */
export type SpacingSize = 'none' | 'small' | 'large' | 'cover';

/** A span of text; only `bold` is modelled. */
export interface Run {
  text: string;
  bold?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  key: string;
  level: 1 | 2 | 3;
  text: string;
  align?: Align;
  /** Space before, instead of the level's (a cover's title). */
  spacing?: { before?: SpacingSize };
}

export interface ParagraphBlock {
  type: 'paragraph';
  key: string;
  /** The whole text; when `runs` is set it equals the runs' texts joined. */
  text: string;
  runs?: Run[];
  align?: Align;
  bold?: boolean;
  /** Thai official paragraphs start indented (DocStyle.firstLineIndentMm). */
  firstLineIndent?: boolean;
  spacing?: { before?: SpacingSize; after?: SpacingSize };
  /** Keep on the same page as the next block (a label and the lines it introduces). */
  keepWithNext?: boolean;
}

/** A merge of header cells: the cell at (row, col) spans rowSpan rows and colSpan columns. */
export interface HeaderMerge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableRow {
  /** Stable across regenerations: measure id, "ind.3", "q.e1", "placeholder"… */
  key: string;
  /** Exactly one string per column. "\n" = new paragraph in the cell. */
  cells: string[];
  /** The row is one cell across the table holding cells[0] (placeholders); cells keep their count. */
  mergeAll?: boolean;
  bold?: boolean;
}

export interface TableBlock {
  type: 'table';
  key: string;
  /** Header rows, each with one string per column (cells covered by a merge are ""). */
  header: string[][];
  headerMerges?: HeaderMerge[];
  rows: TableRow[];
  /** Relative column widths (any positive numbers; the renderer scales them to the page width). */
  widths: number[];
  /** Alignment per column of body cells; default left. */
  columnAlign?: Align[];
  /** Repeat the header rows at the top of every page. */
  repeatHeader: boolean;
}

export interface PageBreakBlock {
  type: 'pageBreak';
  key: string;
}

/** "(ลงชื่อ)……………" / "(name)" / position, centred in the right half of the page. */
export interface SignatureBlock {
  type: 'signature';
  key: string;
  name: string;
  position: string;
  /** Print the "(ลงชื่อ)………" line above the name. */
  signLine: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | PageBreakBlock | SignatureBlock;
export type Orientation = 'portrait' | 'landscape';

export interface PageSetup {
  size: 'A4';
  orientation: Orientation;
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /**
   * Page numbers "- ๒ -" centred in the header from page 2 (Thai official documents leave the first
   * page unnumbered), in the document's digits. Absent: no page numbers.
   */
  pageNumbers?: 'thai' | 'arabic';
}

export type DocKind = 'measures-plan' | 'results-report' | 'analysis-report' | 'announcement';

export interface DocModel {
  kind: DocKind;
  /** Document name (file / Google Doc title), Thai. */
  title: string;
  page: PageSetup;
  blocks: Block[];
  /** Problems found while building (Thai), e.g. a result whose measure id is unknown. */
  warnings: string[];
}

/**
 * What every builder needs. `settings.thaiDigits` governs all digits in the document.
 * Optional parts: `catalogue` (default: the catalogue of settings.assessmentYear),
 * `questionScores` (all question scores of the assessment year, for the analysis report's theme
 * tables; without them only weak questions show a score), `recommend` (the recommendation for a
 * question code; default: the recommendations module).
 */
export interface DocInput {
  settings: AgencySettings;
  analysis: AnalysisResult;
  measures: MeasureRow[];
  results: ResultRow[];
  catalogue?: Catalogue;
  questionScores?: QuestionScore[];
  recommend?: (code: string) => Recommendation | null;
}

// ---- Page and style ----

/**
 * Margins: the common Thai official-document rule (ระเบียบงานสารบรรณ practice): top 2.5 cm,
 * left 3 cm (binding), right 2 cm, bottom 2 cm. Kept for landscape pages too (same paper edges
 * in the reader's view: the left edge is still the binding).
 */
export const THAI_OFFICIAL_MARGINS_MM = { top: 25, right: 20, bottom: 20, left: 30 } as const;

/** A4 paper, portrait, in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

export function a4(orientation: Orientation, thaiDigits?: boolean): PageSetup {
  const page: PageSetup = { size: 'A4', orientation, marginsMm: { ...THAI_OFFICIAL_MARGINS_MM } };
  if (thaiDigits !== undefined) page.pageNumbers = thaiDigits ? 'thai' : 'arabic';
  return page;
}

/** Fonts and sizes, chosen per renderer. */
export interface DocStyle {
  id: string;
  bodyFont: string;
  bodySizePt: number;
  /** Table text is one step smaller than body text, as agencies do to fit 5–6 columns. */
  tableSizePt: number;
  /** Sizes of heading levels 1, 2, 3. */
  headingSizesPt: [number, number, number];
  /** Points of space for each SpacingSize. */
  spacingPt: Record<SpacingSize, number>;
  /** First-line indent of body paragraphs (Thai official: 2.5 cm). */
  firstLineIndentMm: number;
  /** Header row shading, hex RGB without '#'. */
  headerShading: string;
  borderColor: string;
}

/** .docx: TH SarabunPSK 16 pt, the official font and size (cabinet resolution 7 Sep 2553). */
export const DOCX_STYLE: DocStyle = {
  id: 'docx',
  bodyFont: 'TH SarabunPSK',
  bodySizePt: 16,
  tableSizePt: 14,
  headingSizesPt: [18, 17, 16],
  spacingPt: { none: 0, small: 4, large: 12, cover: 160 },
  firstLineIndentMm: 25,
  headerShading: 'D9D9D9',
  borderColor: '000000',
};

/**
 * Google Docs has no TH SarabunPSK; Sarabun (Google Fonts) is its counterpart, redrawn with Thai
 * glyphs that are larger on the em (TH SarabunPSK's small Thai is why 16 pt is the official size).
 * Measured here from the font tables (hmtx, OS/2): Sarabun (@fontsource/sarabun) and Laksaman
 * (fonts-tlwg-laksaman, a Sarabun derivative) set the same Thai sentence within 1.5% of each
 * other's width (x-heights 500 and 511 units per 1000); TH SarabunPSK itself is not
 * installable here, so its ratio is assumed, not measured: its Thai runs about 1.15 times
 * narrower than Sarabun's, which makes Sarabun 14 pt the equivalent of TH SarabunPSK 16 pt (the
 * size Thai agencies use on Google Docs for official text). Tables and headings step down alike.
 */
export const GOOGLE_DOCS_STYLE: DocStyle = {
  id: 'google-docs',
  bodyFont: 'Sarabun',
  bodySizePt: 14,
  tableSizePt: 12,
  headingSizesPt: [16, 15, 14],
  spacingPt: { none: 0, small: 3, large: 10, cover: 160 },
  firstLineIndentMm: 25,
  headerShading: 'D9D9D9',
  borderColor: '000000',
};

// ---- Helpers ----

/** The plain text of a block (tables: header and body rows, cells joined by tabs, rows by newlines). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'table':
      return [...block.header, ...block.rows.map((r) => r.cells)].map((cells) => cells.join('\t')).join('\n');
    case 'pageBreak':
      return '';
    case 'signature':
      return signatureLines(block)
        .map((l) => l.text)
        .join('\n');
  }
}

/** The lines of a signature block, each one paragraph: the "(ลงชื่อ)" line when asked, the name, the position. */
export function signatureLines(block: SignatureBlock): { text: string; signLine: boolean }[] {
  const lines = [{ text: `(${block.name})`, signLine: false }];
  if (block.signLine) lines.unshift({ text: SIGN_LINE, signLine: true });
  if (block.position) lines.push({ text: block.position, signLine: false });
  return lines;
}

const SIGN_LABEL = '(ลงชื่อ)';
/**
 * Advance widths (em) measured from the font tables (cmap + hmtx) of Laksaman, the TH SarabunPSK
 * stand-in on Linux, and no narrower in Sarabun: "(ลงชื่อ)" 2.735 em, "." 0.243 em.
 */
const SIGN_LABEL_EM = 2.8;
const SIGN_DOT_EM = 0.25;
/** Dots left out for slack, so that a font with wider dots still keeps the line on one line. */
const SIGN_SLACK_DOTS = 3;

/**
 * "(ลงชื่อ)……" with as many dots as fit `widthPt` (the signature column: half the text width) at
 * `sizePt`, at least ten. A fixed line of 54 dots is 89.5 mm at 16 pt and 80.5 mm at Sarabun 14 pt,
 * wider than the 80 mm of a portrait half page: it broke as "(" / "ลงชื่อ)……".
 */
export function signLine(widthPt: number, sizePt: number): string {
  const dots = Math.floor((widthPt - SIGN_LABEL_EM * sizePt) / (SIGN_DOT_EM * sizePt)) - SIGN_SLACK_DOTS;
  return SIGN_LABEL + '.'.repeat(Math.max(dots, 10));
}

const MM_PER_PT = 25.4 / 72;
/**
 * The "(ลงชื่อ)" line the model and the Google Doc carry: sized for the narrowest signature column
 * (portrait A4 with the official margins) at the Google Docs body size. The .docx sizes its own line
 * to its column (signLine with the layout's width).
 */
export const SIGN_LINE = signLine(
  (A4_MM.width - THAI_OFFICIAL_MARGINS_MM.left - THAI_OFFICIAL_MARGINS_MM.right) / 2 / MM_PER_PT,
  GOOGLE_DOCS_STYLE.bodySizePt,
);

/**
 * The shape of a model: "type:key" per block, tables as "table:key[columns]". Two models with the
 * same signature can be updated cell by cell; a different signature means blocks were added or
 * removed (row counts are not part of it: rows are diffed by key).
 */
export function modelSignature(model: DocModel): string[] {
  return model.blocks.map((b) => (b.type === 'table' ? `table:${b.key}[${b.widths.length}]` : `${b.type}:${b.key}`));
}

/** The block with this key, or undefined. */
export function findBlock(model: DocModel, key: string): Block | undefined {
  return model.blocks.find((b) => b.key === key);
}

/** Checks the invariants renderers rely on; returns Thai messages (empty = fine). */
export function validateModel(model: DocModel): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const b of model.blocks) {
    if (seen.has(b.key)) problems.push(`คีย์ของส่วนเอกสาร "${b.key}" ซ้ำกัน`);
    seen.add(b.key);
    if (b.type !== 'table') continue;
    const n = b.widths.length;
    b.header.forEach((row, i) => {
      if (row.length !== n) problems.push(`ตาราง "${b.key}" หัวตารางแถวที่ ${i + 1} มี ${row.length} ช่อง ต้องมี ${n} ช่อง`);
    });
    const rowSeen = new Set<string>();
    b.rows.forEach((row, i) => {
      if (row.cells.length !== n)
        problems.push(`ตาราง "${b.key}" แถวที่ ${i + 1} มี ${row.cells.length} ช่อง ต้องมี ${n} ช่อง`);
      if (rowSeen.has(row.key)) problems.push(`ตาราง "${b.key}" คีย์แถว "${row.key}" ซ้ำกัน`);
      rowSeen.add(row.key);
    });
  }
  return problems;
}

// The .docx renderer of the document model (node only: the local/offline path and the CLI).
// TH SarabunPSK 16 pt by default; Thai is a complex script in Word, so every run names the font
// for ascii/hAnsi/cs/eastAsia and sets both the size and the complex-script size (w:sz, w:szCs),
// bold and complex-script bold, and the bidi language th-TH: otherwise Word draws Thai with the
// cs defaults (often Tahoma/Cordia at 10–11 pt) whatever the ascii font says.

import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  NumberFormat,
  PageNumber,
  LineRuleType,
  PageBreak,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import {
  DOCX_STYLE,
  SIGN_LINE,
  type Align,
  type Block,
  type DocModel,
  type DocStyle,
  type HeaderMerge,
  type Run,
  type TableBlock,
} from '../../core/document/model';
import { xmlSafeText } from '../../core/document/text';

/** A4 in twentieths of a point. */
const A4_TWIPS = { width: 11906, height: 16838 };
const TWIPS_PER_MM = 1440 / 25.4;
/**
 * Single line spacing, stated in full: w:line="240" WITH w:lineRule="auto". Without lineRule,
 * LibreOffice reads line="240" as an exact 12 pt line (measured: 16 pt Thai lines overlapped, the
 * pitch was 12 pt), while Word reads it as auto. "auto" makes every line as tall as the font's own
 * ascent + descent (TH SarabunPSK and its Laksaman stand-in reserve room above the cap height for
 * stacked vowels and tone marks: Laksaman typo ascent 1.279 em, descent 0.376 em, gap 0.06 em), so
 * nothing is clipped or overlaps in either program. Never "exact": it cuts stacked marks off.
 */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/**
 * Advance widths (em) measured from the font tables (cmap + hmtx) of Laksaman, the TH SarabunPSK
 * stand-in on Linux: "(ลงชื่อ)" 2.735 em, "." 0.243 em (TH SarabunPSK's own are no wider).
 */
const SIGN_LABEL_EM = 2.8;
const SIGN_DOT_EM = 0.25;

/**
 * "(ลงชื่อ)……" with as many dots as fit the signature column (half the text width) at the body size,
 * less two for slack: the model's fixed SIGN_LINE (54 dots, 89.5 mm at 16 pt) is wider than the
 * 80 mm of a portrait half page and broke as "(" / "ลงชื่อ)……".
 */
export function signLine(widthTwips: number, sizePt: number): string {
  const widthPt = widthTwips / 20;
  const dots = Math.floor((widthPt - SIGN_LABEL_EM * sizePt) / (SIGN_DOT_EM * sizePt)) - 2;
  const label = SIGN_LINE.replace(/\.+$/, '');
  return label + '.'.repeat(Math.max(dots, 10));
}
const halfPoints = (pt: number) => Math.round(pt * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Plain justify ("both"). thaiDistribute was tried: LibreOffice lays it out as distributed
  // text and broke lines inside words and clusters ("(E/-Service)", "o1/1", "(ต/่ำกว่า", "(๘/๓.๘๓)",
  // seen on the rendered pages); "both" breaks Thai at word boundaries in Word and LibreOffice alike.
  justify: AlignmentType.BOTH,
};

/** The language of Latin runs: LibreOffice breaks a word by the rules of its run's language. */
export const LATIN_LANGUAGE = 'en-US';

function runOptions(style: DocStyle, sizePt: number, bold: boolean, latin = false): IRunOptions {
  const f = style.bodyFont;
  return {
    font: { ascii: f, hAnsi: f, cs: f, eastAsia: f },
    size: halfPoints(sizePt),
    sizeComplexScript: halfPoints(sizePt),
    bold,
    boldComplexScript: bold,
    language: { value: latin ? LATIN_LANGUAGE : 'th-TH', bidirectional: 'th-TH' },
  };
}

/** A Latin word or code with what joins it ("Facebook", "E-Service", "QR", "https://…", "No Gift"). */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9@&'’._:/?=#%+-]*(?:\s+[A-Za-z][A-Za-z0-9@&'’._:/?=#%+-]*)*/g;

/**
 * The text split into Thai and Latin pieces. A Latin piece tagged th-TH is broken by LibreOffice's
 * Thai dictionary ("Facebo|ok", "QR co|de", "E-Ser|vice", seen on the rendered pages); tagged as a
 * Latin language it breaks only at spaces and hyphens like any English word.
 */
export function latinPieces(text: string): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), latin: false });
    out.push({ text: m[0], latin: true });
    last = at + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last), latin: false });
  return out;
}

function textRuns(runs: Run[], style: DocStyle, sizePt: number, bold: boolean): TextRun[] {
  return runs.flatMap((r) =>
    latinPieces(xmlSafeText(r.text)).map(
      (p) => new TextRun({ ...runOptions(style, sizePt, bold || !!r.bold, p.latin), text: p.text }),
    ),
  );
}

/** "- ๒ -" centred in the header; the first page has an empty header (titlePage). */
function pageNumberHeaders(style: DocStyle): { default: Header; first: Header } {
  const opts = runOptions(style, style.bodySizePt, false);
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ ...opts, children: ['- ', PageNumber.CURRENT, ' -'] })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export interface RenderContext {
  style: DocStyle;
  /** Width of the text area in twips. */
  textWidth: number;
  warnings: string[];
}

function cellParagraphs(text: string, ctx: RenderContext, align: Align, bold: boolean): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[align === 'justify' ? 'left' : align],
        children: textRuns([{ text: line }], ctx.style, ctx.style.tableSizePt, bold),
      }),
  );
}

const BORDER = (color: string) => ({ style: BorderStyle.SINGLE, size: 4, color });

function covered(merges: HeaderMerge[], row: number, col: number): boolean {
  return merges.some(
    (m) =>
      row >= m.row &&
      row < m.row + m.rowSpan &&
      col >= m.col &&
      col < m.col + m.colSpan &&
      !(row === m.row && col === m.col),
  );
}

function columnTwips(widths: number[], total: number): number[] {
  const sum = widths.reduce((s, w) => s + (w > 0 ? w : 0), 0) || widths.length;
  return widths.map((w) => Math.floor((total * (w > 0 ? w : sum / widths.length)) / sum));
}

function renderTable(block: TableBlock, ctx: RenderContext): Table {
  const cols = columnTwips(block.widths, ctx.textWidth);
  const merges = block.headerMerges ?? [];
  const width = (from: number, span: number) => ({
    size: cols.slice(from, from + span).reduce((s, w) => s + w, 0),
    type: WidthType.DXA,
  });
  const shading = { fill: ctx.style.headerShading, type: ShadingType.CLEAR, color: 'auto' };

  const header = block.header.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((text, c) => {
      if (covered(merges, r, c)) return;
      const m = merges.find((x) => x.row === r && x.col === c);
      cells.push(
        new TableCell({
          children: cellParagraphs(text, ctx, 'center', true),
          shading,
          verticalAlign: VerticalAlign.CENTER,
          width: width(c, m?.colSpan ?? 1),
          ...(m && m.colSpan > 1 ? { columnSpan: m.colSpan } : {}),
          ...(m && m.rowSpan > 1 ? { rowSpan: m.rowSpan } : {}),
        }),
      );
    });
    return new TableRow({ children: cells, tableHeader: block.repeatHeader, cantSplit: true });
  });

  const body = block.rows.map((row) => {
    if (row.mergeAll) {
      return new TableRow({
        children: [
          new TableCell({
            children: cellParagraphs(row.cells[0] ?? '', ctx, 'center', !!row.bold),
            columnSpan: cols.length,
            width: width(0, cols.length),
          }),
        ],
      });
    }
    return new TableRow({
      children: row.cells.map(
        (text, c) =>
          new TableCell({
            children: cellParagraphs(text, ctx, block.columnAlign?.[c] ?? 'left', !!row.bold),
            width: width(c, 1),
          }),
      ),
    });
  });

  const b = BORDER(ctx.style.borderColor);
  return new Table({
    rows: [...header, ...body],
    width: { size: cols.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b },
  });
}

const HEADING_LEVEL = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function renderBlock(block: Block, ctx: RenderContext, next?: Block): (Paragraph | Table)[] {
  const { style } = ctx;
  const pt = (s: 'none' | 'small' | 'large' | undefined, dflt: number) => (s ? style.spacingPt[s] : dflt) * 20;
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING_LEVEL[block.level - 1],
          alignment: ALIGN[block.align ?? 'left'],
          keepNext: true,
          spacing: { before: block.level === 1 ? 0 : style.spacingPt.large * 20, after: style.spacingPt.small * 20 },
          children: textRuns([{ text: block.text }], style, style.headingSizesPt[block.level - 1], true),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'left'],
          indent: block.firstLineIndent ? { firstLine: twips(style.firstLineIndentMm) } : undefined,
          // A signature is never alone at the top of a page: it keeps with the paragraph it signs.
          keepNext: next?.type === 'signature' || !!block.keepWithNext,
          spacing: { before: pt(block.spacing?.before, 0), after: pt(block.spacing?.after, style.spacingPt.small) },
          children: textRuns(block.runs ?? [{ text: block.text }], style, style.bodySizePt, !!block.bold),
        }),
      ];
    case 'table':
      // An empty paragraph after a table keeps the next table or heading from touching it.
      return [renderTable(block, ctx), new Paragraph({ children: [], spacing: { after: 0 } })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'signature': {
      const lines = [
        block.signLine ? signLine(ctx.textWidth / 2, style.bodySizePt) : null,
        `(${block.name})`,
        block.position,
      ].filter((l): l is string => !!l);
      return lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: { left: Math.round(ctx.textWidth / 2) },
            spacing: { before: i === 0 ? style.spacingPt.large * 40 : 0 },
            keepNext: i < lines.length - 1,
            children: textRuns([{ text: line }], style, style.bodySizePt, false),
          }),
      );
    }
  }
}

export interface RenderResult {
  buffer: Buffer;
  warnings: string[];
}

/** Renders the model; also returns the renderer's warnings (Thai). */
export async function renderDocxWithWarnings(model: DocModel, style: DocStyle = DOCX_STYLE): Promise<RenderResult> {
  const landscape = model.page.orientation === 'landscape';
  const m = model.page.marginsMm;
  const pageWidth = landscape ? A4_TWIPS.height : A4_TWIPS.width;
  const ctx: RenderContext = { style, textWidth: pageWidth - twips(m.left) - twips(m.right), warnings: [] };
  const children = model.blocks.flatMap((b, i) => renderBlock(b, ctx, model.blocks[i + 1]));
  const numbers = model.page.pageNumbers;
  const f = style.bodyFont;
  const baseRun = {
    font: { ascii: f, hAnsi: f, cs: f, eastAsia: f },
    size: halfPoints(style.bodySizePt),
    sizeComplexScript: halfPoints(style.bodySizePt),
    language: { value: 'th-TH', bidirectional: 'th-TH' },
  };
  const heading = (level: 0 | 1 | 2) => ({
    run: {
      ...baseRun,
      size: halfPoints(style.headingSizesPt[level]),
      sizeComplexScript: halfPoints(style.headingSizesPt[level]),
      bold: true,
      boldComplexScript: true,
      color: '000000',
    },
  });
  const doc = new Document({
    title: xmlSafeText(model.title),
    creator: 'ITA add-on',
    styles: {
      default: {
        document: { run: baseRun, paragraph: { spacing: SINGLE_LINE } },
        heading1: heading(0),
        heading2: heading(1),
        heading3: heading(2),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4_TWIPS.width,
              height: A4_TWIPS.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left) },
            ...(numbers
              ? {
                  pageNumbers: {
                    start: 1,
                    formatType: numbers === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL,
                  },
                }
              : {}),
          },
          ...(numbers ? { titlePage: true } : {}),
        },
        ...(numbers ? { headers: pageNumberHeaders(style) } : {}),
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { buffer, warnings: ctx.warnings };
}

export async function renderDocx(model: DocModel, style: DocStyle = DOCX_STYLE): Promise<Buffer> {
  return (await renderDocxWithWarnings(model, style)).buffer;
}

export async function writeDocx(model: DocModel, path: string, style: DocStyle = DOCX_STYLE): Promise<string[]> {
  const { buffer, warnings } = await renderDocxWithWarnings(model, style);
  await writeFile(path, buffer);
  return warnings;
}

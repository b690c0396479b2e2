// The .docx renderer of the document model (node only: the local/offline path and the CLI).
// TH SarabunPSK 16 pt by default; Thai is a complex script in Word, so every run names the font
// for ascii/hAnsi/cs/eastAsia and sets both the size and the complex-script size (w:sz, w:szCs),
// bold and complex-script bold, and the bidi language th-TH: otherwise Word draws Thai with the
// cs defaults (often Tahoma/Cordia at 10–11 pt) whatever the ascii font says.
// Where things go (page box, column widths, merged cells, spacing, indents, keep-with-next) is the
// layout step's (core/document/layout.ts, shared with the Google Docs renderer): points to twips here.

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
  signLine,
  type Align,
  type Block,
  type DocModel,
  type DocStyle,
  type Run,
  type TableBlock,
} from '../../core/document/model';
import {
  HEADER_CELL_ALIGN,
  cellAlign,
  layoutModel,
  type BlockLayout,
  type ParagraphLayout,
  type TableLayout,
} from '../../core/document/layout';
import { xmlSafeText } from '../../core/document/text';

/**
 * Single line spacing, stated in full: w:line="240" WITH w:lineRule="auto". Without lineRule,
 * LibreOffice reads line="240" as an exact 12 pt line (measured: 16 pt Thai lines overlapped, the
 * pitch was 12 pt), while Word reads it as auto. "auto" makes every line as tall as the font's own
 * ascent + descent (TH SarabunPSK and its Laksaman stand-in reserve room above the cap height for
 * stacked vowels and tone marks: Laksaman typo ascent 1.279 em, descent 0.376 em, gap 0.06 em), so
 * nothing is clipped or overlaps in either program. Never "exact": it cuts stacked marks off.
 */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

/** Points to twentieths of a point (the .docx unit); the layout (core/document/layout.ts) is in points. */
const twips = (pt: number) => Math.round(pt * 20);

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
  warnings: string[];
}

function cellParagraphs(text: string, ctx: RenderContext, align: Align, bold: boolean): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[align],
        children: textRuns([{ text: line }], ctx.style, ctx.style.tableSizePt, bold),
      }),
  );
}

const BORDER = (color: string) => ({ style: BorderStyle.SINGLE, size: 4, color });

function renderTable(block: TableBlock, layout: TableLayout, ctx: RenderContext): Table {
  const cols = layout.columnsPt.map(twips);
  const width = (from: number, span: number) => ({
    size: cols.slice(from, from + span).reduce((s, w) => s + w, 0),
    type: WidthType.DXA,
  });
  const shading = { fill: ctx.style.headerShading, type: ShadingType.CLEAR, color: 'auto' };

  // A cell covered by a merge (span 0 across, row span 0 from above) is not written: the docx
  // library writes the continuation of a row span itself.
  const header = block.header.map((row, r) => {
    const spans = layout.headerSpans[r];
    const rowSpans = layout.headerRowSpans[r];
    const cells: TableCell[] = [];
    row.forEach((text, c) => {
      if (spans[c] === 0 || rowSpans[c] === 0) return;
      cells.push(
        new TableCell({
          children: cellParagraphs(text, ctx, HEADER_CELL_ALIGN, true),
          shading,
          verticalAlign: VerticalAlign.CENTER,
          width: width(c, spans[c]),
          ...(spans[c] > 1 ? { columnSpan: spans[c] } : {}),
          ...(rowSpans[c] > 1 ? { rowSpan: rowSpans[c] } : {}),
        }),
      );
    });
    return new TableRow({ children: cells, tableHeader: block.repeatHeader, cantSplit: true });
  });

  const body = block.rows.map((row, i) => {
    const spans = layout.bodySpans[i];
    const cells: TableCell[] = [];
    row.cells.forEach((text, c) => {
      if (spans[c] === 0) return;
      cells.push(
        new TableCell({
          children: cellParagraphs(text, ctx, cellAlign(block, i, c), !!row.bold),
          width: width(c, spans[c]),
          ...(spans[c] > 1 ? { columnSpan: spans[c] } : {}),
        }),
      );
    });
    return new TableRow({ children: cells });
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

/** A paragraph's layout as docx paragraph options (points to twips). */
function paragraphOptions(p: ParagraphLayout) {
  const indent = {
    ...(p.firstLinePt ? { firstLine: twips(p.firstLinePt) } : {}),
    ...(p.startPt ? { left: twips(p.startPt) } : {}),
  };
  return {
    alignment: ALIGN[p.align],
    keepNext: p.keepWithNext,
    spacing: { before: twips(p.beforePt), after: twips(p.afterPt) },
    ...(p.firstLinePt || p.startPt ? { indent } : {}),
  };
}

function renderBlock(block: Block, layout: BlockLayout, ctx: RenderContext): (Paragraph | Table)[] {
  const { style } = ctx;
  if (layout.type === 'table')
    // An empty paragraph after a table keeps the next table or heading from touching it.
    return block.type === 'table'
      ? [renderTable(block, layout.table, ctx), new Paragraph({ children: [], spacing: { after: 0 } })]
      : [];
  if (layout.type === 'signature')
    return layout.lines.map(
      (line) =>
        new Paragraph({
          ...paragraphOptions(line.paragraph),
          children: textRuns(
            [
              {
                text: line.signLine ? signLine(layout.lines[0].paragraph.startPt, style.bodySizePt) : line.text,
              },
            ],
            style,
            line.paragraph.sizePt,
            line.paragraph.bold,
          ),
        }),
    );
  const p = layout.paragraph;
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          ...paragraphOptions(p),
          heading: HEADING_LEVEL[block.level - 1],
          children: textRuns([{ text: block.text }], style, p.sizePt, p.bold),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          ...paragraphOptions(p),
          children: textRuns(block.runs ?? [{ text: block.text }], style, p.sizePt, p.bold),
        }),
      ];
    default:
      return [new Paragraph({ ...paragraphOptions(p), children: [new PageBreak()] })];
  }
}

export interface RenderResult {
  buffer: Buffer;
  warnings: string[];
}

/** Renders the model; also returns the renderer's warnings (Thai). */
export async function renderDocxWithWarnings(model: DocModel, style: DocStyle = DOCX_STYLE): Promise<RenderResult> {
  const layout = layoutModel(model, style);
  const { landscape, pt } = layout.page;
  const ctx: RenderContext = { style, warnings: [] };
  const children = model.blocks.flatMap((b, i) => renderBlock(b, layout.blocks[i], ctx));
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
            // the portrait paper: the docx library swaps width and height for landscape
            size: {
              width: twips(landscape ? pt.height : pt.width),
              height: twips(landscape ? pt.width : pt.height),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: twips(pt.top), right: twips(pt.right), bottom: twips(pt.bottom), left: twips(pt.left) },
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

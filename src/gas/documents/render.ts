// Google Doc renderer (DocumentApp): writing a model into a new doc, reading a doc back into plain data,
// and applying the planner's edits. Styling is per paragraph (one setAttributes), per table (one
// setAttributes), per header row and per column width. Two things DocumentApp only offers per cell:
//   - merged cells (TableCell.merge(): the cell joins its preceding sibling and leaves the row): the
//     model's header merges and placeholder rows, a constant number of calls per table;
//   - body-cell alignment: there is no column style, so a column the model aligns center or right
//     (scores, targets, gaps, numbers: short cells; long text columns stay left) costs one call per
//     paragraph of each of its cells. A new doc reaches those paragraphs through ONE
//     Body.getParagraphs() (every paragraph of the body in document order, table cells included),
//     mapped by position from the model (alignNew; the plan: core/document/docs-align.ts), instead of
//     getCell + getChild per cell. The tables whose rows grow with the measures have only left
//     columns, so this grows with the rows of the fixed tables (indicators, weak questions, themes).
// Vertical merges (a header cell spanning two rows) cannot be made through DocumentApp: the lower
// cell stays a separate, empty cell.
// Page box, column widths, merged-cell spans, spacing and indents are the layout step's
// (core/document/layout.ts, the same decisions as the .docx): this file converts them to points
// rounded to a hundredth and calls DocumentApp.
import { GOOGLE_DOCS_STYLE, type Align, type DocStyle } from '../../core/document';
import { textEdit, type DocOp, type LiveReader, type LiveShape } from '../../core/document/diff';
import {
  bodySpans,
  headerSpans,
  liveIndexes,
  paragraphAt,
  type DocLayout,
  type PageBox,
} from '../../core/document/layout';
import type { DocElement, ParagraphElement, TableElement } from '../../core/document/snapshot';
import { alignLayout, alignedCells, bodyAlign, type AlignAt } from '../../core/document/docs-align';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableCell = GoogleAppsScript.Document.TableCell;
type Element = GoogleAppsScript.Document.Element;

/** Points as Google Docs gets them: the layout's exact points rounded to a hundredth. */
const pt = (x: number): number => Math.round(x * 100) / 100;

function alignment(a: Align | null | undefined): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : a === 'justify' ? H.JUSTIFY : H.LEFT;
}

/**
 * One attributes object per paragraph: font, size, bold, alignment, indents and spacing, all as the
 * layout decides (core/document/layout.ts). Keep-with-next is decided there too, but DocumentApp has
 * no attribute for it (the Attribute enum lists none): Google Docs leaves it out.
 */
export function paragraphAttributes(el: ParagraphElement, layout: DocLayout): Record<string, unknown> {
  const p = paragraphAt(layout, el.key);
  return {
    FONT_FAMILY: layout.style.bodyFont,
    FONT_SIZE: p.sizePt,
    BOLD: p.bold,
    HORIZONTAL_ALIGNMENT: alignment(p.align),
    INDENT_FIRST_LINE: pt(p.firstLinePt),
    INDENT_START: pt(p.startPt),
    SPACING_BEFORE: pt(p.beforePt),
    SPACING_AFTER: pt(p.afterPt),
  };
}

export function tableAttributes(style: DocStyle = GOOGLE_DOCS_STYLE): Record<string, unknown> {
  return {
    FONT_FAMILY: style.bodyFont,
    FONT_SIZE: style.tableSizePt,
    BORDER_COLOR: `#${style.borderColor}`,
    BORDER_WIDTH: 0.5,
  };
}

/** One header cell: bold and shaded (the cell's own background). */
export function headerCellAttributes(style: DocStyle = GOOGLE_DOCS_STYLE): Record<string, unknown> {
  return { BOLD: true, BACKGROUND_COLOR: `#${style.headerShading}` };
}

/**
 * Styles the live cells of a header row after its merges: one setAttributes per cell, bold and shaded
 * (no row-level call: the row's attributes are not promised to reach its cells).
 */
function shadeHeaderRow(row: GoogleAppsScript.Document.TableRow, spans: number[], style: DocStyle): void {
  const live = spans.filter((x) => x > 0).length;
  const attrs = headerCellAttributes(style);
  for (let k = 0; k < live; k++) row.getCell(k).setAttributes(attrs);
}

/** Column widths in points, as the layout decides them. */
export function columnWidthsPt(el: TableElement, layout: DocLayout): number[] {
  const t = layout.tables.get(el.key);
  if (!t) throw new Error(`no layout for table ${el.key}`);
  return t.columnsPt.map(pt);
}

/** Cells of a table element as the string[][] of appendTable. */
export function tableCells(el: TableElement): string[][] {
  return [...el.headerRows, ...el.rows.map((r) => r.cells)];
}

// ---- Writing ----

function styleParagraph(p: Paragraph, el: ParagraphElement, layout: DocLayout): void {
  p.setAttributes(paragraphAttributes(el, layout));
  const b = el.block;
  if (b?.type === 'paragraph' && b.runs && b.runs.some((r) => r.bold) && !b.bold) {
    const text = p.editAsText();
    let at = 0;
    for (const r of b.runs) {
      if (r.bold && r.text.length) text.setBold(at, at + r.text.length - 1, true);
      at += r.text.length;
    }
  }
  if (b?.type === 'pageBreak') p.appendPageBreak();
}

/**
 * Merges a row's cells as its spans say (see snapshot.ts), right to left so that the indices of the
 * cells still to merge do not move. merge() moves the covered cells' (empty) paragraphs into the head
 * cell, so one setText gives the head cell back its text alone. Calls: 2 per covered cell + 1 per merge.
 */
function mergeRow(row: GoogleAppsScript.Document.TableRow, spans: number[], texts: string[], widths?: number[]): void {
  for (let c = spans.length - 1; c >= 0; c--) {
    if (spans[c] < 2) continue;
    let head: TableCell | null = null;
    for (let k = c + spans[c] - 1; k > c; k--) head = row.getCell(k).merge();
    head?.setText(texts[c]);
    // merge() may leave the head cell at its own column's width: a row merged into a table whose
    // widths are already set gets the merged width (a new table sets its widths after merging).
    if (head && widths) head.setWidth(widths.slice(c, c + spans[c]).reduce((a, w) => a + w, 0));
  }
}

/**
 * Body cells of the columns the model aligns other than left: one call per paragraph of the cell
 * (DocumentApp has no column style; a cell holds one paragraph unless its text has line breaks).
 * `cellOf(liveIndex)` gives the cell (from the row or the table, whichever the caller holds).
 */
function alignRow(el: TableElement, body: number, cellOf: (liveIndex: number) => TableCell): void {
  const at = liveIndexes(bodySpans(el.block, body));
  for (const c of alignedCells(el, body)) alignCell(cellOf(at[c]), el.rows[body].cells[c], bodyAlign(el.block, c));
}

function alignCell(cell: TableCell, text: string, a: Align | null): void {
  const n = /[\r\n]/.test(text) ? cell.getNumChildren() : 1;
  for (let i = 0; i < n; i++) cell.getChild(i).setAttributes({ HORIZONTAL_ALIGNMENT: alignment(a) });
}

/** `align` false: the caller aligns the body cells itself (a new doc: see alignNew). */
function styleTable(t: Table, el: TableElement, layout: DocLayout, align = true, rowShading = false): void {
  const nh = el.headerRows.length;
  for (let r = 0; r < nh; r++) {
    const spans = headerSpans(el.block, r);
    const row = t.getRow(r);
    mergeRow(row, spans, el.headerRows[r]);
    // rowShading (the analysis report, an internal document with many tables): ONE row-level call
    // (bold and BACKGROUND_COLOR, which may show as highlight rather than cell shading); per-cell
    // shading there would take it under ten times fewer calls than naive.
    if (rowShading) row.setAttributes(headerCellAttributes(layout.style));
    else shadeHeaderRow(row, spans, layout.style);
  }
  el.block.rows.forEach((row, i) => {
    if (row.mergeAll) mergeRow(t.getRow(nh + i), bodySpans(el.block, i), el.rows[i].cells);
  });
  t.setAttributes(tableAttributes(layout.style));
  el.rows.forEach((_row, i) => {
    if (el.block.rows[i]?.bold) t.getRow(nh + i).setAttributes({ BOLD: true });
  });
  columnWidthsPt(el, layout).forEach((w, c) => t.setColumnWidth(c, w));
  if (align) el.rows.forEach((_row, i) => alignRow(el, i, (k) => t.getCell(nh + i, k)));
}

/**
 * Aligns the body cells of a new doc's tables: ONE Body.getParagraphs(), then per table with aligned
 * cells two getText (its first and last cell paragraphs must hold the texts the model puts there) and
 * one setAttributes per aligned paragraph. Anything unexpected (a total or a check that does not
 * match) leaves that alignment out: the doc stays correct, only less tidy; generation never fails here.
 */
function alignNew(body: Body, elements: DocElement[]): void {
  if (!elements.some((e) => e.t === 'table' && e.rows.some((_r, i) => alignedCells(e, i).length > 0))) return;
  const paragraphs = body.getParagraphs();
  const layout = [alignLayout(elements, false), alignLayout(elements, true)].find((l) => l.total === paragraphs.length);
  if (!layout) return;
  const holds = (p: AlignAt): boolean => {
    try {
      return paragraphs[p.at].getText() === p.text;
    } catch {
      return false;
    }
  };
  for (const t of layout.tables) {
    if (!holds(t.first) || (t.last.at !== t.first.at && !holds(t.last))) continue;
    for (const c of t.cells) paragraphs[c.at].setAttributes({ HORIZONTAL_ALIGNMENT: alignment(c.align) });
  }
}

/** Page size and margins: six calls. */
export function setupPage(body: Body, page: PageBox): void {
  const p = page.pt;
  body.setPageWidth(pt(p.width));
  body.setPageHeight(pt(p.height));
  body.setMarginTop(pt(p.top));
  body.setMarginBottom(pt(p.bottom));
  body.setMarginLeft(pt(p.left));
  body.setMarginRight(pt(p.right));
}

/**
 * Writes the elements into a NEW doc's body (which holds one empty paragraph). The empty paragraph
 * Google Docs adds after an appended table receives the next paragraph, so body children match the
 * elements one to one (plus an empty paragraph at the end when the last element is a table).
 */
export function writeNew(body: Body, elements: DocElement[], layout: DocLayout, rowShading = false): void {
  setupPage(body, layout.page);
  let pending: Paragraph | null = body.getChild(0).asParagraph();
  for (const el of elements) {
    if (el.t === 'p') {
      let p: Paragraph;
      if (pending) {
        p = pending;
        p.setText(el.text);
      } else p = body.appendParagraph(el.text);
      pending = null;
      styleParagraph(p, el, layout);
    } else {
      let t: Table;
      if (pending) {
        // only at the very start: the table goes before the initial paragraph, which stays after it
        t = body.insertTable(body.getChildIndex(pending), tableCells(el));
      } else {
        t = body.appendTable(tableCells(el));
        pending = body.getChild(body.getNumChildren() - 1).asParagraph();
      }
      styleTable(t, el, layout, false, rowShading);
    }
  }
  alignNew(body, elements);
}

// ---- Reading (lazy) ----

type TableRow = GoogleAppsScript.Document.TableRow;

/**
 * The live body behind the planner's LiveReader, with the element references the edits need. Reading
 * the shape costs per body child getChild + getType (tables: + asTable, getNumRows, getRow(0),
 * getNumCells): it grows with sections, not with rows. Texts are read on demand, once each: a paragraph
 * = asParagraph + getText; a row = getRow + getNumCells; a cell = getCell + getText.
 *
 * Why not one call per row or per table (TableRow.getText / Table.getText)? Apps Script does not
 * document how those join cells, and a cell's own text may hold tabs and newlines, so the split would
 * be ambiguous: a hand edit could hide behind it and be overwritten. Per-cell reads of only the rows
 * the plan touches are exact and cost a few calls per changed row.
 */
export class LiveBody implements LiveReader {
  readonly shape: LiveShape[] = [];
  private readonly children: Element[] = [];
  private readonly tables = new Map<number, Table>();
  private readonly rows = new Map<string, TableRow>();
  private readonly rowCellCounts = new Map<string, number>();
  private readonly cells = new Map<string, TableCell>();
  private readonly texts = new Map<string, string>();

  constructor(body: Body) {
    const T = DocumentApp.ElementType;
    const n = body.getNumChildren();
    for (let i = 0; i < n; i++) {
      const child = body.getChild(i);
      this.children.push(child);
      const type = child.getType();
      if (type === T.PARAGRAPH) this.shape.push({ t: 'p' });
      else if (type === T.TABLE) {
        const table = child.asTable();
        this.tables.set(i, table);
        const rows = table.getNumRows();
        this.shape.push({ t: 'table', rows, columns: rows > 0 ? this.rowCells(i, 0) : 0 });
      } else this.shape.push({ t: 'other', type: String(type) });
    }
  }

  child(index: number): Element {
    return this.children[index];
  }

  table(index: number): Table {
    const t = this.tables.get(index);
    if (!t) throw new Error(`body child ${index} is not a table`);
    return t;
  }

  paragraphText(index: number): string {
    const k = `p${index}`;
    let text = this.texts.get(k);
    if (text === undefined) {
      text = this.children[index].asParagraph().getText();
      this.texts.set(k, text);
    }
    return text;
  }

  row(index: number, row: number): TableRow {
    const k = `${index}.${row}`;
    let r = this.rows.get(k);
    if (!r) {
      r = this.table(index).getRow(row);
      this.rows.set(k, r);
    }
    return r;
  }

  rowCells(index: number, row: number): number {
    const k = `${index}.${row}`;
    let n = this.rowCellCounts.get(k);
    if (n === undefined) {
      n = this.row(index, row).getNumCells();
      this.rowCellCounts.set(k, n);
    }
    return n;
  }

  cell(index: number, row: number, col: number): TableCell {
    const k = `${index}.${row}.${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = this.row(index, row).getCell(col);
      this.cells.set(k, c);
    }
    return c;
  }

  cellText(index: number, row: number, col: number): string {
    const k = `${index}.${row}.${col}`;
    let text = this.texts.get(k);
    if (text === undefined) {
      text = this.cell(index, row, col).getText();
      this.texts.set(k, text);
    }
    return text;
  }
}

/** Opens the body for lazy reading (see LiveBody). */
export function readLive(body: Body): LiveBody {
  return new LiveBody(body);
}

// ---- Applying edits ----

/** What applying the edits did to text that comments may be anchored on. */
export interface ApplyReport {
  /** Paragraphs/cells whose whole text was replaced (setText): comments anchored in them detach. */
  replaced: number;
  /** The old texts of everything replaced or removed (to count the comments they carried). */
  oldTexts: string[];
  /** Ops applied so far (a failure partway leaves the doc partly updated). */
  applied: number;
}

/** Edits one paragraph's text in place: only the changed range when there is one (comments on the rest stay). */
function editRange(p: Paragraph, from: string, to: string): boolean {
  const edit = textEdit(from, to);
  if (!edit) return false;
  const text = p.editAsText();
  if (edit.remove) text.deleteText(edit.start, edit.start + edit.remove - 1);
  if (edit.insert) text.insertText(edit.start, edit.insert);
  return true;
}

/**
 * Applies the planner's edits in order (see DocOp: indices are those of the doc as read). `report`
 * is filled as it goes, so that a caller catching a failure knows how far it got.
 */
export function applyOps(
  body: Body,
  live: LiveBody,
  ops: DocOp[],
  layout: DocLayout,
  report: ApplyReport = { replaced: 0, oldTexts: [], applied: 0 },
): ApplyReport {
  const style = layout.style;
  const cellAttrs = { FONT_FAMILY: style.bodyFont, FONT_SIZE: style.tableSizePt };
  for (const op of ops) {
    switch (op.op) {
      case 'setParagraph': {
        const p = live.child(op.index).asParagraph();
        const b = op.element.block;
        const boldRuns = b?.type === 'paragraph' && !!b.runs?.some((r) => r.bold) && !b.bold;
        // A changed number in a paragraph edits that number only (bold runs need the whole text restyled).
        if (!boldRuns && editRange(p, op.from, op.element.text))
          p.setAttributes(paragraphAttributes(op.element, layout));
        else {
          p.setText(op.element.text);
          styleParagraph(p, op.element, layout);
          report.replaced++;
          report.oldTexts.push(op.from);
        }
        break;
      }
      case 'removeElement': {
        const shape = live.shape[op.index];
        if (shape.t === 'table') {
          const t = live.table(op.index);
          report.oldTexts.push(t.getText());
          t.removeFromParent();
        } else {
          report.oldTexts.push(live.paragraphText(op.index));
          const p = live.child(op.index).asParagraph();
          // "Can't remove the last paragraph in a document section": a body always ends with a
          // paragraph, and removing it throws even when others come before it. The doc's last
          // paragraph as read is emptied instead (an empty line at the end is what Docs keeps there).
          if (op.index === live.shape.length - 1) p.setText('');
          else p.removeFromParent();
        }
        break;
      }
      case 'insertParagraph':
        styleParagraph(body.insertParagraph(op.at, op.element.text), op.element, layout);
        break;
      case 'insertTable':
        styleTable(body.insertTable(op.at, tableCells(op.element)), op.element, layout);
        break;
      case 'setCell': {
        const cell = live.cell(op.index, op.row, op.cell); // read by the planner already: no new call
        const line = textEdit(op.from, op.text) ? onlyParagraph(cell) : null;
        // Only the changed range of the cell's one paragraph: a comment anchored on the rest stays
        // attached (a renumbered row changes "3." into "4." and nothing else).
        if (!(line && editRange(line, op.from, op.text))) {
          cell.setText(op.text);
          cell.setAttributes(op.header ? { ...cellAttrs, ...headerCellAttributes(style) } : cellAttrs);
          // setText makes new paragraphs: a column aligned other than left is aligned again
          const a = op.header ? null : bodyAlign(op.element.block, op.col);
          if (a && op.text !== '') alignCell(cell, op.text, a);
          report.replaced++;
          report.oldTexts.push(op.from);
        }
        break;
      }
      case 'removeRow': {
        const n = live.rowCells(op.index, op.row);
        for (let c = 0; c < n; c++) report.oldTexts.push(live.cellText(op.index, op.row, c));
        live.table(op.index).removeRow(op.row);
        break;
      }
      case 'insertRow': {
        const row = live.table(op.index).insertTableRow(op.at);
        for (const text of op.cells) row.appendTableCell(text);
        mergeRow(row, op.spans, op.cells, columnWidthsPt(op.element, layout));
        row.setAttributes(cellAttrs);
        alignRow(op.element, op.body, (k) => row.getCell(k));
        break;
      }
    }
    report.applied++;
  }
  return report;
}

/** The cell's single paragraph (its text has no line break), or null when its first child is something else (a list item made by hand). */
function onlyParagraph(cell: TableCell): Paragraph | null {
  try {
    return cell.getChild(0).asParagraph();
  } catch {
    return null;
  }
}

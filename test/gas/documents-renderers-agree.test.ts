// Issue 9: the two renderers of the document model lay it out alike. One model goes through the .docx
// renderer (document.xml read back with jszip) and through the Google Docs renderer (the emulator's
// elements and attributes), both with the Google Docs sizes, and the page box, every paragraph's
// spacing, indents and alignment, every table's column widths and every row's merged cells must be
// the same. Before the shared layout step (core/document/layout.ts) they were not: headings had 12 pt
// before and 4 pt after in the .docx but 3 pt before and none after in Google Docs, body paragraphs a
// small space after in one only, the signature twice the space in one, and column widths were
// rounded down to the twip in one and to the hundredth of a point in the other (a zero width even
// made a 0 pt column in Google Docs and an overflowing table in the .docx).
import JSZip from 'jszip';
import type { Fakes } from '../../emulator';
import type { DocElement as FakeElement, FakeParagraph, FakeTable } from '../../emulator/document/elements';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { ALL_DOC_KINDS, GOOGLE_DOCS_STYLE, docKindSpec, type DocModel } from '../../src/core/document';
import { layoutModel } from '../../src/core/document/layout';
import { flattenModel } from '../../src/core/document/snapshot';
import { generateKind } from '../../src/gas/documents/generate';
import { writeNew } from '../../src/gas/documents/render';
import { docInput, MEASURES } from '../core/document-fixture';
import { child, children, xmlTree, type XmlNode } from '../support/xml';
import { changeableSource, docIdOf, installFakesEach, manyMeasures } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

interface ParagraphLook {
  key: string;
  before: number;
  after: number;
  firstLine: number;
  start: number;
  align: string;
  /** Keep with next: the .docx only (DocumentApp has no such attribute). */
  keep?: boolean;
}
interface TableLook {
  key: string;
  /** Column widths in hundredths of a point. */
  columns: number[];
  /** Per row, the columns each cell spans. */
  spans: number[][];
}
interface Look {
  page: Record<'width' | 'height' | 'top' | 'right' | 'bottom' | 'left', number>;
  paragraphs: ParagraphLook[];
  tables: TableLook[];
}

const W = (n: XmlNode | undefined, attr: string): string | undefined => n?.attrs[`w:${attr}`];
const twipsPt = (v: string | undefined): number => (v === undefined ? 0 : Number(v) / 20);
const JC: Record<string, string> = { left: 'left', start: 'left', center: 'center', right: 'right', both: 'justify' };

/** The .docx as laid out: its paragraphs and tables matched to the model's elements. */
async function docxLook(model: DocModel): Promise<Look> {
  const zip = await JSZip.loadAsync(await renderDocx(model, GOOGLE_DOCS_STYLE));
  const body = child(xmlTree(await zip.file('word/document.xml')!.async('string')), 'w:body')!;
  const sect = child(body, 'w:sectPr');
  const size = child(sect, 'w:pgSz');
  const mar = child(sect, 'w:pgMar');
  const look: Look = {
    page: {
      width: twipsPt(W(size, 'w')),
      height: twipsPt(W(size, 'h')),
      top: twipsPt(W(mar, 'top')),
      right: twipsPt(W(mar, 'right')),
      bottom: twipsPt(W(mar, 'bottom')),
      left: twipsPt(W(mar, 'left')),
    },
    paragraphs: [],
    tables: [],
  };
  const nodes = body.children.filter((n) => n.name === 'w:p' || n.name === 'w:tbl');
  let j = 0;
  for (const el of flattenModel(model)) {
    if (el.t === 'table') {
      const tbl = nodes[j];
      expect(tbl.name).toBe('w:tbl');
      look.tables.push({
        key: el.key,
        columns: children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number(W(g, 'w')) * 5),
        spans: children(tbl, 'w:tr').map((tr) =>
          children(tr, 'w:tc').map((tc) => Number(W(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'val') ?? 1)),
        ),
      });
      j += 2; // the table and the empty paragraph the .docx puts after every table
      continue;
    }
    if (el.block === null) continue; // Google Docs' own paragraph between two tables: the .docx one above
    const p = nodes[j++];
    expect(p.name).toBe('w:p');
    const pPr = child(p, 'w:pPr');
    const spacing = child(pPr, 'w:spacing');
    const ind = child(pPr, 'w:ind');
    look.paragraphs.push({
      key: el.key,
      before: twipsPt(W(spacing, 'before')),
      after: twipsPt(W(spacing, 'after')),
      firstLine: twipsPt(W(ind, 'firstLine')),
      start: twipsPt(W(ind, 'left') ?? W(ind, 'start')),
      align: JC[W(child(pPr, 'w:jc'), 'val') ?? 'left'],
      keep: !!child(pPr, 'w:keepNext') && W(child(pPr, 'w:keepNext'), 'val') !== 'false',
    });
  }
  return look;
}

/** The Google Doc as laid out (the emulator's raw elements: reading them costs no counted call). */
function gdocLook(model: DocModel, docId: string): Look {
  const body = fakes.doc(docId).body;
  const a = body.getAttributes();
  const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
  const look: Look = {
    page: {
      width: num(a.PAGE_WIDTH),
      height: num(a.PAGE_HEIGHT),
      top: num(a.MARGIN_TOP),
      right: num(a.MARGIN_RIGHT),
      bottom: num(a.MARGIN_BOTTOM),
      left: num(a.MARGIN_LEFT),
    },
    paragraphs: [],
    tables: [],
  };
  flattenModel(model).forEach((el, i) => {
    const node: FakeElement = body.children[i];
    if (el.t === 'table') {
      const t = node as FakeTable;
      look.tables.push({
        key: el.key,
        columns: el.block.widths.map((_w, c) => Math.round((t.getColumnWidth(c) ?? 0) * 100)),
        spans: t.rows.map((r) => r.cells.map((cell) => cell.getColSpan())),
      });
      return;
    }
    if (el.block === null) return;
    const p = (node as FakeParagraph).getAttributes();
    look.paragraphs.push({
      key: el.key,
      before: num(p.SPACING_BEFORE),
      after: num(p.SPACING_AFTER),
      firstLine: num(p.INDENT_FIRST_LINE),
      start: num(p.INDENT_START),
      align: String(p.HORIZONTAL_ALIGNMENT ?? 'LEFT').toLowerCase(),
    });
  });
  return look;
}

/**
 * Where the two differ by more than one twip (the .docx unit; the Google Doc keeps hundredths of a
 * point): "key.field docx x, gdocs y".
 */
function differences(docx: Look, gdocs: Look): string[] {
  const out: string[] = [];
  const far = (x: number, y: number) => Math.abs(x - y) > 0.05 + 1e-9;
  for (const k of Object.keys(docx.page) as (keyof Look['page'])[])
    if (far(docx.page[k], gdocs.page[k])) out.push(`page.${k} docx ${docx.page[k]}, gdocs ${gdocs.page[k]}`);
  expect(gdocs.paragraphs.map((p) => p.key)).toEqual(docx.paragraphs.map((p) => p.key));
  docx.paragraphs.forEach((d, i) => {
    const g = gdocs.paragraphs[i];
    for (const k of ['before', 'after', 'firstLine', 'start'] as const)
      if (far(d[k], g[k])) out.push(`${d.key}.${k} docx ${d[k]}, gdocs ${g[k]}`);
    if (d.align !== g.align) out.push(`${d.key}.align docx ${d.align}, gdocs ${g.align}`);
  });
  expect(gdocs.tables.map((t) => t.key)).toEqual(docx.tables.map((t) => t.key));
  docx.tables.forEach((d, i) => {
    const g = gdocs.tables[i];
    // widths: exactly the same hundredths of a point
    if (d.columns.join() !== g.columns.join())
      out.push(`${d.key}.columns docx ${d.columns.join(' ')}, gdocs ${g.columns.join(' ')}`);
    d.spans.forEach((row, r) => {
      if (row.join() !== g.spans[r]?.join())
        out.push(`${d.key}.row${r} spans docx ${row.join(' ')}, gdocs ${g.spans[r]?.join(' ')}`);
    });
  });
  return out;
}

describe('the .docx and the Google Doc of one model agree on page, spacing, indents, widths and merges', () => {
  test.each(ALL_DOC_KINDS.map((k) => [k]))('%s', async (kind) => {
    const input = docInput();
    const r = generateKind(kind, changeableSource(input));
    expect(r.ok).toBe(true);
    const model = docKindSpec(kind)!.build(input);
    const docx = await docxLook(model);
    const gdocs = gdocLook(model, docIdOf(r));
    expect(docx.paragraphs.length).toBeGreaterThan(5);
    expect(differences(docx, gdocs)).toEqual([]);
    // keep-with-next, which Google Docs cannot set, is the layout's in the .docx
    const layout = layoutModel(model, GOOGLE_DOCS_STYLE);
    expect(docx.paragraphs.map((p) => [p.key, p.keep])).toEqual(
      docx.paragraphs.map((p) => [p.key, layout.paragraphs.get(p.key)?.keepWithNext]),
    );
  });

  test('after an update in place (rows inserted, paragraphs rewritten) the Google Doc still agrees', async () => {
    const src = changeableSource(docInput());
    const first = generateKind('analysis-report', src);
    src.input = docInput({ measures: [...MEASURES, ...manyMeasures(MEASURES.length + 2, 2).slice(MEASURES.length)] });
    fakes.calls.reset();
    const r = generateKind('analysis-report', src);
    expect(r.action).toBe('updated');
    expect(fakes.calls.by('Table.insertTableRow')).toBeGreaterThan(0);
    expect(fakes.calls.by('Paragraph.setAttributes')).toBeGreaterThan(0);
    expect(docIdOf(r)).toBe(docIdOf(first));
    const model = docKindSpec('analysis-report')!.build(src.input);
    expect(differences(await docxLook(model), gdocLook(model, docIdOf(r)))).toEqual([]);
  });

  test('a model with every block type, a zero column width and merged header cells', async () => {
    const model: DocModel = {
      kind: 'analysis-report',
      title: 'ทดสอบ',
      page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 25, right: 20, bottom: 20, left: 30 } },
      warnings: [],
      blocks: [
        { type: 'heading', key: 'h1', level: 1, text: 'เรื่อง', align: 'center' },
        { type: 'heading', key: 'h2', level: 2, text: 'ส่วนที่ ๑' },
        { type: 'paragraph', key: 'p1', text: 'ย่อหน้า', firstLineIndent: true, align: 'justify' },
        { type: 'paragraph', key: 'p2', text: 'ป้าย', keepWithNext: true, spacing: { before: 'large', after: 'none' } },
        {
          type: 'table',
          key: 't1',
          header: [
            ['ที่', 'ผล', '', 'หมายเหตุ'],
            ['', 'ก', 'ข', ''],
          ],
          headerMerges: [
            { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
            { row: 0, col: 1, rowSpan: 1, colSpan: 2 },
            { row: 0, col: 3, rowSpan: 2, colSpan: 1 },
          ],
          rows: [
            { key: 'a', cells: ['๑', 'x', 'y', 'z'] },
            { key: 'none', cells: ['ไม่มีรายการ', '', '', ''], mergeAll: true },
          ],
          widths: [10, 0, 30, 40],
          columnAlign: ['center', 'left', 'right', 'left'],
          repeatHeader: true,
        },
        {
          type: 'table',
          key: 't2',
          header: [['ก', 'ข']],
          rows: [{ key: 'b', cells: ['1', '2'] }],
          widths: [1, 3],
          repeatHeader: false,
        },
        { type: 'pageBreak', key: 'br' },
        { type: 'paragraph', key: 'p3', text: 'ลงนาม' },
        { type: 'signature', key: 'sig', name: 'นายทดสอบ', position: 'นายก', signLine: true },
      ],
    };
    const doc = DocumentApp.create('ทดสอบ');
    writeNew(doc.getBody(), flattenModel(model), layoutModel(model, GOOGLE_DOCS_STYLE));
    const docx = await docxLook(model);
    const gdocs = gdocLook(model, doc.getId());
    expect(differences(docx, gdocs)).toEqual([]);
    // the zero width is the mean of the other three; the four fill the text width of a landscape A4
    // less the margins (247 mm, 700.16 pt) to within a twip each
    const [a, zero, b, c] = gdocs.tables[0].columns;
    expect(Math.abs(zero - (a + b + c) / 3)).toBeLessThanOrEqual(5);
    expect(70016 - (a + zero + b + c)).toBeGreaterThanOrEqual(0);
    expect(70016 - (a + zero + b + c)).toBeLessThanOrEqual(4 * 5);
    // merges: the header's second row has its own cells (horizontal spans as Google Docs makes them),
    // the placeholder row is one cell across
    expect(gdocs.tables[0].spans).toEqual([[1, 2, 1], [1, 1, 1, 1], [1, 1, 1, 1], [4]]);
  });
});

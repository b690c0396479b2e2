// Issue 9: the one layout step of the document model (core/document/layout.ts), the rules both
// renderers now read: page box, column widths (zero widths included), merged cells, and per block
// type the spacing, indents, alignment and keep-with-next.
import {
  ALL_DOC_KINDS,
  DOCX_STYLE,
  GOOGLE_DOCS_STYLE,
  a4,
  docKindSpec,
  type Block,
  type DocModel,
  type TableBlock,
} from '../../src/core/document';
import {
  bodySpans,
  cellAlign,
  columnWidthsPt,
  headerRowSpans,
  headerSpans,
  layoutModel,
  liveIndexes,
  pageBox,
  paragraphAt,
} from '../../src/core/document/layout';
import { flattenModel } from '../../src/core/document/snapshot';
import { docInput } from './document-fixture';

const PORTRAIT_TEXT_PT = (160 * 72) / 25.4; // 210 mm less 30 + 20 mm
const model = (blocks: Block[], orientation: 'portrait' | 'landscape' = 'portrait'): DocModel => ({
  kind: 'measures-plan',
  title: 't',
  page: a4(orientation),
  blocks,
  warnings: [],
});

describe('page box', () => {
  test('A4 with the Thai official margins, in mm and pt; landscape swaps the paper', () => {
    const p = pageBox(a4('portrait'));
    expect(p.mm).toEqual({ width: 210, height: 297, top: 25, right: 20, bottom: 20, left: 30, textWidth: 160 });
    expect(p.pt.width).toBeCloseTo(595.28, 2);
    expect(p.pt.textWidth).toBeCloseTo(PORTRAIT_TEXT_PT, 9);
    const l = pageBox(a4('landscape'));
    expect(l.landscape).toBe(true);
    expect([l.mm.width, l.mm.height, l.mm.textWidth]).toEqual([297, 210, 247]);
  });
});

describe('column widths: one rule for both renderers', () => {
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  test('relative widths scaled to the text width, each rounded down to a twip (1/20 pt)', () => {
    const cols = columnWidthsPt([30, 62, 22, 20, 26], PORTRAIT_TEXT_PT);
    expect(cols.map((c) => Math.round(c * 20) / 20)).toEqual(cols);
    expect(cols[0]).toBe(Math.floor(((PORTRAIT_TEXT_PT * 30) / 160) * 20) / 20);
    expect(sum(cols)).toBeLessThanOrEqual(PORTRAIT_TEXT_PT);
    expect(PORTRAIT_TEXT_PT - sum(cols)).toBeLessThan(5 * 0.05);
  });

  // Before: Google Docs made a 0 pt column of a 0 width; the .docx gave it sum/n but still divided by
  // the sum of the positive widths, so the table ran past the right margin (here by a third).
  test('a zero, negative or non-number width is the mean of the positive ones; the table still fits', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const cols = columnWidthsPt([10, bad, 30, 40], 400);
      const mean = (10 + 30 + 40) / 3;
      expect(cols[1]).toBe(Math.floor(((400 * mean) / (80 + mean)) * 20) / 20);
      expect(sum(cols)).toBeLessThanOrEqual(400);
      expect(sum(cols)).toBeGreaterThan(400 - 4 * 0.05);
    }
    expect(columnWidthsPt([0, 0], 100)).toEqual([50, 50]);
    expect(columnWidthsPt([2, 0], 90)).toEqual([45, 45]);
  });
});

describe('merged cells: one set of spans', () => {
  const table = (over: Partial<TableBlock>): TableBlock => ({
    type: 'table',
    key: 't',
    header: [
      ['a', 'b', '', 'c', 'd'],
      ['', 'e', 'f', '', ''],
    ],
    rows: [
      { key: 'r', cells: ['1', '2', '3', '4', '5'] },
      { key: 'none', cells: ['ไม่มี', '', '', '', ''], mergeAll: true },
    ],
    widths: [1, 1, 1, 1, 1],
    repeatHeader: true,
    ...over,
  });
  // the analysis report's implementation table
  const merges = [
    { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 1, rowSpan: 1, colSpan: 2 },
    { row: 0, col: 3, rowSpan: 2, colSpan: 1 },
    { row: 0, col: 4, rowSpan: 2, colSpan: 1 },
  ];

  test('horizontal spans per header row, row spans for vertical merges, placeholder rows one cell', () => {
    const t = table({ headerMerges: merges });
    expect([headerSpans(t, 0), headerSpans(t, 1)]).toEqual([
      [1, 2, 0, 1, 1],
      [1, 1, 1, 1, 1],
    ]);
    expect([headerRowSpans(t, 0), headerRowSpans(t, 1)]).toEqual([
      [2, 1, 1, 2, 2],
      [0, 1, 1, 0, 0],
    ]);
    expect([bodySpans(t, 0), bodySpans(t, 1)]).toEqual([
      [1, 1, 1, 1, 1],
      [5, 0, 0, 0, 0],
    ]);
    expect(liveIndexes([1, 2, 0, 1, 1])).toEqual([0, 1, -1, 2, 3]);
  });

  test('a block merged across and down: every covered cell is 0 in one of the two', () => {
    const t = table({ headerMerges: [{ row: 0, col: 1, rowSpan: 2, colSpan: 2 }] });
    expect([headerSpans(t, 0), headerSpans(t, 1)]).toEqual([
      [1, 2, 0, 1, 1],
      [1, 2, 0, 1, 1],
    ]);
    expect([headerRowSpans(t, 0), headerRowSpans(t, 1)]).toEqual([
      [1, 2, 2, 1, 1],
      [1, 0, 0, 1, 1],
    ]);
    // the .docx writes a cell where both are > 0: row 0 four cells, row 1 three
    const written = (r: number) => headerSpans(t, r).filter((x, c) => x > 0 && headerRowSpans(t, r)[c] > 0).length;
    expect([written(0), written(1)]).toEqual([4, 3]);
  });

  test('body cells: a placeholder row is centred, justify reads as left', () => {
    const t = table({ columnAlign: ['center', 'justify', 'right', 'left', 'left'] });
    expect([0, 1, 2, 3].map((c) => cellAlign(t, 0, c))).toEqual(['center', 'left', 'right', 'left']);
    expect(cellAlign(t, 1, 1)).toBe('center');
  });
});

describe('spacing, indents and keep-with-next per block type', () => {
  const blocks: Block[] = [
    { type: 'heading', key: 'h1', level: 1, text: 'เรื่อง', align: 'center' },
    { type: 'heading', key: 'h2', level: 2, text: 'ส่วน' },
    { type: 'paragraph', key: 'p', text: 'ก', firstLineIndent: true, align: 'justify' },
    { type: 'paragraph', key: 'label', text: 'ข', keepWithNext: true, spacing: { before: 'large', after: 'none' } },
    { type: 'paragraph', key: 'bold', text: 'ค', bold: true },
    { type: 'pageBreak', key: 'br' },
    { type: 'paragraph', key: 'signs', text: 'ง' },
    { type: 'signature', key: 'sig', name: 'นาย ก', position: 'นายก', signLine: true },
  ];
  const L = layoutModel(model(blocks), DOCX_STYLE);
  const at = (key: string) => paragraphAt(L, key);

  test('headings: level 1 nothing before, the others the large space; the small space after; kept with next', () => {
    expect(at('h1')).toEqual({
      align: 'center',
      sizePt: 18,
      bold: true,
      beforePt: 0,
      afterPt: 4,
      firstLinePt: 0,
      startPt: 0,
      keepWithNext: true,
    });
    expect(at('h2')).toMatchObject({ align: 'left', sizePt: 17, beforePt: 12, afterPt: 4, keepWithNext: true });
  });

  test('paragraphs: the small space after unless they say otherwise; the Thai first-line indent', () => {
    expect(at('p')).toMatchObject({ align: 'justify', beforePt: 0, afterPt: 4, keepWithNext: false, bold: false });
    expect(at('p').firstLinePt).toBeCloseTo((25 * 72) / 25.4, 9);
    expect(at('label')).toMatchObject({ beforePt: 12, afterPt: 0, firstLinePt: 0, keepWithNext: true });
    expect(at('bold')).toMatchObject({ bold: true, sizePt: 16 });
  });

  test('a page break is a plain paragraph; the paragraph before a signature keeps with it', () => {
    expect(at('br')).toMatchObject({ beforePt: 0, afterPt: 0, firstLinePt: 0, startPt: 0, keepWithNext: false });
    expect(at('signs').keepWithNext).toBe(true);
  });

  test('signature: three lines centred in the right half, twice the large space before, kept together', () => {
    const lines = ['sig#0', 'sig#1', 'sig#2'].map(at);
    expect(lines.map((l) => [l.align, l.beforePt, l.afterPt, l.keepWithNext])).toEqual([
      ['center', 24, 0, true],
      ['center', 0, 0, true],
      ['center', 0, 0, false],
    ]);
    for (const l of lines) expect(l.startPt).toBeCloseTo(PORTRAIT_TEXT_PT / 2, 9);
    const sig = L.blocks[7];
    expect(sig.type === 'signature' && sig.lines.map((l) => [l.signLine, l.text.startsWith('(ลงชื่อ)')])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
  });

  test('the Google Docs sizes give the same decisions in its own points', () => {
    const G = layoutModel(model(blocks, 'landscape'), GOOGLE_DOCS_STYLE);
    expect(paragraphAt(G, 'h2')).toMatchObject({ sizePt: 15, beforePt: 10, afterPt: 3 });
    expect(paragraphAt(G, 'p').afterPt).toBe(3);
    expect(paragraphAt(G, 'sig#0').beforePt).toBe(20);
    expect(paragraphAt(G, 'sig#0').startPt).toBeCloseTo((247 * 72) / 25.4 / 2, 9);
  });

  test('every paragraph element a renderer writes has its layout under its element key', () => {
    for (const kind of ALL_DOC_KINDS) {
      const m = docKindSpec(kind)!.build(docInput());
      const layout = layoutModel(m, GOOGLE_DOCS_STYLE);
      for (const el of flattenModel(m)) {
        if (el.t === 'table') expect(layout.tables.get(el.key)?.columnsPt).toHaveLength(el.columns);
        else if (el.block) expect(layout.paragraphs.has(el.key)).toBe(true);
      }
    }
  });
});

// Body-cell alignment of a new doc through ONE Body.getParagraphs() mapped by position from the model;
// when the doc does not look as the model says, alignment is left out and generation still succeeds;
// regeneration aligns only the cells of inserted rows.
import type { Fakes } from '../../emulator';
import { installFakesEach } from '../support/fakes';
import { ContainerSection, type FakeTable, type FakeTableCell } from '../../emulator/document/elements';
import { generateKind } from '../../src/gas/documents/generate';
import type { GenerateResult } from '../../src/shared/rpc';
import { buildAnalysisReport, buildMeasuresPlan, type DocModel } from '../../src/core/document';
import { flattenModel, type DocElement, type TableElement } from '../../src/core/document/snapshot';
import { alignLayout, alignedCells, bodyAlign } from '../../src/core/document/docs-align';
import { docInput } from '../core/document-fixture';
import { changeableSource } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));
afterEach(() => jest.restoreAllMocks());

const docOf = (r: GenerateResult) => fakes.doc(/\/d\/([^/]+)/.exec(r.url)![1]);
const tablesOf = (els: DocElement[]) => els.filter((e): e is TableElement => e.t === 'table');
const cellAlign = (c: FakeTableCell) => c.getChild(0).getAttributes().HORIZONTAL_ALIGNMENT;

/** [expected, actual] alignment of every body cell of every table (expected from the model). */
function alignments(r: GenerateResult, model: DocModel): { expected: unknown[]; actual: unknown[] } {
  const tables: FakeTable[] = docOf(r).body.getTables();
  const els = tablesOf(flattenModel(model));
  expect(tables).toHaveLength(els.length);
  const expected: unknown[] = [];
  const actual: unknown[] = [];
  els.forEach((el, k) => {
    const nh = el.headerRows.length;
    el.rows.forEach((row, i) => {
      const aligned = new Set(alignedCells(el, i));
      if (row.cells.length !== tables[k].rows[nh + i].cells.length) return; // merged row: never aligned
      row.cells.forEach((_c, c) => {
        expected.push(aligned.has(c) ? bodyAlign(el.block, c)!.toUpperCase() : undefined);
        actual.push(cellAlign(tables[k].rows[nh + i].cells[c]));
      });
    });
    tables[k].rows.slice(0, nh).forEach((row) => row.cells.forEach((c) => expect(cellAlign(c)).toBeUndefined()));
  });
  return { expected, actual };
}

/** Cells merged away (covered columns of header merges and placeholder rows). */
function mergedAway(els: DocElement[]): number {
  return tablesOf(els).reduce(
    (s, e) =>
      s +
      e.rows.filter((_r, i) => e.block.rows[i]?.mergeAll).length * (e.columns - 1) +
      e.headerRows.reduce(
        (k, _h, r) =>
          k +
          (e.block.headerMerges ?? [])
            .filter((m) => m.colSpan > 1 && r >= m.row && r < m.row + m.rowSpan)
            .reduce((x, m) => x + m.colSpan - 1, 0),
        0,
      ),
    0,
  );
}

describe('a new doc: aligned through Body.getParagraphs()', () => {
  test.each([
    ['measures-plan', buildMeasuresPlan],
    ['analysis-report', buildAnalysisReport],
  ] as const)('%s: exactly the short centre/right body cells are aligned, nothing else', (kind, build) => {
    const src = changeableSource(docInput());
    const r = generateKind(kind, src);
    const { expected, actual } = alignments(r, build(src.input));
    expect(actual).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(5);
  });

  test('the theme tables of the analysis report are left unaligned (call budget)', () => {
    const model = buildAnalysisReport(docInput());
    const themes = tablesOf(flattenModel(model)).filter((t) => t.block.key.startsWith('theme.'));
    expect(themes.length).toBeGreaterThan(0);
    for (const t of themes) {
      expect(t.block.columnAlign).toContain('center'); // the model asks, the renderer declines
      expect(t.rows.flatMap((_r, i) => alignedCells(t, i))).toEqual([]);
    }
  });

  test('positions: the layout counts merged cells once and, when split, one paragraph per line', () => {
    const model = buildMeasuresPlan(docInput());
    const els = flattenModel(model);
    const one = alignLayout(els, false);
    const before = alignLayout(els, true);
    const t = tablesOf(els)[0];
    expect(t.rows[0].cells[1]).not.toMatch(/\n/);
    t.rows[0].cells[1] = 'บรรทัดหนึ่ง\nบรรทัดสอง\nบรรทัดสาม'; // a left column: only the count moves
    const split = alignLayout(els, true);
    expect(alignLayout(els, false).total).toBe(one.total);
    expect(split.total).toBe(before.total + 2);
    expect(one.total).toBe(
      els.filter((e) => e.t === 'p').length +
        tablesOf(els).reduce((s, e) => s + e.headerRows.length * e.columns + e.rows.length * e.columns, 0) +
        (els[els.length - 1].t === 'table' ? 1 : 0) -
        mergedAway(els),
    );
    // cells after the three-line cell move by two
    expect(split.tables[0].cells.slice(2).map((c) => c.at)).toEqual(one.tables[0].cells.slice(2).map((c) => c.at + 2));
    expect(split.tables[0].first).toEqual(one.tables[0].first);
  });

  test('a doc that does not match the model (texts out of place): no alignment, the doc is still written', () => {
    const real = ContainerSection.prototype.getParagraphs;
    jest.spyOn(ContainerSection.prototype, 'getParagraphs').mockImplementation(function (this: ContainerSection) {
      return real.call(this).reverse();
    });
    const src = changeableSource(docInput());
    const r = generateKind('measures-plan', src);
    expect(r.action).toBe('created');
    expect(alignments(r, buildMeasuresPlan(src.input)).actual.filter(Boolean)).toEqual([]);
  });

  test('a doc with a paragraph count the model does not explain: no alignment, no failure', () => {
    const real = ContainerSection.prototype.getParagraphs;
    jest.spyOn(ContainerSection.prototype, 'getParagraphs').mockImplementation(function (this: ContainerSection) {
      return real.call(this).slice(1);
    });
    const src = changeableSource(docInput());
    const r = generateKind('analysis-report', src);
    expect(r.action).toBe('created');
    expect(alignments(r, buildAnalysisReport(src.input)).actual.filter(Boolean)).toEqual([]);
  });
});

describe('regeneration', () => {
  test('an inserted row of an aligned table is aligned; unchanged cells are not touched', () => {
    const src = changeableSource(docInput());
    const r0 = generateKind('measures-plan', src);
    const a = src.input.analysis;
    const extra = { ...a.weakQuestions[0], code: 'i99', part: null, text: 'ข้อคำถามเพิ่ม' };
    src.input = { ...src.input, analysis: { ...a, weakQuestions: [...a.weakQuestions, extra] } };
    fakes.calls.reset();
    expect(generateKind('measures-plan', src).action).toBe('updated');
    expect(fakes.calls.by('Table.insertTableRow')).toBe(1);
    expect(fakes.calls.by('Body.getParagraphs')).toBe(0);
    const model = buildMeasuresPlan(src.input);
    const els = tablesOf(flattenModel(model));
    const k = els.findIndex((t) => t.rows.some((row) => row.key === 'q.i99'));
    const i = els[k].rows.findIndex((row) => row.key === 'q.i99');
    const inserted = alignedCells(els[k], i);
    expect(inserted.length).toBeGreaterThan(0);
    expect(fakes.calls.by('TableCell.getChild')).toBe(inserted.length); // only the inserted row's cells
    const { expected, actual } = alignments(r0, model);
    expect(actual).toEqual(expected);
  });
});

import { analyze } from '../../src/core/analysis';
import { buildMeasuresPlan, buildResultsReport, buildAnalysisReport, type DocModel } from '../../src/core/document';
import {
  decodeSnapshot,
  encodeSnapshot,
  flattenModel,
  snapshotOfModel,
  textHash,
  HASH_LENGTH,
  type DocElement,
  type TableElement,
} from '../../src/core/document/snapshot';
import { bodySpans, headerSpans } from '../../src/core/document/layout';
import {
  liveReaderOf,
  textEdit,
  lcsPairs,
  planUpdate,
  structureDifference,
  type DocOp,
  type LiveDoc,
} from '../../src/core/document/diff';
import type { MeasureRow } from '../../src/core/types';
import { docInput, MEASURES } from './document-fixture';

/** Only the live cells of a row (a merged cell leaves its row, as TableCell.merge() does). */
const liveCells = (cells: string[], spans: number[]) => cells.filter((_c, i) => spans[i] > 0);

/** A table element's rows as the renderer writes them (merged header cells and placeholder rows). */
const liveRowsOf = (e: TableElement) => [
  ...e.headerRows.map((r, i) => liveCells(r, headerSpans(e.block, i))),
  ...e.rows.map((r, i) => liveCells(r.cells, bodySpans(e.block, i))),
];

/** The live doc exactly as the renderer writes the model. */
function liveOf(model: DocModel): LiveDoc {
  return {
    elements: flattenModel(model).map((e: DocElement) =>
      e.t === 'p' ? { t: 'p' as const, text: e.text } : { t: 'table' as const, rows: liveRowsOf(e) },
    ),
  };
}

/** Applies ops to a plain live doc the way the adapter does (same index rules). */
function apply(live: LiveDoc, ops: DocOp[]): LiveDoc {
  const els = live.elements.map((e) =>
    e.t === 'table' ? { t: 'table' as const, rows: e.rows.map((r) => [...r]) } : { ...e },
  );
  for (const op of ops) {
    switch (op.op) {
      case 'setParagraph':
        els[op.index] = { t: 'p', text: op.element.text };
        break;
      case 'removeElement':
        els.splice(op.index, 1);
        break;
      case 'insertParagraph':
        els.splice(op.at, 0, { t: 'p', text: op.element.text });
        break;
      case 'insertTable':
        els.splice(op.at, 0, { t: 'table', rows: liveRowsOf(op.element) });
        break;
      case 'setCell': {
        const t = els[op.index];
        if (t.t === 'table') t.rows[op.row][op.cell] = op.text;
        break;
      }
      case 'removeRow': {
        const t = els[op.index];
        if (t.t === 'table') t.rows.splice(op.row, 1);
        break;
      }
      case 'insertRow': {
        const t = els[op.index];
        if (t.t === 'table') t.rows.splice(op.at, 0, liveCells(op.cells, op.spans));
        break;
      }
    }
  }
  return { elements: els };
}

function measures(n: number): MeasureRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...MEASURES[i % MEASURES.length],
    id: `M${String(i + 1).padStart(3, '0')}`,
    measure: `มาตรการที่ ${i + 1}`,
  }));
}

const plan = (ms: MeasureRow[]) => buildMeasuresPlan(docInput({ measures: ms }));
const measuresTableIndex = (m: DocModel) => flattenModel(m).findIndex((e) => e.key === 'table.measures');

describe('snapshot', () => {
  test('hash is fixed-length, stable and ignores CR/trailing newline differences', () => {
    expect(textHash('abc')).toHaveLength(HASH_LENGTH);
    expect(textHash('ก\nข')).toBe(textHash('ก\rข\n'));
    expect(textHash('ก')).not.toBe(textHash('ข'));
  });

  test('encode/decode round-trips every document kind', () => {
    for (const m of [plan(measures(7)), buildResultsReport(docInput()), buildAnalysisReport(docInput())]) {
      const s = snapshotOfModel(m);
      expect(decodeSnapshot(encodeSnapshot(s))).toEqual(s);
    }
  });

  test('a 200-measure plan fits in one spreadsheet cell', () => {
    const text = encodeSnapshot(snapshotOfModel(plan(measures(200))));
    expect(text.length).toBeLessThan(50000);
    expect(text.length).toBeGreaterThan(9000); // why it is not a document property
  });

  test('garbage is not a snapshot', () => {
    expect(decodeSnapshot('')).toBeNull();
    expect(decodeSnapshot('{"a":1}')).toBeNull();
    expect(decodeSnapshot('1\nt\tx\t2\nr\tk\tabc')).toBeNull();
  });
});

describe('lcsPairs', () => {
  test('finds the common order', () => {
    expect(lcsPairs(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
    expect(lcsPairs([], ['a'])).toEqual([]);
  });
});

describe('textEdit', () => {
  test('renumbering touches only the number', () => {
    expect(textEdit('3. มาตรการ ก', '4. มาตรการ ก')).toEqual({ start: 0, remove: 1, insert: '4' });
    expect(textEdit('๙. มาตรการ', '๑๐. มาตรการ')).toEqual({ start: 0, remove: 1, insert: '๑๐' });
    expect(textEdit('10. มาตรการ', '9. มาตรการ')).toEqual({ start: 0, remove: 2, insert: '9' });
  });
  test('insertions, deletions and changes in the middle; the result applied gives the new text', () => {
    const cases: [string, string][] = [
      ['รายงานทุกไตรมาส', 'รายงานทุกเดือน'],
      ['ต.ค. 67', 'ต.ค. 67 – ก.ย. 68'],
      ['ก.ย. 68 (แก้ไข)', 'ก.ย. 68'],
      ['a😀b', 'a😃b'],
      ['aa', 'aaa'],
    ];
    for (const [from, to] of cases) {
      const e = textEdit(from, to)!;
      expect(e).not.toBeNull();
      expect(from.slice(0, e.start) + e.insert + from.slice(e.start + e.remove)).toBe(to);
    }
    const emoji = textEdit('a😀b', 'a😃b')!;
    expect(emoji.start).toBe(1); // never splits a surrogate pair
    expect(emoji.remove).toBe(2);
  });
  test('nothing shared, empty, same or several lines → null (rewrite the whole cell)', () => {
    expect(textEdit('กขค', 'งจฉ')).toBeNull();
    expect(textEdit('', 'ก')).toBeNull();
    expect(textEdit('ก', 'ก')).toBeNull();
    expect(textEdit('ก\nข', 'ก\nค')).toBeNull();
    expect(textEdit('ก', 'ก\nข')).toBeNull();
  });
});

describe('planUpdate', () => {
  const base = plan(measures(10));
  const snap = snapshotOfModel(base);

  test('no change: no edits at all', () => {
    const p = planUpdate(snap, liveOf(base), plan(measures(10)));
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.ops).toEqual([]);
  });

  test("one measure changed: only that row's changed cells", () => {
    const ms = measures(10);
    ms[4] = { ...ms[4], method: 'วิธีใหม่' };
    const next = plan(ms);
    const p = planUpdate(snap, liveOf(base), next);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.ops).toEqual([expect.objectContaining({ op: 'setCell', rowKey: 'M005', col: 1, text: 'วิธีใหม่', row: 5 })]);
    expect(apply(liveOf(base), p.ops)).toEqual(liveOf(next));
  });

  test('rows added and removed by key, at the right place', () => {
    const ms = measures(10);
    const extra = { ...ms[0], id: 'NEW', measure: 'มาตรการใหม่' };
    const nextMs = [ms[0], extra, ...ms.slice(1, 6), ...ms.slice(7)]; // M007 removed, NEW after M001
    const next = plan(nextMs);
    const p = planUpdate(snap, liveOf(base), next);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.stats.rowsInserted).toBe(1);
    expect(p.stats.rowsRemoved).toBe(1);
    // the numbering "1. …" in the first cell shifts for rows after the insert: those cells are rewritten
    expect(apply(liveOf(base), p.ops)).toEqual(liveOf(next));
    const ti = measuresTableIndex(base);
    expect(p.ops.find((o) => o.op === 'insertRow')).toMatchObject({ index: ti, at: 2, rowKey: 'NEW' });
    expect(p.ops.find((o) => o.op === 'removeRow')).toMatchObject({ index: ti, row: 7, rowKey: 'M007' });
  });

  test('from no measures (placeholder) to some and back', () => {
    const empty = plan([]);
    const some = plan(measures(3));
    const p1 = planUpdate(snapshotOfModel(empty), liveOf(empty), some);
    expect(p1.action).toBe('update');
    if (p1.action === 'update') expect(apply(liveOf(empty), p1.ops)).toEqual(liveOf(some));
    const p2 = planUpdate(snapshotOfModel(some), liveOf(some), empty);
    expect(p2.action).toBe('update');
    if (p2.action === 'update') expect(apply(liveOf(some), p2.ops)).toEqual(liveOf(empty));
  });

  test('blocks added and removed by key (the signature block dropped)', () => {
    const noSigner = { ...base, blocks: base.blocks.filter((b) => b.type !== 'signature') };
    const p = planUpdate(snap, liveOf(base), noSigner);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(p.stats.elementsRemoved).toBeGreaterThan(0);
    expect(apply(liveOf(base), p.ops)).toEqual(liveOf(noSigner));
    const back = planUpdate(snapshotOfModel(noSigner), liveOf(noSigner), base);
    expect(back.action).toBe('update');
    if (back.action === 'update') expect(apply(liveOf(noSigner), back.ops)).toEqual(liveOf(base));
  });

  test('a hand edit of a cell whose data did not change is kept, without even reading it', () => {
    const live = liveOf(base);
    const ti = measuresTableIndex(base);
    const t = live.elements[ti];
    if (t.t === 'table') t.rows[3][2] = 'แก้ไขด้วยมือ';
    const reader = liveReaderOf(live);
    const ms = measures(10);
    ms[6] = { ...ms[6], followUp: 'ทุกเดือน' };
    const p = planUpdate(snap, reader, plan(ms));
    expect(p.action).toBe('update');
    if (p.action === 'update')
      expect(p.ops).toEqual([expect.objectContaining({ op: 'setCell', rowKey: 'M007', col: 3 })]);
    expect(reader.reads).toEqual({ paragraphs: 0, rows: 1, cells: 1 });
  });

  test('a cell edited by hand to exactly the new text: nothing written, the edit counted as kept', () => {
    const live = liveOf(base);
    const t = live.elements[measuresTableIndex(base)];
    if (t.t === 'table') t.rows[2][1] = 'วิธีที่ผู้ตรวจเสนอ';
    const ms = measures(10);
    ms[1] = { ...ms[1], method: 'วิธีที่ผู้ตรวจเสนอ' };
    const p = planUpdate(snap, live, plan(ms));
    expect(p).toMatchObject({ action: 'update', ops: [], stats: { handEditsKept: 1 } });
  });

  test('a hand edit colliding with a data change is a conflict → new version', () => {
    const live = liveOf(base);
    const ti = measuresTableIndex(base);
    const t = live.elements[ti];
    if (t.t === 'table') t.rows[3][1] = 'แก้ไขด้วยมือ';
    const ms = measures(10);
    ms[2] = { ...ms[2], method: 'ข้อมูลใหม่' };
    const p = planUpdate(snap, live, plan(ms));
    expect(p).toMatchObject({
      action: 'newVersion',
      reasons: [{ code: 'conflict', key: 'table.measures', rowKey: 'M003', col: 1 }],
    });
  });

  test('removing a hand-edited row is a conflict', () => {
    const live = liveOf(base);
    const t = live.elements[measuresTableIndex(base)];
    if (t.t === 'table') t.rows[1][3] = 'ผู้ตรวจแก้';
    const p = planUpdate(snap, live, plan(measures(10).slice(1)));
    expect(p).toMatchObject({ action: 'newVersion', reasons: [{ code: 'edited-removed', rowKey: 'M001' }] });
  });

  test('structure changed by hand → new version', () => {
    const ti = measuresTableIndex(base);
    const addedRow = liveOf(base);
    const t = addedRow.elements[ti];
    if (t.t === 'table') t.rows.push(['', '', '', '', '']);
    expect(structureDifference(snap, addedRow)).toMatchObject({ what: 'rows', key: 'table.measures' });

    const addedColumn = liveOf(base);
    const t2 = addedColumn.elements[ti];
    if (t2.t === 'table') t2.rows.forEach((r) => r.push(''));
    expect(planUpdate(snap, addedColumn, base)).toMatchObject({ action: 'newVersion', reasons: [{ what: 'columns' }] });

    const addedPara = liveOf(base);
    addedPara.elements.splice(2, 0, { t: 'p', text: 'ย่อหน้าที่เพิ่มเอง' });
    expect(planUpdate(snap, addedPara, base).action).toBe('newVersion');

    const removed = liveOf(base);
    removed.elements.splice(1, 1);
    expect(planUpdate(snap, removed, base).action).toBe('newVersion');
  });

  test("reads lazily: one changed measure reads one row's changed cells, whatever the number of rows", () => {
    for (const n of [10, 200]) {
      const b = plan(measures(n));
      const ms = measures(n);
      ms[Math.floor(n / 2)] = { ...ms[Math.floor(n / 2)], period: 'ต.ค. 67', followUp: 'ทุกไตรมาส' };
      const reader = liveReaderOf(liveOf(b));
      const p = planUpdate(snapshotOfModel(b), reader, plan(ms));
      expect(p).toMatchObject({ action: 'update', stats: { cellsRewritten: 2 } });
      expect(reader.reads).toEqual({ paragraphs: 0, rows: 1, cells: 2 });
    }
  });

  test('measures appended at the end: nothing of the existing rows is read or rewritten', () => {
    const b = plan(measures(50));
    const reader = liveReaderOf(liveOf(b));
    const next = plan(measures(53));
    const p = planUpdate(snapshotOfModel(b), reader, next);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    // The rows, and the count in the sentence above the table ("จำนวน 50 มาตรการ" → 53).
    expect(p.ops.map((o) => (o.op === 'setParagraph' ? o.element.key : o.op))).toEqual([
      'insertRow',
      'insertRow',
      'insertRow',
      's3.intro',
    ]);
    expect(reader.reads).toEqual({ paragraphs: 1, rows: 0, cells: 0 });
    expect(apply(liveOf(b), p.ops)).toEqual(liveOf(next));
  });

  test("a row inserted in the middle renumbers only the following rows' first cells", () => {
    const ms = measures(10);
    const next = plan([...ms.slice(0, 7), { ...ms[0], id: 'NEW', measure: 'มาตรการใหม่' }, ...ms.slice(7)]);
    const reader = liveReaderOf(liveOf(base));
    const p = planUpdate(snap, reader, next);
    expect(p).toMatchObject({ action: 'update', stats: { rowsInserted: 1, cellsRewritten: 3 } });
    if (p.action !== 'update') return;
    expect(p.ops.filter((o) => o.op === 'setCell').map((o) => (o.op === 'setCell' ? [o.rowKey, o.col] : null))).toEqual(
      [
        ['M010', 0],
        ['M009', 0],
        ['M008', 0],
      ],
    );
    expect(reader.reads).toEqual({ paragraphs: 1, rows: 3, cells: 3 }); // and the measure count above the table
    expect(apply(liveOf(base), p.ops)).toEqual(liveOf(next));
  });

  test('a row read for an edit that lost or gained a cell by hand → structure, new version', () => {
    const live = liveOf(base);
    const t = live.elements[measuresTableIndex(base)];
    if (t.t === 'table') t.rows[5].push('ช่องเพิ่ม');
    const ms = measures(10);
    ms[4] = { ...ms[4], method: 'วิธีใหม่' };
    expect(planUpdate(snap, live, plan(ms))).toMatchObject({
      action: 'newVersion',
      reasons: [{ code: 'structure', what: 'columns', key: 'table.measures' }],
    });
    // the same hand-made cell in a row the new data does not touch: nothing read there, nothing written
    expect(planUpdate(snap, live, plan(measures(10)))).toMatchObject({ action: 'update', ops: [] });
  });

  test('a changed paragraph is read; unchanged paragraphs are not', () => {
    const reader = liveReaderOf(liveOf(base));
    const other = buildMeasuresPlan(
      docInput({ measures: measures(10), settings: { ...docInput().settings, agencyName: 'เทศบาลตำบลทดสอบ' } }),
    );
    const p = planUpdate(snap, reader, other);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    expect(reader.reads.paragraphs).toBe(p.stats.paragraphsRewritten);
    expect(reader.reads.paragraphs).toBeGreaterThan(0);
    expect(apply(liveOf(base), p.ops)).toEqual(liveOf(other));
  });

  test('trailing empty paragraphs are tolerated', () => {
    const live = liveOf(base);
    live.elements.push({ t: 'p', text: '' });
    expect(planUpdate(snap, live, base)).toMatchObject({ action: 'update', ops: [] });
  });

  test('no snapshot → new version', () => {
    expect(planUpdate(null, liveOf(base), base)).toMatchObject({
      action: 'newVersion',
      reasons: [{ code: 'no-snapshot' }],
    });
  });
});

describe('merged cells (header merges, placeholder rows)', () => {
  const plainLiveOf = (model: DocModel): LiveDoc => ({
    elements: flattenModel(model).map((e) =>
      e.t === 'p'
        ? { t: 'p' as const, text: e.text }
        : { t: 'table' as const, rows: [...e.headerRows, ...e.rows.map((r) => r.cells)] },
    ),
  });
  /** A snapshot of the same tables written without merges (every row plain). */
  const oldSnapshot = (model: DocModel) => {
    const s = snapshotOfModel(model);
    for (const e of s.elements)
      if (e.t === 'table') {
        e.headerSpans = e.headerSpans.map((row) => row.map(() => 1));
        for (const r of e.rows) r.spans = r.spans.map(() => 1);
      }
    return decodeSnapshot(encodeSnapshot(s))!;
  };

  test('spans survive the text form; merged rows have fewer live cells and still match', () => {
    // No measures and no scores to plan from: the one merged row.
    const none = analyze({
      current: { year: 2567, overall: null, instruments: {}, indicators: {}, questions: [] },
      history: [],
    });
    const m = buildAnalysisReport(docInput({ analysis: none, measures: [], questionScores: [] }));
    const s = snapshotOfModel(m);
    expect(decodeSnapshot(encodeSnapshot(s))).toEqual(s);
    const impl = s.elements.find((e) => e.key === 'table.implementation');
    expect(impl && impl.t === 'table' && impl.headerSpans).toEqual([
      [1, 2, 0, 1, 1],
      [1, 1, 1, 1, 1],
    ]);
    expect(impl && impl.t === 'table' && impl.rows[0].spans).toEqual([5, 0, 0, 0, 0]);
    expect(structureDifference(s, liveOf(m))).toBeNull();
    expect(structureDifference(s, plainLiveOf(m))).toMatchObject({
      code: 'structure',
      what: 'columns',
      key: 'table.implementation',
    });
    expect(decodeSnapshot(encodeSnapshot(s).replace('\t1.2.0.1.1', '\t1.2.1.1.1'))).toBeNull();
  });

  test('a doc written before merges (plain header) is updated in place and keeps its plain header', () => {
    const before = buildAnalysisReport(docInput({ measures: measures(3) }));
    const after = buildAnalysisReport(docInput({ measures: measures(4) }));
    const p = planUpdate(oldSnapshot(before), plainLiveOf(before), after);
    expect(p.action).toBe('update');
    if (p.action !== 'update') return;
    const impl = p.snapshot.elements.find((e) => e.key === 'table.implementation');
    expect(impl && impl.t === 'table' && impl.headerSpans).toEqual([
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
    ]);
    // the next run compares with what the doc really holds: plain header, nothing to do
    const live2 = apply(plainLiveOf(before), p.ops);
    const again = planUpdate(decodeSnapshot(encodeSnapshot(p.snapshot)), live2, after);
    expect(again).toMatchObject({ action: 'update', ops: [] });
  });
});

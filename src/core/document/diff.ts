// The regeneration planner (pure): given what the add-on wrote last time (the snapshot), the Google Doc
// as it is now (read LAZILY through a LiveReader) and the new model, decide between
//   - updating in place: a list of edits touching only changed paragraphs/cells, inserting and removing
//     table rows (and blocks) by key, leaving everything else alone (comments anchored there survive);
//   - a new version: when the doc's structure was changed by hand, when a hand edit collides with a data
//     change, or when there is no usable snapshot. The old doc is never touched then.
//
// Reading is what costs in Apps Script (one service call per paragraph, row and cell read), so the
// planner reads in two steps: (1) the SHAPE (body child types, per table its row count and the cell
// count of its first row), compared with the snapshot (any difference → new version); (2) only the
// texts of what the new model changes or removes. A paragraph or row whose new text equals what was
// written last time is never read: a hand edit there is kept anyway, because nothing is written there.
// So the calls grow with the number of changes, not with the number of rows.
//
// Three-way rule per paragraph/cell, with S = hash written last time, L = live text, N = new text:
//   hash N = S                          → leave it, without reading L (a hand edit, if any, is kept);
//   N changed, L untouched (hash L = S) → rewrite it;
//   N changed, L edited by hand         → L = N: leave it (the edit is kept); else a CONFLICT (→ new version).
// Removing a paragraph, table or row that was edited by hand is a conflict too (removed rows are read).
// A row that is read must still have the snapshot's number of cells (else: structure → new version).

import { bodySpans, headerSpans, liveCellCount, liveIndexes, sameSpans } from './layout';
import type { DocModel } from './model';
import {
  flattenModel,
  normaliseText,
  snapHeaderSpans,
  snapRowSpans,
  snapshotOf,
  textHash,
  type DocElement,
  type DocSnapshot,
  type ParagraphElement,
  type SnapshotElement,
  type SnapshotTable,
  type TableElement,
} from './snapshot';

/** A body child of the live doc as plain data (tests, and anything that read the whole doc). */
export type LiveElement =
  | { t: 'p'; text: string }
  | { t: 'table'; rows: string[][] }
  /** Anything else (list item, table of contents…): its type name as Apps Script gives it. */
  | { t: 'other'; type: string };

export interface LiveDoc {
  elements: LiveElement[];
}

/**
 * The shape of one body child: what a cheap structural read gives (its type; for a table, the number of
 * rows and the number of cells of its first row), without any text.
 */
export type LiveShape = { t: 'p' } | { t: 'table'; rows: number; columns: number } | { t: 'other'; type: string };

/**
 * The live doc read LAZILY. The planner first compares `shape` with the snapshot, then asks only for
 * the texts of what the new model changes or removes: untouched paragraphs and rows are never read
 * (a hand edit there is kept anyway, because nothing is written there). Implementations cache.
 */
export interface LiveReader {
  readonly shape: LiveShape[];
  paragraphText(index: number): string;
  /** Number of cells of one table row (checked for every row the plan reads). */
  rowCells(index: number, row: number): number;
  cellText(index: number, row: number, col: number): string;
}

/** What a reader was asked for (tests and the benchmark check that untouched rows are not read). */
export interface ReadCounts {
  paragraphs: number;
  rows: number;
  cells: number;
}

/** A reader over plain data, counting what it is asked for. */
export function liveReaderOf(doc: LiveDoc): LiveReader & { reads: ReadCounts } {
  const reads: ReadCounts = { paragraphs: 0, rows: 0, cells: 0 };
  const el = (i: number) => doc.elements[i];
  const rowsOf = (i: number): string[][] => {
    const e = el(i);
    if (e?.t !== 'table') throw new Error(`live element ${i} is not a table`);
    return e.rows;
  };
  return {
    reads,
    shape: doc.elements.map((e): LiveShape =>
      e.t === 'table'
        ? { t: 'table', rows: e.rows.length, columns: e.rows[0]?.length ?? 0 }
        : e.t === 'p'
          ? { t: 'p' }
          : { t: 'other', type: e.type },
    ),
    paragraphText(i) {
      reads.paragraphs++;
      const e = el(i);
      if (e?.t !== 'p') throw new Error(`live element ${i} is not a paragraph`);
      return e.text;
    },
    rowCells(i, r) {
      reads.rows++;
      return rowsOf(i)[r].length;
    },
    cellText(i, r, c) {
      reads.cells++;
      return rowsOf(i)[r][c] ?? '';
    },
  };
}

const isReader = (live: LiveDoc | LiveReader): live is LiveReader =>
  typeof (live as LiveReader).paragraphText === 'function';
const readerOf = (live: LiveDoc | LiveReader): LiveReader => (isReader(live) ? live : liveReaderOf(live));

/**
 * Edits in the order to apply them. Indices are positions in the live doc AS READ: the list is ordered
 * from the end of the document to its start (and from the last table row to the first), so applying
 * the edits in order never shifts an index not yet used. `at` = insert before the live child/row at
 * that position (= after everything before it).
 */
export type DocOp =
  /** `from` = the paragraph's live text as read (= what was written last time): lets the adapter edit only the part that changed (see textEdit). */
  | { op: 'setParagraph'; index: number; element: ParagraphElement; from: string }
  | { op: 'removeElement'; index: number; key: string }
  | { op: 'insertParagraph'; at: number; element: ParagraphElement }
  | { op: 'insertTable'; at: number; element: TableElement }
  /**
   * `col` = the model column, `cell` = the live cell index in that row (fewer when cells are merged).
   * `from` = the cell's live text as read (= what was written last time): lets the adapter edit only the part that changed (see textEdit).
   */
  | {
      op: 'setCell';
      index: number;
      row: number;
      col: number;
      cell: number;
      text: string;
      from: string;
      header: boolean;
      tableKey: string;
      rowKey: string;
      element: TableElement;
    }
  | { op: 'removeRow'; index: number; row: number; tableKey: string; rowKey: string }
  /** `spans`: the row's layout (see snapshot.ts, merged cells); `body` = index of the row in element.rows. */
  | {
      op: 'insertRow';
      index: number;
      at: number;
      cells: string[];
      spans: number[];
      body: number;
      tableKey: string;
      rowKey: string;
      element: TableElement;
    };

export type NewVersionReason =
  | { code: 'no-snapshot' }
  | { code: 'structure'; what: 'count' | 'type' | 'columns' | 'rows'; index: number; key: string }
  | { code: 'conflict'; key: string; rowKey?: string; col?: number }
  | { code: 'edited-removed'; key: string; rowKey?: string };

export interface PlanStats {
  paragraphsRewritten: number;
  cellsRewritten: number;
  rowsInserted: number;
  rowsRemoved: number;
  elementsInserted: number;
  elementsRemoved: number;
  /** Paragraphs/cells edited by hand whose data did not change: kept as edited. */
  handEditsKept: number;
}

export type UpdatePlan =
  /** `snapshot`: what the doc holds once the ops are applied (to store for the next run). */
  | { action: 'update'; ops: DocOp[]; stats: PlanStats; elements: DocElement[]; snapshot: DocSnapshot }
  | { action: 'newVersion'; reasons: NewVersionReason[]; elements: DocElement[] };

const emptyStats = (): PlanStats => ({
  paragraphsRewritten: 0,
  cellsRewritten: 0,
  rowsInserted: 0,
  rowsRemoved: 0,
  elementsInserted: 0,
  elementsRemoved: 0,
  handEditsKept: 0,
});

/**
 * Does the live doc still have the shape the snapshot describes? Returns the first difference. Reads
 * only the shape (types, row counts, cells of each table's first row) and the text of any body child
 * beyond the snapshot's end (Google Docs keeps an empty paragraph after a last table).
 */
export function structureDifference(prev: DocSnapshot, liveDoc: LiveDoc | LiveReader): NewVersionReason | null {
  const live = readerOf(liveDoc);
  const snap = prev.elements;
  const els = live.shape;
  if (els.length < snap.length)
    return { code: 'structure', what: 'count', index: els.length, key: snap[els.length]?.key ?? '' };
  for (let i = 0; i < snap.length; i++) {
    const s = snap[i];
    const e = els[i];
    if (s.t !== e.t) return { code: 'structure', what: 'type', index: i, key: s.key };
    if (s.t === 'table' && e.t === 'table') {
      if (e.rows !== s.header.length + s.rows.length) return { code: 'structure', what: 'rows', index: i, key: s.key };
      // the first row's live cells: fewer than the columns when its cells were merged
      const first = s.header.length ? snapHeaderSpans(s, 0) : s.rows.length ? snapRowSpans(s, 0) : null;
      if (first && e.columns !== liveCellCount(first))
        return { code: 'structure', what: 'columns', index: i, key: s.key };
    }
  }
  // The doc may end with empty paragraphs Google Docs keeps after a last table or that an editor left.
  for (let i = snap.length; i < els.length; i++) {
    if (els[i].t !== 'p' || normaliseText(live.paragraphText(i)).trim() !== '')
      return { code: 'structure', what: 'count', index: i, key: '' };
  }
  return null;
}

/** Indices pairs of a longest common subsequence of two key lists. */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // Trim the common head and tail first: the usual case (few changes) costs O(n).
  let head = 0;
  while (head < n && head < m && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && a[n - 1 - tail] === b[m - 1 - tail]) tail++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const a2 = a.slice(head, n - tail);
  const b2 = b.slice(head, m - tail);
  const rows = a2.length;
  const cols = b2.length;
  if (rows > 0 && cols > 0) {
    const w = cols + 1;
    const dp = new Uint32Array((rows + 1) * w);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        dp[i * w + j] =
          a2[i] === b2[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      if (a2[i] === b2[j]) {
        pairs.push([head + i, head + j]);
        i++;
        j++;
      } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([n - k, m - k]);
  return pairs;
}

/**
 * A merged walk of old (0..n) and new (0..m) lists: steps are 'keep' (matched), 'remove' (old only)
 * and 'insert' (new only), in document order.
 */
type Step =
  | { kind: 'keep'; old: number; neu: number }
  | { kind: 'remove'; old: number }
  | { kind: 'insert'; neu: number; at: number };

function mergeSteps(oldKeys: string[], newKeys: string[]): Step[] {
  const pairs = lcsPairs(oldKeys, newKeys);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [oldKeys.length, newKeys.length] as [number, number]]) {
    while (i < pi) steps.push({ kind: 'remove', old: i++ });
    while (j < pj) steps.push({ kind: 'insert', neu: j++, at: i });
    if (pi < oldKeys.length) steps.push({ kind: 'keep', old: i++, neu: j++ });
  }
  return steps;
}

function identity(e: SnapshotElement | DocElement): string {
  if (e.t === 'p') return `p\u0000${e.key}`;
  const headerRows = 'headerRows' in e ? e.headerRows.length : e.header.length;
  return `t\u0000${e.key}\u0000${e.columns}\u0000${headerRows}`;
}

type Verdict = 'same' | 'rewrite' | 'keptEdit' | 'conflict';

/**
 * Three-way rule; the live text is read only when the new text differs from what was written (when it
 * is the same, nothing is written whatever the live text is, so there is nothing to check).
 */
function threeWay(snapHash: string, readLive: () => string, next: string): { v: Verdict; live: string } {
  if (textHash(next) === snapHash) return { v: 'same', live: '' };
  const live = readLive();
  if (textHash(live) === snapHash) return { v: 'rewrite', live };
  // Edited by hand to exactly the new text: nothing to write, the edit stays.
  return { v: normaliseText(live) === normaliseText(next) ? 'keptEdit' : 'conflict', live };
}

/** The smallest single-range edit turning `from` into `to` within one line of text, or null when there is none worth making. */
export interface TextEdit {
  /** First character replaced (UTF-16 offset, as Apps Script's Text counts). */
  start: number;
  /** Number of characters of `from` removed at `start` (0: pure insertion). */
  remove: number;
  insert: string;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The one range to replace so that `from` becomes `to`, keeping their common start and end (so that a
 * comment anchored on the unchanged part of a cell stays attached, e.g. when a row is renumbered only
 * "3." becomes "4."). Null when either text spans several lines/paragraphs, when `from` is empty, or when
 * nothing is shared (the caller then rewrites the whole text).
 */
export function textEdit(from: string, to: string): TextEdit | null {
  if (from === to || from === '' || /[\r\n]/.test(from) || /[\r\n]/.test(to)) return null;
  let head = 0;
  const max = Math.min(from.length, to.length);
  while (head < max && from.charCodeAt(head) === to.charCodeAt(head)) head++;
  if (head > 0 && head < max && isLowSurrogate(from.charCodeAt(head)) && isHighSurrogate(from.charCodeAt(head - 1)))
    head--;
  let tail = 0;
  while (tail < max - head && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(from.charCodeAt(from.length - tail)) && from.length - tail > head) {
    // never split a surrogate pair at the tail boundary either
    if (isHighSurrogate(from.charCodeAt(from.length - tail - 1))) tail--;
  }
  if (head === 0 && tail === 0) return null;
  return { start: head, remove: from.length - head - tail, insert: to.slice(head, to.length - tail) };
}

const edited = (snapHash: string, live: string) => textHash(live) !== snapHash;

/**
 * Plans regenerating a doc in place, or says why a new version is needed. `live` is read lazily (see
 * LiveReader): its shape, then only the paragraphs and table rows that the new model changes or removes.
 */
export function planUpdate(prev: DocSnapshot | null, liveDoc: LiveDoc | LiveReader, model: DocModel): UpdatePlan {
  const elements = flattenModel(model);
  if (!prev) return { action: 'newVersion', reasons: [{ code: 'no-snapshot' }], elements };
  const live = readerOf(liveDoc);
  const shape = structureDifference(prev, live);
  if (shape) return { action: 'newVersion', reasons: [shape], elements };

  const stats = emptyStats();
  const reasons: NewVersionReason[] = [];
  /** Header rows that keep the layout they were written with (table key → header row → spans). */
  const keptHeaders = new Map<string, number[][]>();
  const forward: DocOp[][] = []; // per step, its ops (tables: rows in descending order already)
  const steps = mergeSteps(prev.elements.map(identity), elements.map(identity));

  for (const step of steps) {
    const ops: DocOp[] = [];
    if (step.kind === 'insert') {
      const el = elements[step.neu];
      ops.push(
        el.t === 'p'
          ? { op: 'insertParagraph', at: step.at, element: el }
          : { op: 'insertTable', at: step.at, element: el },
      );
      stats.elementsInserted++;
    } else if (step.kind === 'remove') {
      const s = prev.elements[step.old];
      const handEdited =
        s.t === 'p' ? edited(s.hash, live.paragraphText(step.old)) : tableEdited(step.old, s, live, reasons);
      if (handEdited) reasons.push({ code: 'edited-removed', key: s.key });
      ops.push({ op: 'removeElement', index: step.old, key: s.key });
      stats.elementsRemoved++;
    } else {
      const s = prev.elements[step.old];
      const el = elements[step.neu];
      if (s.t === 'p' && el.t === 'p') {
        const { v, live: from } = threeWay(s.hash, () => live.paragraphText(step.old), el.text);
        if (v === 'rewrite') {
          ops.push({ op: 'setParagraph', index: step.old, element: el, from });
          stats.paragraphsRewritten++;
        } else if (v === 'keptEdit') stats.handEditsKept++;
        else if (v === 'conflict') reasons.push({ code: 'conflict', key: s.key });
      } else if (s.t === 'table' && el.t === 'table') {
        ops.push(...planTable(step.old, s, live, el, stats, reasons, keptHeaders));
      }
    }
    forward.push(ops);
  }

  if (reasons.length) return { action: 'newVersion', reasons, elements };
  const ops: DocOp[] = [];
  for (let k = forward.length - 1; k >= 0; k--) ops.push(...forward[k]);
  const snapshot = snapshotOf(elements);
  for (const e of snapshot.elements) {
    const kept = e.t === 'table' ? keptHeaders.get(e.key) : undefined;
    if (e.t === 'table' && kept) e.headerSpans = kept;
  }
  return { action: 'update', ops, stats, elements, snapshot };
}

/**
 * Reads one row's cell count before its texts: a row whose cells were added, removed or merged by hand
 * (so that it no longer has the live cells its spans give) is a structure change.
 */
function rowShapeOk(
  index: number,
  row: number,
  spans: number[],
  s: SnapshotTable,
  live: LiveReader,
  reasons: NewVersionReason[],
): boolean {
  if (live.rowCells(index, row) === liveCellCount(spans)) return true;
  reasons.push({ code: 'structure', what: 'columns', index, key: s.key });
  return false;
}

/** Spans of live row `r` of a snapshot table (header rows first). */
const spansAt = (s: SnapshotTable, r: number): number[] =>
  r < s.header.length ? snapHeaderSpans(s, r) : snapRowSpans(s, r - s.header.length);

/** Was any cell of a live row edited by hand (a covered column has no live cell: it holds "" by construction)? */
function rowEdited(index: number, r: number, hashes: string[], spans: number[], live: LiveReader): boolean {
  const at = liveIndexes(spans);
  return hashes.some((h, c) => at[c] >= 0 && edited(h, live.cellText(index, r, at[c])));
}

/** Was any cell of a table that the new model drops edited by hand? (Reads the whole table: rare.) */
function tableEdited(index: number, s: SnapshotTable, live: LiveReader, reasons: NewVersionReason[]): boolean {
  const all = [...s.header, ...s.rows.map((r) => r.cells)];
  return all.some(
    (cells, r) =>
      rowShapeOk(index, r, spansAt(s, r), s, live, reasons) && rowEdited(index, r, cells, spansAt(s, r), live),
  );
}

/**
 * Ops for one matched table, last row first. Reads only the rows it changes or removes. A body row kept
 * by key whose layout changed (a placeholder row merged across ↔ plain cells) is removed and inserted
 * anew; a header row keeps the layout it was written with (docs made before headers were merged stay
 * unmerged; `keptHeaders` records it for the next snapshot).
 */
function planTable(
  index: number,
  s: SnapshotTable,
  live: LiveReader,
  el: TableElement,
  stats: PlanStats,
  reasons: NewVersionReason[],
  keptHeaders: Map<string, number[][]>,
): DocOp[] {
  const ops: DocOp[] = [];
  const nh = s.header.length;
  const cellOps = (
    liveRow: number,
    snapCells: string[],
    spans: number[],
    next: string[],
    header: boolean,
    rowKey: string,
  ) => {
    let shapeChecked = false;
    const at = liveIndexes(spans);
    const read = (c: number) => () => {
      if (!shapeChecked) {
        shapeChecked = true;
        if (!rowShapeOk(index, liveRow, spans, s, live, reasons)) throw new RowShapeChanged();
      }
      // a covered column has no live cell; the model keeps "" there
      return at[c] >= 0 ? live.cellText(index, liveRow, at[c]) : '';
    };
    try {
      for (let c = 0; c < next.length; c++) {
        const { v, live: from } = threeWay(snapCells[c], read(c), next[c]);
        if (v === 'rewrite' && at[c] < 0) {
          // text for a column the written layout covers: only a new row can hold it
          reasons.push({ code: 'structure', what: 'columns', index, key: s.key });
        } else if (v === 'rewrite') {
          ops.push({
            op: 'setCell',
            index,
            row: liveRow,
            col: c,
            cell: at[c],
            text: next[c],
            from,
            header,
            tableKey: s.key,
            rowKey,
            element: el,
          });
          stats.cellsRewritten++;
        } else if (v === 'keptEdit') stats.handEditsKept++;
        else if (v === 'conflict') reasons.push({ code: 'conflict', key: s.key, rowKey, col: c });
      }
    } catch (e) {
      if (!(e instanceof RowShapeChanged)) throw e;
    }
  };
  const steps = mergeSteps(
    s.rows.map((r) => r.key),
    el.rows.map((r) => r.key),
  );
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k];
    const insert = (neu: number, at: number) => {
      const row = el.rows[neu];
      ops.push({
        op: 'insertRow',
        index,
        at: nh + at,
        cells: row.cells,
        spans: bodySpans(el.block, neu),
        body: neu,
        tableKey: s.key,
        rowKey: row.key,
        element: el,
      });
      stats.rowsInserted++;
    };
    const remove = (old: number) => {
      const snapRow = s.rows[old];
      const r = nh + old;
      const spans = snapRowSpans(s, old);
      if (rowShapeOk(index, r, spans, s, live, reasons) && rowEdited(index, r, snapRow.cells, spans, live))
        reasons.push({ code: 'edited-removed', key: s.key, rowKey: snapRow.key });
      ops.push({ op: 'removeRow', index, row: r, tableKey: s.key, rowKey: snapRow.key });
      stats.rowsRemoved++;
    };
    if (step.kind === 'insert') insert(step.neu, step.at);
    else if (step.kind === 'remove') remove(step.old);
    else if (!sameSpans(snapRowSpans(s, step.old), bodySpans(el.block, step.neu))) {
      // same key, other layout: replace the row (removed first, then the new one at its place)
      remove(step.old);
      insert(step.neu, step.old);
    } else {
      cellOps(
        nh + step.old,
        s.rows[step.old].cells,
        snapRowSpans(s, step.old),
        el.rows[step.neu].cells,
        false,
        el.rows[step.neu].key,
      );
    }
  }
  const written = s.header.map((_h, r) => snapHeaderSpans(s, r));
  if (written.some((sp, r) => !sameSpans(sp, headerSpans(el.block, r)))) keptHeaders.set(s.key, written);
  for (let r = nh - 1; r >= 0; r--) cellOps(r, s.header[r], written[r], el.headerRows[r], true, `header.${r}`);
  return ops;
}

class RowShapeChanged extends Error {}

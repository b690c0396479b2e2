// What a Google Doc renderer wrote, in a compact form kept between runs, so that regenerating can tell
// (a) what the add-on wrote last time, (b) what someone changed by hand since, (c) what the new data needs.
//
// A model is flattened into ELEMENTS, one per body child of the Google Doc, in order:
//   heading / paragraph / pageBreak → one paragraph; signature → one paragraph per line; table → one table.
// Every element has a stable key (the block key; signature lines "key#0", "key#1"…; the empty paragraph
// between two tables "tablekey#gap"; tables keep their row keys). The snapshot keeps per element a short hash of its text (tables: per cell), never the text:
// a 200-measure plan fits in one spreadsheet cell (see encodeSnapshot).

import { bodySpans, headerSpans, isPlain, plainSpans } from './layout';
import { signatureLines, type Block, type DocModel, type TableBlock } from './model';

export interface ParagraphElement {
  t: 'p';
  key: string;
  blockKey: string;
  text: string;
  /** The block it renders (styling); null for the empty paragraph Google Docs needs between two tables. */
  block: Block | null;
}

export interface TableElement {
  t: 'table';
  key: string;
  blockKey: string;
  block: TableBlock;
  /** Header rows then body rows, each exactly `columns` cells. */
  headerRows: string[][];
  rows: { key: string; cells: string[] }[];
  columns: number;
}

export type DocElement = ParagraphElement | TableElement;

/** The body children a renderer writes for a model, in order. */
export function flattenModel(model: DocModel): DocElement[] {
  const out: DocElement[] = [];
  for (const b of model.blocks) {
    const els = blockElements(b);
    // Google Docs keeps a paragraph between two tables (and after a last table; see structureDifference).
    const prev = out[out.length - 1];
    if (prev && prev.t === 'table' && els[0]?.t === 'table')
      out.push({ t: 'p', key: `${prev.key}#gap`, blockKey: prev.blockKey, text: '', block: null });
    out.push(...els);
  }
  return out;
}

export function blockElements(b: Block): DocElement[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [{ t: 'p', key: b.key, blockKey: b.key, text: b.text, block: b }];
    case 'pageBreak':
      return [{ t: 'p', key: b.key, blockKey: b.key, text: '', block: b }];
    case 'signature':
      return signatureLines(b).map((l, i) => ({
        t: 'p',
        key: `${b.key}#${i}`,
        blockKey: b.key,
        text: l.text,
        block: b,
      }));
    case 'table':
      return [
        {
          t: 'table',
          key: b.key,
          blockKey: b.key,
          block: b,
          headerRows: b.header.map((r) => [...r]),
          rows: b.rows.map((r) => ({ key: r.key, cells: [...r.cells] })),
          columns: b.widths.length,
        },
      ];
  }
}

// Merged cells: a table row as written is its spans (layout.ts: headerSpans, bodySpans).

// ---- Hashing (pure; not cryptographic: it only tells "same text as written" from "changed") ----

/** Length of one text hash in the snapshot (base-36 characters, about 41 bits). */
export const HASH_LENGTH = 8;

/** A short hash of a text (cyrb53 folded to HASH_LENGTH base-36 characters). Line endings normalised. */
export function textHash(text: string): string {
  const s = normaliseText(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(HASH_LENGTH, '0').slice(-HASH_LENGTH);
}

/**
 * Text as compared: Google Docs returns "\r" for paragraph breaks inside a table cell and may keep a
 * trailing newline; the model uses "\n". Non-breaking spaces count as spaces.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');
}

// ---- The snapshot ----

export interface SnapshotParagraph {
  t: 'p';
  key: string;
  hash: string;
}

export interface SnapshotTable {
  t: 'table';
  key: string;
  columns: number;
  /** Per header row, per model column, the hash (covered columns: the hash of ""). */
  header: string[][];
  /** Per header row, its spans as written (see headerSpans). */
  headerSpans: number[][];
  /** Per body row, its spans as written (see bodySpans). */
  rows: { key: string; cells: string[]; spans: number[] }[];
}

export type SnapshotElement = SnapshotParagraph | SnapshotTable;

export interface DocSnapshot {
  /** Format version. */
  v: 1;
  elements: SnapshotElement[];
}

export function snapshotOf(elements: DocElement[]): DocSnapshot {
  return {
    v: 1,
    elements: elements.map((e): SnapshotElement =>
      e.t === 'p'
        ? { t: 'p', key: e.key, hash: textHash(e.text) }
        : {
            t: 'table',
            key: e.key,
            columns: e.columns,
            header: e.headerRows.map((r) => r.map(textHash)),
            headerSpans: e.headerRows.map((_r, i) => headerSpans(e.block, i)),
            rows: e.rows.map((r, i) => ({ key: r.key, cells: r.cells.map(textHash), spans: bodySpans(e.block, i) })),
          },
    ),
  };
}

/** The spans of a snapshot table's header row `r` / body row `i` (plain past its rows). */
export const snapHeaderSpans = (t: SnapshotTable, r: number): number[] => t.headerSpans[r] ?? plainSpans(t.columns);
export const snapRowSpans = (t: SnapshotTable, i: number): number[] => t.rows[i]?.spans ?? plainSpans(t.columns);

export function snapshotOfModel(model: DocModel): DocSnapshot {
  return snapshotOf(flattenModel(model));
}

/**
 * Compact text form, about 10 characters per cell plus the row key: a 200-measure plan (5 columns)
 * is about 12 000 characters — within one spreadsheet cell (50 000), not within one property value
 * (9 KB), which is why the snapshot lives in the documents log.
 * Lines: "1" (version), then per element "p\t<key>\t<hash>" or "t\t<key>\t<columns>" followed by
 * "h\t<hashes joined>" per header row and "r\t<row key>\t<hashes joined>" per body row.
 * Keys never hold tabs or newlines (they are replaced by spaces).
 */
export function encodeSnapshot(s: DocSnapshot): string {
  const clean = (k: string) => k.replace(/[\t\n\r]/g, ' ');
  const lines: string[] = [String(s.v)];
  for (const e of s.elements) {
    if (e.t === 'p') lines.push(`p\t${clean(e.key)}\t${e.hash}`);
    else {
      lines.push(`t\t${clean(e.key)}\t${e.columns}`);
      e.header.forEach((h, i) => lines.push(`h\t${h.join('')}${spansField(snapHeaderSpans(e, i))}`));
      e.rows.forEach((r, i) => lines.push(`r\t${clean(r.key)}\t${r.cells.join('')}${spansField(snapRowSpans(e, i))}`));
    }
  }
  return lines.join('\n');
}

/** "\t2.0.1" for a merged row; nothing for a plain one. */
const spansField = (spans: number[]): string => (isPlain(spans) ? '' : `\t${spans.join('.')}`);

/** Spans from their text form, checked against the column count; null when malformed. */
function parseSpans(text: string | undefined, columns: number): number[] | null {
  if (text === undefined) return plainSpans(columns);
  if (!/^\d+(\.\d+)*$/.test(text)) return null;
  const spans = text.split('.').map(Number);
  if (spans.length !== columns || spans[0] === 0) return null;
  // each head cell covers exactly the zeros after it
  for (let c = 0; c < spans.length; c++) {
    if (spans[c] === 0) continue;
    for (let k = 1; k < spans[c]; k++) if (spans[c + k] !== 0) return null;
    if (spans[c + spans[c]] === 0) return null;
  }
  return spans;
}

/** The snapshot from its text form, or null when the text is empty or not a snapshot. */
export function decodeSnapshot(text: string): DocSnapshot | null {
  if (!text || (!text.startsWith('1\n') && text !== '1')) return null;
  const split = (h: string, n: number): string[] | null => {
    if (h.length !== n * HASH_LENGTH) return null;
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(h.slice(i * HASH_LENGTH, (i + 1) * HASH_LENGTH));
    return out;
  };
  const elements: SnapshotElement[] = [];
  let table: SnapshotTable | null = null;
  for (const line of text.split('\n').slice(1)) {
    const f = line.split('\t');
    if (f[0] === 'p' && f.length === 3 && f[2].length === HASH_LENGTH) {
      table = null;
      elements.push({ t: 'p', key: f[1], hash: f[2] });
    } else if (f[0] === 't' && f.length === 3 && /^\d+$/.test(f[2])) {
      table = { t: 'table', key: f[1], columns: Number(f[2]), header: [], headerSpans: [], rows: [] };
      elements.push(table);
    } else if (f[0] === 'h' && table && (f.length === 2 || f.length === 3) && table.rows.length === 0) {
      const cells = split(f[1], table.columns);
      const spans = parseSpans(f[2], table.columns);
      if (!cells || !spans) return null;
      table.header.push(cells);
      table.headerSpans.push(spans);
    } else if (f[0] === 'r' && table && (f.length === 3 || f.length === 4)) {
      const cells = split(f[2], table.columns);
      const spans = parseSpans(f[3], table.columns);
      if (!cells || !spans) return null;
      table.rows.push({ key: f[1], cells, spans });
    } else return null;
  }
  return { v: 1, elements };
}

// The snapshot stored in the documents log ("what was written", for regenerating in place) must fit
// Google Sheets' 50,000 characters per cell: split at line ends over several cells of the row, in the
// log's one setValues. At 2,000 measures every document generates and regenerates in place.
import { dumpSheet, type Fakes } from '../../emulator';
import { generateKind } from '../../src/gas/documents/generate';
import type { GenerateResult } from '../../src/shared/rpc';
import { splitSnapshot, SNAPSHOT_CELLS, SNAPSHOT_CELL_CHARS } from '../../src/core/document/log-entries';
import type { DocInput } from '../../src/core/document';
import type { MeasureRow } from '../../src/core/types';
import { docInput } from '../core/document-fixture';
import { changeableSource, installFakesEach, manyMeasures } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const measures = (n: number): MeasureRow[] => manyMeasures(n, 4);
const input = (ms: MeasureRow[]): DocInput => docInput({ measures: ms });
const logRows = () => dumpSheet(fakes.spreadsheet.getSheetByName('เอกสาร')!);
const snapshotColumns = (header: unknown[]) =>
  header
    .map((h, i) => [String(h), i] as const)
    .filter(([h]) => h.startsWith('ข้อมูลสำหรับปรับปรุงเอกสาร'))
    .map(([, i]) => i);

test('the fake refuses a cell over 50,000 characters as Google Sheets does, writing nothing', () => {
  const sheet = fakes.counted(fakes.spreadsheet.getSheets()[0]);
  expect(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', 'ก'.repeat(50001)]])).toThrow(
    'Your input contains more than the maximum of 50000 characters in a single cell.',
  );
  expect(sheet.getRange(1, 1).getValue()).toBe('');
  expect(() => sheet.getRange(1, 1).setValue('ก'.repeat(50001))).toThrow(/maximum of 50000 characters/);
  sheet.getRange(1, 1).setValue('ก'.repeat(50000));
  expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50000);
});

test('splitSnapshot cuts at line ends, each part within a cell, and joins back', () => {
  const text = ['1', ...Array.from({ length: 30 }, (_, i) => `r\tM${i}\t${'a'.repeat(40)}`)].join('\n');
  const parts = splitSnapshot(text, 4, 500)!;
  expect(parts.length).toBeGreaterThan(1);
  for (const p of parts) expect(p.length).toBeLessThanOrEqual(500);
  expect(parts.join('\n')).toBe(text);
  expect(parts.slice(1).every((p) => p.startsWith('r\t'))).toBe(true);
  expect(splitSnapshot(text, 2, 500)).toBeNull();
  expect(SNAPSHOT_CELL_CHARS * SNAPSHOT_CELLS).toBeGreaterThan(62 * 2000 * 1.5); // analysis report: ~62 characters per measure, room to spare
});

describe('2,000 measures', () => {
  for (const kind of ['analysis-report', 'measures-plan', 'results-report']) {
    test(`${kind}: generated, logged within the cell limit in one write, regenerated in place with one change`, () => {
      const n = 2000;
      const src = changeableSource(input(measures(n)));
      fakes.calls.reset();
      const r: GenerateResult = generateKind(kind, src);
      expect(r).toMatchObject({ ok: true, action: 'created' });
      expect(fakes.calls.by('Range.setValues')).toBe(1);
      const rows = logRows();
      const cols = snapshotColumns(rows[0]);
      expect(cols.length).toBe(SNAPSHOT_CELLS);
      const parts = cols.map((c) => String(rows[1][c]));
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(50000);
      if (kind === 'analysis-report') expect(parts.filter((p) => p !== '').length).toBeGreaterThan(1); // over one cell: split
      // one change
      const ms = measures(n);
      ms[1234] = { ...ms[1234], responsible: `${ms[1234].responsible} และกองคลัง` };
      src.input = input(ms);
      fakes.calls.reset();
      const r2 = generateKind(kind, src);
      expect(r2).toMatchObject({ ok: true, action: 'updated', version: 1 });
      expect(fakes.calls.by('TableCell.setText') + fakes.calls.by('Paragraph.editAsText')).toBe(1);
      expect(fakes.calls.by('Range.setValues')).toBe(1);
      expect(generateKind(kind, src).action).toBe('unchanged');
    }, 30000);
  }
});

test('a snapshot too long for the log is not stored: a warning; same data → unchanged; changed data → a new version, the old kept', () => {
  const n = 4000; // the analysis report's snapshot: ~250,000 characters, more than the log's cells hold
  const src = changeableSource(input(measures(n)));
  const r = generateKind('analysis-report', src);
  expect(r).toMatchObject({ ok: true, action: 'created' });
  expect(r.warnings).toContain(
    `เอกสาร "${r.title}" ยาวเกินกว่าที่ชีต "เอกสาร" จะเก็บข้อมูลสำหรับปรับปรุงได้ ครั้งต่อไประบบจะสร้างเอกสารฉบับใหม่แทนการปรับปรุงฉบับนี้ (ฉบับนี้และความเห็นยังอยู่ครบ)`,
  );
  const rows = logRows();
  expect(snapshotColumns(rows[0]).map((c) => rows[1][c])).toEqual(Array(SNAPSHOT_CELLS).fill(''));
  expect(generateKind('analysis-report', src).action).toBe('unchanged');
  const ms = measures(n);
  ms[7] = { ...ms[7], responsible: 'กองช่าง' };
  src.input = input(ms);
  const r2 = generateKind('analysis-report', src);
  expect(r2).toMatchObject({ ok: true, action: 'newVersion', version: 2 });
  expect(r2.message).toContain('ไม่พบข้อมูลการสร้างเอกสารครั้งก่อน');
}, 60000);

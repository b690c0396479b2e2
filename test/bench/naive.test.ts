// The naive implementation kept in the benchmark counts what the issue defines: one service call per
// cell read, written and coloured (and one per Doc table cell). The one-cell Range handle
// (sheet.getRange(r, c)) is counted apart (cellHandles) and left out of naiveCalls.
import { buildAnalysisReport, buildResultsReport } from '../../src/core/document';
import { cellHandles, naiveReadTable, naiveWriteBlock } from '../../scripts/bench/naive-io';
import { naiveGenerate } from '../../scripts/bench/naive-documents';
import { docInputFromTables, DOC_TABLES } from '../../scripts/bench/doc-input';
import { naiveReadTables } from '../../scripts/bench/naive-io';
import { buildScenario } from '../../scripts/bench/scenario';
import { createFakes, installFakes, sheetFromRows, type Fakes } from '../../emulator';

let fakes: Fakes;
let uninstall: () => void;
beforeEach(() => {
  fakes = createFakes();
  uninstall = installFakes(fakes);
  cellHandles.count = 0;
});
afterEach(() => uninstall());

const strict = () => fakes.calls.total - cellHandles.count;

test('reading a 3 × 4 table: one getValue per cell (12) + 5 calls to find the sheet and its size', () => {
  const rows = [
    ['รหัส', 'มาตรการ', 'วิธีการ', 'ผู้รับผิดชอบ'],
    ['M01', 'ก', 'ข', 'สำนักปลัด'],
    ['M02', 'ค', 'ง', 'กองคลัง'],
  ];
  sheetFromRows(fakes.spreadsheet, 'มาตรการ', rows);
  fakes.calls.reset();
  const snap = naiveReadTable('measures')!;
  expect(snap.values).toEqual(rows);
  expect(fakes.calls.by('Range.getValue')).toBe(12);
  expect(cellHandles.count).toBe(12);
  expect(fakes.calls.by('Sheet.getRange')).toBe(12);
  // getActiveSpreadsheet, getSheetByName, getLastRow, getLastColumn, getName
  expect(strict()).toBe(12 + 5);
  expect(fakes.calls.total).toBe(12 + 12 + 5);
});

test('writing and colouring a 2 × 3 block: one setValue and one setBackground per cell + getMaxRows', () => {
  const sheet = fakes.counted(
    sheetFromRows(fakes.spreadsheet, 'ผลวิเคราะห์', [['x']]),
  ) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  fakes.calls.reset();
  naiveWriteBlock(
    sheet,
    2,
    1,
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    [Array(3).fill('#f4c7c3'), Array(3).fill('#ffffff')],
  );
  expect(fakes.calls.by('Range.setValue')).toBe(6);
  expect(fakes.calls.by('Range.setBackground')).toBe(6);
  expect(cellHandles.count).toBe(6); // one handle per cell, shared by its write and its colour
  expect(strict()).toBe(6 + 6 + 1);
});

test('a naive Google Doc: exactly one call per table cell (appendTableCell(text), no setText)', () => {
  uninstall();
  const world = buildScenario(10, 1);
  try {
    const input = docInputFromTables(naiveReadTables(DOC_TABLES));
    for (const [kind, build] of [
      ['results-report', buildResultsReport],
      ['analysis-report', buildAnalysisReport],
    ] as const) {
      const model = build(input);
      const cells = model.blocks.reduce(
        (n, b) =>
          b.type === 'table' ? n + [...b.header, ...b.rows.map((r) => r.cells)].reduce((m, r) => m + r.length, 0) : n,
        0,
      );
      const rows = model.blocks.reduce((n, b) => (b.type === 'table' ? n + b.header.length + b.rows.length : n), 0);
      world.fakes.calls.reset();
      naiveGenerate(kind);
      expect({
        kind,
        appendTableCell: world.fakes.calls.by('TableRow.appendTableCell'),
        setText: world.fakes.calls.by('TableCell.setText'),
      }).toEqual({ kind, appendTableCell: cells, setText: 0 });
      expect(world.fakes.calls.by('Table.appendTableRow')).toBe(rows);
    }
  } finally {
    world.uninstall();
    uninstall = installFakes(fakes);
  }
});

// Issue 11: the OIT item list of the assessment year in the workbook ("รายการ OIT"), pre-filled from the
// catalogue, editable (with a warning), used by the documents and by the item-level input.
import { computeGaps, setupTemplate } from '../../src/gas/actions';
import { generateDocument } from '../../src/gas/document-actions';
import { CATALOGUE_2569 } from '../../src/core/catalogue';
import { FIRST_DATA_ROW, LAYOUTS, colIndex } from '../../src/core/workbook';
import { PROTECTION_DESCRIPTION } from '../../src/gas/workbook/format';
import {
  buildScenario,
  newWorld,
  setupTemplateOn,
  tableSheet,
  typeSettings,
  write,
  type World,
} from '../../scripts/bench/scenario';

let world: World | null = null;
afterEach(() => world?.uninstall());

const SHEET = LAYOUTS.oitItems.sheetName;
const col = (key: string) => colIndex('oitItems', key);
const list = (w: World) =>
  tableSheet(w.fakes, 'oitItems')
    .getDataRange()
    .getValues()
    .slice(FIRST_DATA_ROW - 1);
/** 1-based sheet row of a year's code in the list. */
function rowOf(w: World, year: number, code: string): number {
  const i = list(w).findIndex((r) => r[col('year')] === year && r[col('code')] === code);
  if (i < 0) throw new Error(`no row ${year} ${code}`);
  return i + FIRST_DATA_ROW;
}
const setCell = (w: World, row: number, key: string, value: string | number) =>
  tableSheet(w.fakes, 'oitItems')
    .getRange(row, col(key) + 1)
    .setValue(value);

describe('setup', () => {
  test('pre-fills the 2569 list (o1–o26, the catalogue titles), editable with a warning', () => {
    world = newWorld();
    setupTemplateOn(new Date('2027-01-15T10:00:00+07:00')); // fiscal year 2570 → assessment year 2569
    const rows = list(world);
    expect(rows.map((r) => r[col('year')])).toEqual(Array(26).fill(2569));
    expect(rows.map((r) => r[col('code')])).toEqual(Array.from({ length: 26 }, (_, i) => `o${i + 1}`));
    const oit = CATALOGUE_2569.questions.filter((q) => q.instrument === 'OIT');
    expect(rows.map((r) => r[col('title')])).toEqual(oit.map((q) => q.text));
    expect(rows[9][col('title')]).toBe('ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)');
    expect(rows.every((r) => ['H', 'M', 'L'].includes(String(r[col('confidence')])))).toBe(true);
    // Every column of the list carries a warning-only protection (editable after a warning).
    const prot = tableSheet(world.fakes, 'oitItems')
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((p) => p.getDescription() === PROTECTION_DESCRIPTION);
    expect(prot.length).toBeGreaterThan(0);
    expect(prot.every((p) => p.isWarningOnly())).toBe(true);
    const covered = prot.reduce((n, p) => n + p.getRange().getNumColumns(), 0);
    expect(covered).toBe(LAYOUTS.oitItems.columns.length);
  });

  test("re-running setup keeps the officer's edits; a new year's list is added beside, marked unconfirmed", () => {
    world = newWorld();
    setupTemplateOn(new Date('2027-01-15T10:00:00+07:00'));
    const r10 = rowOf(world, 2569, 'o10');
    setCell(world, r10, 'title', 'ระบบบริการออนไลน์ (แก้โดยเจ้าหน้าที่)');
    tableSheet(world.fakes, 'oitItems').deleteRow(rowOf(world, 2569, 'o26'));
    expect(setupTemplate().ok).toBe(true);
    expect(list(world).filter((r) => r[col('year')] === 2569).length).toBe(25); // the deleted row stays deleted
    expect(list(world)[r10 - FIRST_DATA_ROW][col('title')]).toBe('ระบบบริการออนไลน์ (แก้โดยเจ้าหน้าที่)');
    // Another year: its list is added once; the 2569 rows are untouched.
    typeSettings(world.fakes, { assessmentYear: 2570 });
    expect(setupTemplate().ok).toBe(true);
    const y2570 = list(world).filter((r) => r[col('year')] === 2570);
    expect(y2570.length).toBe(26);
    expect(y2570.every((r) => r[col('confidence')] === 'ยังไม่ยืนยัน')).toBe(true);
    expect(list(world)[r10 - FIRST_DATA_ROW][col('title')]).toBe('ระบบบริการออนไลน์ (แก้โดยเจ้าหน้าที่)');
  });
});

describe('the documents and the item input follow the list', () => {
  beforeEach(() => {
    world = buildScenario(3, 1); // assessment year 2567 (measures item o34)
  });

  test('an edited title appears in the generated measures plan', () => {
    const title = 'มาตรการส่งเสริมคุณธรรมฯ (ชื่อตามคู่มือฉบับแก้ไข)';
    setCell(world!, rowOf(world!, 2567, 'o34'), 'title', title);
    const r = generateDocument('measures-plan');
    expect(r.ok).toBe(true);
    const id = /\/d\/([^/]+)/.exec(r.url)![1];
    expect(world!.fakes.doc(id).body.getText()).toContain(`ข้อ o34 ${title}`);
  });

  test('a code the officer adds to the list is accepted for item input', () => {
    const qs = tableSheet(world!.fakes, 'questionScores');
    write(qs, qs._lastRow() + 1, [[2567, 'o36', 'OIT', 10, '', 100, '', '', '', '', '']]);
    const before = computeGaps();
    expect(before.ok).toBe(false);
    expect(before.message).toContain('ไม่มีข้อ o36 ในรายการข้อของปี 2567');
    const sheet = tableSheet(world!.fakes, 'oitItems');
    write(sheet, sheet._lastRow() + 1, [[2567, 'o36', 'รายการที่เพิ่มตามคู่มือ', '10.2', '']]);
    const after = computeGaps();
    expect(after.ok).toBe(true);
  });

  test('a bad code and a duplicate code are refused with their cell', () => {
    const r5 = rowOf(world!, 2567, 'o5');
    setCell(world!, r5, 'code', 'x5');
    const bad = computeGaps();
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain(`ชีต "${SHEET}" แถวที่ ${r5} คอลัมน์ B (รหัสข้อ): รหัสข้อ "x5" ไม่ใช่รหัสข้อ OIT`);
    setCell(world!, r5, 'code', 'o4');
    const dup = computeGaps();
    expect(dup.ok).toBe(false);
    expect(dup.message).toContain(
      `ชีต "${SHEET}" แถวที่ ${r5} คอลัมน์ B (รหัสข้อ): รหัสข้อ o4 ของปี 2567 ซ้ำกับแถวที่ ${rowOf(world!, 2567, 'o4')}`,
    );
  });
});

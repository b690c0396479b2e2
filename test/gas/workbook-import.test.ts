// Import writes only the cells it plans: formulas, text starting with "=", dates and notes next to the
// imported values stay exactly as they were (compared on the whole spreadsheet.inspect()). A refusal
// writes nothing: no write call in the fakes' log.
import { setFormulaResult } from '../../emulator';
import { importScoresConfirm, importScoresPreview } from '../../src/gas/actions';
import { textHash } from '../../src/gas/workbook';
import { IMPORT_DIALOG_HTML } from '../../src/gas/workbook/import-dialog';
import { columnLetter, colIndex } from '../../src/core/workbook';
import { newWorld, setupTemplateOn, tableSheet, typeSettings, type World } from '../../scripts/bench/scenario';
import { seedText } from '../../scripts/seed-001';

let world: World;
beforeEach(() => {
  world = newWorld();
  setupTemplateOn();
  typeSettings(world.fakes);
});
afterEach(() => world.uninstall());

type Inspection = ReturnType<World['fakes']['spreadsheet']['inspect']>;

/** "sheet!A1" of every cell whose value, formula, background or number format differs. */
function changedCells(a: Inspection, b: Inspection): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[name];
    const y = b[name];
    if (!x || !y) {
      out.push(`${name}!*`);
      continue;
    }
    const rows = Math.max(x.values.length, y.values.length);
    const GRIDS = ['values', 'formulas', 'backgrounds', 'numberFormats'] as const;
    const sameRow = (r: number) =>
      GRIDS.every((g) => JSON.stringify((x[g] as unknown[][])[r]) === JSON.stringify((y[g] as unknown[][])[r]));
    for (let r = 0; r < rows; r++) {
      if (sameRow(r)) continue; // cell by cell only where the row differs
      const cols = Math.max(x.values[r]?.length ?? 0, y.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const same = (g: 'values' | 'formulas' | 'backgrounds' | 'numberFormats') =>
          JSON.stringify((x[g] as unknown[][])[r]?.[c] ?? '') === JSON.stringify((y[g] as unknown[][])[r]?.[c] ?? '');
        if (!same('values') || !same('formulas') || !same('backgrounds') || !same('numberFormats'))
          out.push(`${name}!${columnLetter(c + 1)}${r + 1}`);
      }
    }
    if (
      JSON.stringify(x.merges) !== JSON.stringify(y.merges) ||
      JSON.stringify(x.protections) !== JSON.stringify(y.protections)
    )
      out.push(`${name}!layout`);
  }
  return out.sort();
}

describe('import writes only the planned cells', () => {
  test('formulas, "=" text, dates and notes around the imported values are kept', () => {
    const f = world.fakes;
    const q = tableSheet(f, 'questionScores');
    const y = tableSheet(f, 'scoresByYear');
    const g = q.getDataRange().getValues();
    const rowOf = (c: string) => g.findIndex((r) => r[0] === 2567 && r[1] === c) + 1;
    const i1 = rowOf('i1');
    const i2 = rowOf('i2');
    const s2 = colIndex('questionScores', 'score2') + 1;
    q.getRange(i1, s2).setValue("'=ไม่มีส่วนที่ 2"); // text that looks like a formula, in a cell not imported
    q.getRange(i2, s2).setValue(`=F${i2}*1`); // an officer's formula in a cell not imported
    setFormulaResult(q, `${columnLetter(s2)}${i2}`, 96);
    const when = new Date('2024-10-01T00:00:00Z');
    q.getRange(i1, 13).setValue(when); // a date in the officer's own column
    const yv = y.getDataRange().getValues();
    const overall = yv.findIndex((r) => r[0] === 'รวม') + 1;
    y.getRange(overall, 4).setValue('=AVERAGE(D12:D14)'); // the 2567 overall as a formula (same value as the import)
    setFormulaResult(y, `D${overall}`, 95.11);

    const preview = importScoresPreview(seedText());
    const before = f.spreadsheet.inspect();
    const r = importScoresConfirm(seedText(), false, textHash(seedText()));
    expect(r.ok).toBe(true);
    const after = f.spreadsheet.inspect();

    const planned = preview.targets.filter((t) => t.kind === 'new').map((t) => t.cell);
    expect(planned.length).toBe(r.written);
    expect(changedCells(before, after)).toEqual([...planned].sort());
    expect(q.getRange(i2, s2).getFormula()).toBe(`=F${i2}*1`);
    expect(q.getRange(i1, s2).getFormula()).toBe('');
    expect(q.getRange(i1, s2).getValue()).toBe('=ไม่มีส่วนที่ 2');
    expect(q.getRange(i1, 13).getValue()).toEqual(when);
    expect(y.getRange(overall, 4).getFormula()).toBe('=AVERAGE(D12:D14)');
  });

  test('a kept conflict is not rewritten; overwrite rewrites only it and the new cells', () => {
    const f = world.fakes;
    const q = tableSheet(f, 'questionScores');
    const g = q.getDataRange().getValues();
    const e1 = g.findIndex((r) => r[0] === 2567 && r[1] === 'e1') + 1;
    const s1 = colIndex('questionScores', 'score1') + 1;
    q.getRange(e1, s1).setValue(`=50+0`);
    setFormulaResult(q, `${columnLetter(s1)}${e1}`, 50);
    const before = f.spreadsheet.inspect();
    const r = importScoresConfirm(seedText(), false, textHash(seedText()));
    expect(r.conflicts).toBe(1);
    const after = f.spreadsheet.inspect();
    expect(changedCells(before, after)).not.toContain(`คะแนนรายข้อ!${columnLetter(s1)}${e1}`);
    expect(q.getRange(e1, s1).getFormula()).toBe('=50+0');
    const again = importScoresConfirm(seedText(), true, textHash(seedText()));
    expect(changedCells(after, f.spreadsheet.inspect())).toEqual([`คะแนนรายข้อ!${columnLetter(s1)}${e1}`]);
    expect(again.written).toBe(1);
    expect(q.getRange(e1, s1).getValue()).toBe(95.25);
  });

  test('blocks stay few: one run per column of contiguous new cells, not per row of data', () => {
    const f = world.fakes;
    f.calls.reset();
    expect(importScoresConfirm(seedText(), false, textHash(seedText())).ok).toBe(true);
    expect(f.calls.by('Range.setValues')).toBeLessThanOrEqual(4);
  });
});

describe('a year the text names but cannot be read', () => {
  test.each(['ปี 2400', 'ITA ๒๔๐๐', 'ปีการประเมิน พ.ศ. 2800'])(
    '"%s" is refused with the line; nothing written',
    (head) => {
      const f = world.fakes;
      const text = `${head}\n1 การปฏิบัติหน้าที่ 90`;
      const p = importScoresPreview(text);
      expect(p.ok).toBe(false);
      expect(p.errors[0].line).toBe(1);
      expect(p.errors[0].message).toContain('บรรทัดที่ 1');
      expect(p.errors[0].message).toContain('ไม่ใช่ปีการประเมินที่อ่านได้');
      f.calls.reset();
      const r = importScoresConfirm(text, false, textHash(text));
      expect(r.ok).toBe(false);
      expect(r.written).toBe(0);
      expect(f.calls.writes('Spreadsheet')).toEqual([]);
    },
  );

  test('a readable year and a range of years are not refused', () => {
    expect(importScoresPreview('ปี 2567\n1 การปฏิบัติหน้าที่ 90').ok).toBe(true);
    expect(importScoresPreview('ชุดตัวชี้วัด ปี 2567-2570\n1 การปฏิบัติหน้าที่ 90').ok).toBe(true);
  });
});

describe('issue 14 point 6: the save is bound to the text previewed', () => {
  const A = 'ITA 2567\nการปฏิบัติหน้าที่\t97.43';
  const B = 'ITA 2567\nการปฏิบัติหน้าที่\t12.00';

  it('preview A, edit the box to B, บันทึก: refused in Thai, nothing written', () => {
    const preview = importScoresPreview(A);
    expect(preview.ok).toBe(true);
    expect(preview.textHash).toBe(textHash(A));
    world.fakes.calls.reset();
    const r = importScoresConfirm(B, false, preview.textHash);
    expect(r.ok).toBe(false);
    expect(r.written).toBe(0);
    expect(r.message).toContain('ไม่ใช่ข้อความที่ตรวจสอบไว้');
    expect(world.fakes.calls.writes('Spreadsheet')).toEqual([]); // no write call: nothing could change
  });

  it('a save with no preview at all is refused too', () => {
    world.fakes.calls.reset();
    expect(importScoresConfirm(A, false, undefined as unknown as string).ok).toBe(false);
    expect(importScoresConfirm(A, false, '').ok).toBe(false);
    expect(world.fakes.calls.writes('Spreadsheet')).toEqual([]);
  });

  it('the text previewed is saved', () => {
    const preview = importScoresPreview(A);
    const r = importScoresConfirm(A, false, preview.textHash);
    expect(r.ok).toBe(true);
    expect(r.written).toBe(1);
  });

  it('the dialog sends back the hash of its last preview and disables บันทึก on any edit', () => {
    expect(IMPORT_DIALOG_HTML).toContain(
      "importScoresConfirm($('text').value, $('overwrite').checked, last ? last.textHash : '')",
    );
    expect(IMPORT_DIALOG_HTML).toMatch(
      /\$\('text'\)\.oninput = function\(\)\{ if \(last && last\.ok\)\{ last = null; busy\(false\)/,
    );
  });
});

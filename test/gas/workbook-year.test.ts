// The plan fiscal year follows the assessment year unless typed; a typed one that is not year + 1 is
// flagged by compute and suggest.
import { computeGaps, setupTemplate, suggestMeasures } from '../../src/gas/actions';
import { SETTING_ROWS, colIndex } from '../../src/core/workbook';
import { UNCONFIRMED_QUESTION_TEXT } from '../../src/core/catalogue/framework-2561';
import {
  buildScenario,
  newWorld,
  setupTemplateOn,
  tableSheet,
  typeSettings,
  type World,
} from '../../scripts/bench/scenario';

let world: World | null = null;
afterEach(() => world?.uninstall());

const label = (key: string) => SETTING_ROWS.find((d) => d.key === key)!.label;
function settingRow(w: World, key: string): unknown[] {
  return tableSheet(w.fakes, 'settings')
    .getDataRange()
    .getValues()
    .find((r) => r[0] === label(key))!;
}

describe('plan fiscal year', () => {
  test('setup leaves it blank and shows the derived year in the note; the note follows a change of year', () => {
    world = newWorld();
    setupTemplateOn(new Date('2025-01-15T10:00:00+07:00'));
    expect(settingRow(world, 'assessmentYear')[1]).toBe(2567);
    expect(settingRow(world, 'planFiscalYear')[1]).toBe('');
    expect(settingRow(world, 'planFiscalYear')[2]).toContain('เว้นว่าง = 2568');
    typeSettings(world.fakes, { assessmentYear: 2568 });
    expect(setupTemplate().ok).toBe(true);
    expect(settingRow(world, 'planFiscalYear')[1]).toBe('');
    expect(settingRow(world, 'planFiscalYear')[2]).toContain('เว้นว่าง = 2569');
  });

  test('a typed plan year that is not assessment year + 1 is flagged by compute and suggest', () => {
    world = buildScenario(3, 1);
    typeSettings(world.fakes, { planFiscalYear: 2567 });
    const expected = 'ปีงบประมาณของแผน 2567 ไม่ใช่ปีถัดจากปีที่ประเมิน 2567 — ตรวจสอบ';
    const c = computeGaps();
    expect(c.ok).toBe(true);
    expect(c.warnings.join('\n')).toContain(expected);
    expect(c.warnings.join('\n')).toContain('ชีต "ตั้งค่า" แถวที่');
    const s = suggestMeasures();
    expect(s.warnings.join('\n')).toContain(expected);
    // Blank: no warning, and suggested periods use 2568.
    typeSettings(world.fakes, { planFiscalYear: '' });
    expect(computeGaps().warnings.join('\n')).not.toContain('ปีงบประมาณของแผน');
  });

  test('suggested periods follow the assessment year when the plan year is blank', () => {
    world = buildScenario(0, 1);
    typeSettings(world.fakes, { planFiscalYear: '' });
    expect(suggestMeasures().ok).toBe(true);
    const periods = tableSheet(world.fakes, 'measures')
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => String(r[4]));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.every((p) => p === '1 ต.ค.67 – 30 ก.ย.68')).toBe(true);
  });
});

describe('year columns', () => {
  test('a new earlier year goes before the later ones; existing columns keep their data and order', () => {
    world = buildScenario(0, 2); // columns 2566, 2567 (+ whatever the first setup added)
    const byYear = tableSheet(world.fakes, 'scoresByYear');
    const before = byYear.getDataRange().getValues();
    const head0 = before[0].slice(2).filter((v) => v !== '');
    typeSettings(world.fakes, { assessmentYear: 2566, planFiscalYear: '' });
    expect(setupTemplate().ok).toBe(true);
    const after = byYear.getDataRange().getValues();
    const head = after[0].slice(2).filter((v) => v !== '');
    expect(head).toEqual([2565, ...head0]);
    // Every existing year column's data moved with it, unchanged.
    for (const y of head0) {
      const col0 = before[0].indexOf(y);
      const col1 = after[0].indexOf(y);
      expect(after.map((r) => r[col1])).toEqual(before.map((r) => r[col0]));
    }
    expect(setupTemplate().ok).toBe(true); // idempotent
    expect(
      byYear
        .getDataRange()
        .getValues()[0]
        .slice(2)
        .filter((v) => v !== ''),
    ).toEqual(head);
  });
});

test('2561–2566 framework: setup writes the editable placeholder mark, not a made-up question text', () => {
  world = newWorld();
  setupTemplateOn(new Date('2025-01-15T10:00:00+07:00'));
  typeSettings(world.fakes, { assessmentYear: 2566 });
  expect(setupTemplate().ok).toBe(true);
  const rows = tableSheet(world.fakes, 'questionScores').getDataRange().getValues();
  const iText = colIndex('questionScores', 'text');
  const survey2566 = rows.filter((r) => r[0] === 2566 && /^[ie]\d+$/.test(String(r[1])));
  expect(survey2566.length).toBe(45);
  expect(survey2566.every((r) => r[iText] === UNCONFIRMED_QUESTION_TEXT)).toBe(true);
  expect(rows.find((r) => r[0] === 2566 && r[1] === 'o1')![iText]).toBe('โครงสร้าง'); // real OIT titles stay
  expect(rows.find((r) => r[0] === 2567 && r[1] === 'i1')![iText]).toContain('ขั้นตอนและระยะเวลา'); // 2567 real text
});

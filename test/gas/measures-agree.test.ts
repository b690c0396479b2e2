// One coverage rule (issue 10): on one workbook, the menu's เสนอมาตรการ, the sidebar and the CLI agree on
// which measures the result calls for and which of them the measures table already covers.
import { readFileSync } from 'fs';
import { join } from 'path';
import { suggestMeasures } from '../../src/gas/actions';
import { confirmImport, textHash } from '../../src/gas/workbook';
import { addMeasureForQuestion, getDashboard } from '../../src/gas/sidebar-api';
import { main } from '../../src/cli/ita';
import { colIndex } from '../../src/core/workbook';
import { newWorld, setupTemplateOn, tableSheet, typeSettings, type World } from '../../scripts/bench/scenario';
import { textIO } from '../cli/capture-io';

const SAMPLE = readFileSync(join(__dirname, '../../examples/failing-agency-2563.txt'), 'utf8');

let world: World;
beforeEach(() => {
  world = newWorld();
  setupTemplateOn(new Date('2021-01-15T10:00:00+07:00'));
  typeSettings(world.fakes, { agencyName: 'องค์การบริหารส่วนตำบลหนองบัว', assessmentYear: 2563 });
  const imported = confirmImport(SAMPLE, false, textHash(SAMPLE));
  if (!imported.ok) throw new Error(imported.message);
});
afterEach(() => world.uninstall());

function measureRows(): unknown[][] {
  return tableSheet(world.fakes, 'measures')
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => String(r[0]).trim() !== '');
}

async function cliSuggested(): Promise<{ title: string; oitRefs: string[]; indicator: number }[]> {
  const io = textIO(SAMPLE);
  expect(await main(['analyze', '--json', 'scores.txt'], io.io)).toBe(0);
  return JSON.parse(io.out()).suggestedMeasures;
}

test('indicator scores only (2563): the sidebar offers, the menu adds, the CLI lists the same measures', async () => {
  const before = getDashboard();
  expect(before.ok).toBe(true);
  expect(before.questionScores).toBe(false);
  expect(before.weakQuestions).toEqual([]);
  const offered = before.suggestedMeasures;
  expect(offered.length).toBe(8);
  expect(offered.every((s) => s.coveredBy === null)).toBe(true);

  const cli = await cliSuggested();
  expect(cli.map((c) => c.title)).toEqual(offered.map((s) => s.title));

  const r = suggestMeasures();
  expect(r.ok).toBe(true);
  const rows = measureRows();
  expect(rows.map((row) => row[colIndex('measures', 'measure')])).toEqual(offered.map((s) => s.title));
  expect(rows.map((row) => String(row[colIndex('measures', 'oitRefs')]))).toEqual(cli.map((c) => c.oitRefs.join(', ')));

  // After the menu: the sidebar sees every one covered by the row the menu wrote; the menu adds nothing more.
  const after = getDashboard().suggestedMeasures;
  expect(after.map((s) => s.coveredBy)).toEqual(rows.map((row) => row[0]));
  expect(suggestMeasures().message).toContain('มีมาตรการเชื่อมโยงแล้ว');
  expect(measureRows()).toHaveLength(rows.length);
});

test('a row typed by hand with the text of a suggestion, unlinked: sidebar and menu both count it as covering', () => {
  const sheet = tableSheet(world.fakes, 'measures');
  const title = getDashboard().suggestedMeasures.find((s) => s.indicator === 7)!.title;
  sheet.getRange(2, 1, 1, 2).setValues([['M01', title]]);
  expect(getDashboard().suggestedMeasures.find((s) => s.indicator === 7)!.coveredBy).toBe('M01');
  const r = suggestMeasures();
  expect(r.message).toContain('ตัวชี้วัดที่ 7 ต้องพัฒนาแต่ไม่มีมาตรการใดเชื่อมโยง');
  const titles = measureRows().map((row) => row[colIndex('measures', 'measure')]);
  expect(titles.filter((t) => t === title)).toHaveLength(1);
  expect(titles).toHaveLength(8);
  // The sidebar's "add" for a question refuses: there is no question score in this workbook.
  expect(() => addMeasureForQuestion('e7')).toThrow(/ไม่ใช่ข้อคำถามที่ต่ำกว่าเกณฑ์/);
});

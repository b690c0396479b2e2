// Suggest explains weak questions no measure links any more (an officer removed the link from a suggested
// row): it names them and says why nothing was added, instead of "every question is covered".
import { suggestMeasures } from '../../src/gas/actions';
import { colIndex } from '../../src/core/workbook';
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 2, 1);

test('an unlinked weak question is named with the row holding the same suggested text', () => {
  const f = world.fakes;
  expect(suggestMeasures().ok).toBe(true);
  const m = tableSheet(f, 'measures');
  const iQ = colIndex('measures', 'questions');
  const g = m.getDataRange().getValues();
  const i = g.findIndex((r) => r[9] === 'แนะนำ');
  const codes = String(g[i][iQ])
    .split(',')
    .map((c) => c.trim());
  m.getRange(i + 1, iQ + 1).setValue(''); // the officer removes the link, keeps the text
  f.calls.reset();
  const r = suggestMeasures();
  expect(r.ok).toBe(true);
  expect(f.calls.writes('Spreadsheet')).toEqual([]); // nothing added, nothing changed
  expect(r.message).not.toContain('มีมาตรการเชื่อมโยงแล้ว');
  for (const c of codes) {
    expect(r.message).toContain(`ข้อ ${c} ต้องพัฒนาแต่ไม่มีมาตรการใดเชื่อมโยง`);
    expect(r.message).toContain(`แถวที่ ${i + 1} รหัส ${g[i][0]}`);
  }
});

test('all linked: the plain message', () => {
  expect(suggestMeasures().ok).toBe(true);
  expect(suggestMeasures().message).toContain('ทุกข้อคำถามที่ต้องพัฒนามีมาตรการเชื่อมโยงแล้ว');
});

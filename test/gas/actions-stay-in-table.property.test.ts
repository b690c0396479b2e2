// Issue 14, invariant: no action writes outside its own table. Over random workbooks (the seed 001 sample
// with a random number of measures and history years) and random officer notes typed beside the tables on
// every sheet, each menu action is run and the whole spreadsheet is compared before and after: the sheets
// an action does not own are unchanged (values and backgrounds), and every note beside a table survives.
import fc from 'fast-check';
import { buildScenario, tableSheet, type World } from '../../scripts/bench/scenario';
import { dumpSheet, type FakeSheet } from '../../emulator';
import { computeGaps, highlightWeakQuestions, suggestMeasures } from '../../src/gas/actions';
import type { TableId } from '../../src/core/workbook';

/** The tables each action may write (its own output and the tables it documents as derived). */
const ACTIONS: { name: string; run: () => { ok: boolean }; owns: TableId[] }[] = [
  { name: 'computeGaps', run: computeGaps, owns: ['analysis', 'results'] },
  { name: 'highlightWeakQuestions', run: highlightWeakQuestions, owns: ['questionScores'] },
  { name: 'suggestMeasures', run: suggestMeasures, owns: ['measures', 'results'] },
];

interface Snapshot {
  values: unknown[][];
  backgrounds: string[][];
}

function snapshot(sheet: FakeSheet): Snapshot {
  const range = sheet.getDataRange();
  return { values: dumpSheet(sheet), backgrounds: range.getBackgrounds() };
}

const note = fc.record({
  sheet: fc.nat(),
  row: fc.integer({ min: 1, max: 40 }),
  gap: fc.integer({ min: 2, max: 5 }),
  text: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `หมายเหตุ ${s}`),
});

describe.each(ACTIONS)('$name writes only inside its own tables', ({ run, owns }) => {
  let world: World | undefined;
  afterEach(() => world?.uninstall());

  it('over random workbooks and officer notes beside every table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(note, { minLength: 1, maxLength: 8 }),
        (rows, years, notes) => {
          world?.uninstall();
          world = buildScenario(rows, years);
          const sheets = world.fakes.spreadsheet._sheets;
          const widths = sheets.map((s) => s.getLastColumn());
          const typed = notes.map((n) => {
            const s = n.sheet % sheets.length;
            const col = widths[s] + n.gap;
            sheets[s].getRange(n.row, col).setValue(n.text);
            return { sheet: sheets[s], row: n.row, col, text: n.text };
          });
          const owned = new Set(owns.map((t) => tableSheet(world!.fakes, t)));
          const before = sheets.map((s) => (owned.has(s) ? null : snapshot(s)));

          expect(run().ok).toBe(true);

          sheets.forEach((s, i) => {
            if (before[i]) expect({ sheet: s.getName(), ...snapshot(s) }).toEqual({ sheet: s.getName(), ...before[i] });
          });
          for (const t of typed) expect(t.sheet.getRange(t.row, t.col).getValue()).toBe(t.text);
        },
      ),
      { seed: 1414, numRuns: 6 },
    );
  });
});

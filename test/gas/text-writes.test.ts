// Issue 14: every text the add-on writes into a sheet is written as text. Property test (fast-check, fixed
// seed) over the Apps Script fakes, which parse setValues like USER_ENTERED (formulas, numbers, booleans,
// dates): any string through safeGrid (the workbook writers) or cellForSheet (the records sheets) reads
// back as that same string, never a formula, number, boolean or Date.
import fc from 'fast-check';
import { createFakes, installFakes } from '../../emulator';
import { safeGrid } from '../../src/core/workbook';
import { cellForSheet } from '../../src/core/workbook/records';

const typed = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=1+1', '=HYPERLINK("x")', '+1', '-5', '@me', "'q", '100', '1,234', '50%', 'TRUE', 'false'),
  fc.constantFrom('2024-01-05', '2024-01-05 10:30', '1/5/2024', '31.12.2024', '10:30', '5 Jan 2024', '$5', '1e3'),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom('', '%', '.5', ',000', ' ')).map(([n, s]) => `${n}${s}`),
);

it('property: a string written by the add-on reads back as the same string (seed 1414, 200 runs)', () => {
  const fakes = createFakes();
  const uninstall = installFakes(fakes);
  try {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('ทดสอบ');
    fc.assert(
      fc.property(fc.array(typed, { minLength: 1, maxLength: 6 }), (texts) => {
        const range = sheet.getRange(1, 1, 2, texts.length);
        range.setValues([safeGrid([texts])[0], texts.map((t) => cellForSheet(t))]);
        const back = range.getValues();
        const formulas = range.getFormulas();
        expect(back[0]).toEqual(texts);
        expect(back[1]).toEqual(texts);
        expect(formulas.flat().every((f) => f === '')).toBe(true);
      }),
      { seed: 1414, numRuns: 200 },
    );
  } finally {
    uninstall();
  }
});

// The out-of-date hash covers what the document shows, not every field of every measure.
import type { Fakes } from '../../emulator';
import { installFakesEach } from '../support/fakes';
import { dataHash, generateKind } from '../../src/gas/documents/generate';
import { docKindSpec } from '../../src/core/document';
import { docInput, MEASURES } from '../core/document-fixture';
import { changeableSource } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

test('a field the results report does not show leaves its hash alone; a shown one changes it', () => {
  const base = docInput();
  const hidden = docInput({
    measures: MEASURES.map((m, i) => (i === 0 ? { ...m, questions: ['e9'], oitRefs: ['o1'], origin: 'manual' } : m)),
  });
  const shown = docInput({ measures: MEASURES.map((m, i) => (i === 0 ? { ...m, responsible: 'กองคลัง' } : m)) });
  expect(dataHash('results-report', hidden)).toBe(dataHash('results-report', base));
  expect(dataHash('results-report', shown)).not.toBe(dataHash('results-report', base));
  expect(dataHash('results-report', { ...base, settings: { ...base.settings, outputFolderId: 'F9' } })).toBe(
    dataHash('results-report', base),
  );
});

test('generating builds the model once: the document and the logged hash come from the same build', () => {
  const spec = docKindSpec('results-report')!;
  const build = jest.spyOn(spec, 'build');
  try {
    const input = docInput();
    const r = generateKind('results-report', changeableSource(input));
    expect(r.ok).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
    const log = fakes.spreadsheet.getSheetByName('เอกสาร')!.getDataRange().getValues();
    expect(log[1]).toContain(dataHash('results-report', input)); // the same hash as a fresh build gives
  } finally {
    build.mockRestore();
  }
});

// The out-of-date hash covers what the document shows, not every field of every measure.
import { installFakesEach } from '../support/fakes';
import { dataHash } from '../../src/gas/documents/generate';
import { docInput, MEASURES } from '../core/document-fixture';

installFakesEach(() => {});

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

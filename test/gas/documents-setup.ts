// What the document tests set up alike: fresh fakes installed around each test, many measures, a source
// whose input a test can change between runs, the id of a generated doc.
import type { GenerateResult } from '../../src/shared/rpc';
import type { DocSource } from '../../src/gas/documents/source';
import type { DocInput } from '../../src/core/document';
import type { MeasureRow } from '../../src/core/types';
import { MEASURES } from '../core/document-fixture';

export { installFakesEach, installFakesPerTest } from '../support/fakes';

/** `n` measures cycling through the fixture's, ids M001… padded to `idWidth` digits. */
export function manyMeasures(n: number, idWidth: number): MeasureRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...MEASURES[i % MEASURES.length],
    id: `M${String(i + 1).padStart(idWidth, '0')}`,
    measure: `มาตรการที่ ${i + 1}`,
  }));
}

/** A source that loads whatever `s.input` is at the time (tests change it between runs). */
export function liveSource(s: { input: DocInput }): DocSource {
  return { load: () => ({ input: s.input }) };
}

/** A source holding `input`, changeable through its `input` field. */
export function changeableSource(input: DocInput): DocSource & { input: DocInput } {
  const s = { input, load: () => ({ input: s.input }) };
  return s;
}

/** The Drive id of a generated doc, from its URL. */
export const docIdOf = (r: GenerateResult): string => /\/d\/([^/]+)/.exec(r.url)![1];

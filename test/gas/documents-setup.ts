// What the document tests set up alike: fresh fakes installed around each test, many measures, a source
// whose input a test can change between runs, the id of a generated doc.
import { createFakes, installFakes, type Fakes, type FakesOptions } from '../../emulator';
import type { GenerateResult } from '../../src/shared/rpc';
import type { DocSource } from '../../src/gas/documents/source';
import type { DocInput } from '../../src/core/document';
import type { MeasureRow } from '../../src/core/types';
import { MEASURES } from '../core/document-fixture';

/** New fakes for every test of the file (handed to `set`), installed before it and removed after it. */
export function installFakesEach(set: (fakes: Fakes) => void, options?: FakesOptions): void {
  let restore: () => void;
  beforeEach(() => {
    const fakes = createFakes(options);
    set(fakes);
    restore = installFakes(fakes);
  });
  afterEach(() => restore());
}

/**
 * For files whose tests want different fake options: the returned `setup(options)` makes fakes (handed
 * to `set`) and installs them inside a test; they are removed after that test.
 */
export function installFakesPerTest(set: (fakes: Fakes) => void): (options?: FakesOptions) => void {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  return (options = {}) => {
    const fakes = createFakes(options);
    set(fakes);
    restore = installFakes(fakes);
  };
}

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

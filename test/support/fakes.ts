// Fresh Apps Script fakes installed around each test (emulator/): the setup almost every test file of
// the server code needs.
import { createFakes, installFakes, type Fakes, type FakesOptions } from '../../emulator';
import { buildScenario, type World } from '../../scripts/bench/scenario';

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

/**
 * A workbook built as an officer fills it (scripts/bench/scenario.ts: template, settings, seed 001
 * scores, `years` of history, `rows` measures and results) for every test, removed after it.
 */
export function scenarioEach(set: (world: World) => void, rows: number, years: number): void {
  let world: World;
  beforeEach(() => {
    world = buildScenario(rows, years);
    set(world);
  });
  afterEach(() => world.uninstall());
}

// Intake benchmark: how fast pasted score text is read — the core's parseScores (MB/s over a 1 MB paste),
// the command line's `ita analyze` on the same text, the import dialog's preview on the fakes, and the
// inputs that used to take quadratic time (one 60 KB line, 50,000 duplicate rows).
import { parseScores } from '../../src/core/intake';
import { main as itaMain } from '../../src/cli/ita';
import type { CliIO } from '../../src/cli/io';
import { importScoresPreview } from '../../src/gas/actions';
import { newWorld, setupTemplateOn, typeSettings } from './scenario';
import { seedText } from '../seed-001';

export interface IntakeBenchResult {
  /** UTF-8 bytes of the paste read by parseScores. */
  pasteBytes: number;
  /** parseScores on the paste. */
  parseMs: number;
  mbPerSec: number;
  /** `ita analyze` on the paste (fake I/O). */
  cliMs: number;
  /** The import dialog's preview of the paste, on the fakes (workbook set up with the demo's settings). */
  previewMs: number;
  /** The slowest of several 60 KB one-line inputs, through parseScores. */
  longLineMs: number;
  /** `ita analyze` on 50,000 identical rows (one duplicate warning each). */
  duplicatesMs: number;
}

const MB = 1024 * 1024;

/** Seed 001 repeated until the text holds at least `bytes` UTF-8 bytes (every copy after the first repeats it). */
export function pasteOf(bytes: number): string {
  const seed = seedText();
  const copies = Math.ceil(bytes / Buffer.byteLength(seed, 'utf8'));
  return seed.repeat(copies);
}

/** One-line inputs of about 60 KB of the shapes that used to take quadratic time. */
export function longLines(chars = 60000): string[] {
  const n = (unit: string) => Math.ceil(chars / unit.length);
  return [
    `ITA 2567\n${'<a '.repeat(n('<a '))}`,
    `ITA 2567\n${'ab  '.repeat(n('ab  '))}`,
    `ITA 2567\n${'1,'.repeat(n('1,'))}`,
    `ITA 2567\ni1\t${'95\t'.repeat(n('95\t'))}`,
    `ITA 2567\nการปฏิบัติหน้าที่ ${'9 '.repeat(n('9 '))}`,
  ];
}

function timed(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function silentIO(text: string): CliIO {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: () => text,
    readStdin: () => Promise.resolve(text),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchIntake(bytes = MB): Promise<IntakeBenchResult> {
  const paste = pasteOf(bytes);
  const pasteBytes = Buffer.byteLength(paste, 'utf8');
  parseScores(seedText()); // warm up the regular expressions and the catalogue
  const parseMs = timed(() => parseScores(paste));
  const cliMs = await timedAsync(() => itaMain(['analyze', 'paste.txt'], silentIO(paste)));
  const world = newWorld();
  let previewMs: number;
  try {
    setupTemplateOn();
    typeSettings(world.fakes);
    previewMs = timed(() => importScoresPreview(paste));
  } finally {
    world.uninstall();
  }
  const longLineMs = Math.max(...longLines().map((t) => timed(() => parseScores(t))));
  const dupes = `ITA 2567\n${'i1\t95.38\n'.repeat(50000)}`;
  const duplicatesMs = await timedAsync(() => itaMain(['analyze', 'dupes.txt'], silentIO(dupes)));
  return {
    pasteBytes,
    parseMs: round(parseMs),
    mbPerSec: round(pasteBytes / MB / (parseMs / 1000)),
    cliMs: round(cliMs),
    previewMs: round(previewMs),
    longLineMs: round(longLineMs),
    duplicatesMs: round(duplicatesMs),
  };
}

/** The one-line summary printed by `npm run bench`. */
export function intakeLine(r: IntakeBenchResult): string {
  return (
    `intake: parseScores of a ${(r.pasteBytes / MB).toFixed(2)} MB paste: ${r.parseMs} ms (${r.mbPerSec} MB/s); ` +
    `ita analyze: ${r.cliMs} ms; import preview: ${r.previewMs} ms; slowest 60 KB line: ${r.longLineMs} ms; ` +
    `50,000 duplicate rows (ita analyze): ${r.duplicatesMs} ms`
  );
}

if (require.main === module) {
  const bytes = Number(process.argv[2] ?? MB);
  void benchIntake(bytes).then((r) => console.log(intakeLine(r)));
}

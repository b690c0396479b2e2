// Bad input on the command lines of `npm run bench` and `npm run demo`: a Thai message that names the
// option and what was expected, exit code 2, never a stack trace or an English system message.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchInputError, benchMain, parseArgs } from '../../scripts/bench';
import { demoMain, parseOut } from '../../scripts/demo';

const ROOT = join(__dirname, '..', '..');

function capture(): { io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

const THAI = /[\u0E00-\u0E7F]/;

describe('bench options', () => {
  test('good options', () => {
    expect(parseArgs(['--json', '--rows', '10,100', '--years', '1', '--agencies', '0'])).toEqual({
      json: true,
      markdown: false,
      writeBaseline: false,
      rows: [10, 100],
      years: [1],
      agencies: 0,
    });
    expect(parseArgs([])).toEqual({
      json: false,
      markdown: false,
      writeBaseline: false,
      rows: [10, 100, 1000],
      years: [1, 10],
      agencies: 10000,
    });
    expect(parseArgs(['--json', '--write-baseline'])).toEqual({
      json: true,
      markdown: false,
      writeBaseline: true,
      rows: [10, 100],
      years: [1, 10],
      agencies: 10000,
    });
  });

  test.each([
    [['--rows', 'abc'], 'ตัวเลือก --rows ค่าที่ 1 ("abc") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป เช่น --rows 10,100'],
    [['--rows', '10,x'], 'ตัวเลือก --rows ค่าที่ 2 ("x") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป เช่น --rows 10,100'],
    [['--rows', '--json'], 'ตัวเลือก --rows ต้องตามด้วยจำนวนเต็มคั่นด้วยจุลภาค เช่น --rows 10,100'],
    [['--rows'], 'ตัวเลือก --rows ต้องตามด้วยจำนวนเต็มคั่นด้วยจุลภาค เช่น --rows 10,100'],
    [['--years', '0'], 'ตัวเลือก --years ค่าที่ 1 ("0") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป เช่น --years 1,10'],
    [['--rows', '0'], 'ตัวเลือก --rows ค่าที่ 1 ("0") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป เช่น --rows 10,100'],
    [['--years', '1.5'], 'ตัวเลือก --years ค่าที่ 1 ("1.5") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป เช่น --years 1,10'],
    [
      ['--agencies', '-5'],
      'ตัวเลือก --agencies ค่าที่ 1 ("-5") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป เช่น --agencies 10000 (0 = ไม่จับเวลาการวิเคราะห์)',
    ],
    [['--agencies', '10,20'], 'ตัวเลือก --agencies รับค่าเดียว เช่น --agencies 10000 (ได้ 2 ค่า)'],
    [
      ['--row', '10'],
      'ไม่รู้จักตัวเลือก "--row" (ตัวเลือกที่ใช้ได้: --json, --rows 10,100,1000, --years 1,10, --agencies 10000, --markdown, --write-baseline)',
    ],
    [
      ['--write-baseline', '--rows', '10'],
      'ตัวเลือก --write-baseline วัดที่ 10,100 แถว และ 1,10 ปีเสมอ จึงใช้ร่วมกับ --rows หรือ --years ไม่ได้',
    ],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new BenchInputError(message));
    const c = capture();
    expect(benchMain(argv, c.io)).toBe(2);
    expect(c.err).toEqual([message]);
    expect(c.out).toEqual([]);
  });
});

describe('demo options', () => {
  test('--out', () => {
    expect(parseOut([])).toBe('demo-out');
    expect(parseOut(['--out', 'x'])).toBe('x');
    expect(() => parseOut(['--out'])).toThrow('ตัวเลือก --out ต้องตามด้วยชื่อโฟลเดอร์ เช่น --out demo-out');
    expect(() => parseOut(['--out', '--json'])).toThrow('ตัวเลือก --out ต้องตามด้วยชื่อโฟลเดอร์ เช่น --out demo-out');
    expect(() => parseOut(['--json'])).toThrow('ไม่รู้จักตัวเลือก "--json" (ตัวเลือกที่ใช้ได้: --out โฟลเดอร์)');
  });

  test('an output folder that cannot be made: Thai reason and the path, exit 2', async () => {
    const c = capture();
    expect(await demoMain(['--out', '/dev/null/x'], c.io)).toBe(2);
    expect(c.err).toEqual([
      'เขียนผลลัพธ์ที่ "/dev/null/x" ไม่ได้: มีส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์ กรุณาเลือกโฟลเดอร์อื่นด้วย --out โฟลเดอร์',
    ]);
    expect(c.out).toEqual([]);
  });

  test('a file that cannot be written (a folder holds its name): Thai reason and the file, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-demo-bad-'));
    try {
      mkdirSync(join(dir, 'analysis.docx'));
      const c = capture();
      expect(await demoMain(['--out', dir], c.io)).toBe(2);
      expect(c.err).toEqual([
        `เขียนผลลัพธ์ที่ "${join(dir, 'analysis.docx')}" ไม่ได้: มีโฟลเดอร์ชื่อเดียวกับไฟล์ที่จะเขียน กรุณาเลือกโฟลเดอร์อื่นด้วย --out โฟลเดอร์`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown option: exit 2 before any work', async () => {
    const c = capture();
    expect(await demoMain(['--outdir', 'x'], c.io)).toBe(2);
    expect(c.err).toEqual(['ไม่รู้จักตัวเลือก "--outdir" (ตัวเลือกที่ใช้ได้: --out โฟลเดอร์)']);
  });
});

// The real processes, as a newcomer types them: exit status 2, Thai on stderr, no stack trace. One per
// script: what each refusal says is proven in process above (benchMain, demoMain); this proves the
// entry point turns it into exit 2 and one stderr line.
describe.each([
  ['scripts/bench.ts', ['--rows', 'abc']],
  ['scripts/demo.ts', ['--out', '/dev/null/x']],
])('%s %j as a process', (script, args) => {
  test('exit 2 with a Thai message only', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, script), ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60000 },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(THAI);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|ENOTDIR|NaN/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

test('--json: the list of actions, then the core timing as one final element (nothing on stderr)', () => {
  const c = capture();
  expect(benchMain(['--json', '--rows', '10', '--years', '1', '--agencies', '40'], c.io)).toBe(0);
  expect(c.err).toEqual([]);
  const list = JSON.parse(c.out.join('\n')) as Record<string, unknown>[];
  const core = list[list.length - 1];
  expect(core).toEqual({
    action: 'core-analysis',
    agencies: 40,
    ms: expect.any(Number),
    perAgencyMs: expect.any(Number),
    weakQuestions: expect.any(Number),
  });
  expect(core.weakQuestions).toBeGreaterThan(0);
  const rows = list.slice(0, -1);
  expect(rows).toHaveLength(7);
  for (const r of rows)
    expect(r).toMatchObject({
      action: expect.any(String),
      rows: 10,
      years: 1,
      calls: expect.any(Number),
      naiveCalls: expect.any(Number),
    });
});

test('--json --agencies 0: no core element, the list holds only actions', () => {
  const c = capture();
  expect(benchMain(['--json', '--rows', '10', '--years', '1', '--agencies', '0'], c.io)).toBe(0);
  const list = JSON.parse(c.out.join('\n')) as Record<string, unknown>[];
  expect(list.every((r) => typeof r.calls === 'number')).toBe(true);
});

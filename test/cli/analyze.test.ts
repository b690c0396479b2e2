// `ita analyze` with the real score parser, in-process and as a real process (node bin/ita.js).
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { main } from '../../src/cli/ita';
import { filesIO as capture } from './capture-io';
import { SEED_WEAK_PARTS } from '../core/analysis-fixtures';

const ROOT = resolve(__dirname, '../..');
/** A preload that makes any TypeScript loader (tsx, ts-node) fail to load. */
const NO_TS_LOADER = join(__dirname, 'no-ts-loader.cjs');
const EXAMPLE = join(ROOT, 'examples/seed-001-2567.txt');

/** Seed 001 (ITA 2567, เทศบาลตำบลก้อ): the indicator table and the question scores it prints. */
const SEED_001 = [
  'ผลการประเมิน ITA ปี 2567 เทศบาลตำบลก้อ',
  'คะแนนรวม\t95.11',
  'ตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน',
  ...[
    'การปฏิบัติหน้าที่\t97.43',
    'การใช้งบประมาณ\t95.64',
    'การใช้อำนาจ\t97.44',
    'การใช้ทรัพย์สินของราชการ\t92.82',
    'การแก้ไขปัญหาการทุจริต\t97.18',
    'คุณภาพการดำเนินงาน\t90.79',
    'ประสิทธิภาพการสื่อสาร\t88.13',
    'การปรับปรุงการทำงาน\t83.83',
    'การเปิดเผยข้อมูล\t100.00',
    'การป้องกันการทุจริต\t100.00',
  ].map((row, k) => `${k + 1}\t${row}`),
  '',
  'ข้อ\tส่วนที่ 1\tส่วนที่ 2',
  'e1\t95.25\t77.00',
  'e2\t95.75\t78.00',
  'e3\t98.75\t100',
  'e4\t96.50\t79.00',
  'e5\t96.75\t83.00',
  'e6\t96.50\t77.00',
  'e7\t96.50\t74.00',
  'e8\t96.00\t74.00',
  'e9\t62.50\t100',
  '',
  'ข้อ\tคะแนน',
  ...[95.38, 96.92, 100, 93.85, 96.45, 96.92, 94.62, 97.69, 100, 90.0, 97.69, 90.77, 97.69, 97.0, 96.15].map(
    (s, k) => `i${k + 1}\t${s}`,
  ),
].join('\n');

describe('ita analyze with the real parser', () => {
  it('reproduces the seed 001 figures exactly, with the mismatch warnings on stderr', async () => {
    const c = capture({ 'seed.txt': SEED_001 });
    expect(await main(['analyze', '--json', 'seed.txt'], c.io)).toBe(0);
    const j = JSON.parse(c.out());
    expect(j.overall).toEqual({ score: 95.11, level: 'ผ่านดี', pass: true, gap: -10.11 });
    expect(j.instruments.map((i: { score: number }) => i.score)).toEqual([96.1, 87.58, 100]);
    expect(j.indicators.map((i: { score: number }) => i.score)).toEqual([
      97.43, 95.64, 97.44, 92.82, 97.18, 90.79, 88.13, 83.83, 100, 100,
    ]);
    expect(j.weakQuestions.map((w: { code: string; part: number }) => `${w.code}/${w.part}`)).toEqual(SEED_WEAK_PARTS);
    expect(j.warnings).toHaveLength(2);
    expect(c.err()).toContain('ตัวชี้วัดที่ 2 การใช้งบประมาณ: คะแนนที่รายงาน 95.64 ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม 95.74');
    expect(c.err()).toContain('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต: คะแนนที่รายงาน 97.18');
  });

  it('names the line and column of a bad score once, and exits 2', async () => {
    const bad = SEED_001.replace('3\tการใช้อำนาจ\t97.44', '3\tการใช้อำนาจ\t9x.44');
    const line = bad.split('\n').findIndex((l) => l.includes('9x.44')) + 1;
    expect(line).toBe(6);
    const c = capture({ 'bad.txt': bad });
    expect(await main(['analyze', 'bad.txt'], c.io)).toBe(2);
    expect(c.err()).toContain(`bad.txt: บรรทัด ${line} คอลัมน์ 3: `);
    expect(c.err().split(`บรรทัด ${line}`).length).toBe(2);
    expect(c.out()).toBe('');
  });
});

describe('bin/ita.js as a real process (the bundled dist-cli/ita.js, no TypeScript loader)', () => {
  // The bundle of the sources as they are now (npm ci and npm run build make it too).
  beforeAll(() => {
    const b = spawnSync(process.execPath, ['scripts/build.mjs', '--cli-only'], { cwd: ROOT, encoding: 'utf8' });
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
  });

  it('starts without tsx or ts-node: loading either one fails the process', () => {
    const r = spawnSync(process.execPath, ['--require', NO_TS_LOADER, 'bin/ita.js', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ita analyze --json examples/seed-001-2567.txt');
  });

  const file = existsSync(EXAMPLE)
    ? EXAMPLE
    : (() => {
        const p = join(mkdtempSync(join(tmpdir(), 'ita-')), 'seed-001-2567.txt');
        writeFileSync(p, `\uFEFF${SEED_001}\n`);
        return p;
      })();

  it('analyze --json prints the report and exits 0', () => {
    const r = spawnSync(process.execPath, ['bin/ita.js', 'analyze', '--json', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ year: 2567, framework: '2567-2570', target: 85 });
    expect(j.overall.score).toBe(95.11);
    expect(j.indicators).toHaveLength(10);
    expect(j.weakQuestions.find((w: { code: string }) => w.code === 'e7')).toEqual({
      code: 'e7',
      part: 2,
      score: 74,
      gap: 11,
      belowThreshold: 11,
      indicator: 8,
      oitRefs: ['o25'],
    });
  });

  it('exits 2 with a Thai message on a missing file and on a bad --target', () => {
    const missing = spawnSync(process.execPath, ['bin/ita.js', 'analyze', 'no-such-file.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ไม่พบไฟล์ "no-such-file.txt"');
    const target = spawnSync(process.execPath, ['bin/ita.js', 'analyze', '--target', 'x', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(target.status).toBe(2);
    expect(target.stderr).toContain('ค่า --target "x" ไม่ถูกต้อง');
  });
});

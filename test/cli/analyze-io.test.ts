// The `ita` command in-process, with a stand-in parser: exit statuses, messages, options, stdin, BOM.
import { ParseResult } from '../../src/core/types';
import { seedSet } from '../core/analysis-fixtures';

const parseScores = jest.fn<ParseResult, [string, { year?: number }?]>();
jest.mock('../../src/core/intake', () => ({ parseScores: (...a: [string, { year?: number }?]) => parseScores(...a) }));

import { main } from '../../src/cli/ita';
import { filesIO as fakeIO } from './capture-io';

const ok = (): ParseResult => ({ scores: seedSet(), errors: [], warnings: [] });

beforeEach(() => {
  parseScores.mockReset();
  parseScores.mockImplementation(ok);
});

describe('ita analyze (in-process)', () => {
  it('prints the Thai text report and exits 0; analysis warnings also go to stderr', async () => {
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', 'a.txt'], c.io)).toBe(0);
    expect(c.out()).toContain('คะแนนรวม 95.11  ระดับ ผ่านดี');
    expect(c.err()).toContain('คำเตือน: ตัวชี้วัดที่ 2 การใช้งบประมาณ');
    expect(parseScores).toHaveBeenCalledWith('x', {});
  });

  it('--json prints the JSON report with 2-space indent', async () => {
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', '--json', 'a.txt'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^\{\n {2}"year": 2567,\n {2}"framework": "2567-2570",/);
    const j = JSON.parse(c.out());
    expect(j.overall).toEqual({ score: 95.11, level: 'ผ่านดี', pass: true, gap: -10.11 });
  });

  it('passes --year to the parser and --target/--threshold to the analysis', async () => {
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', '--year', '2567', '--target=90', '--threshold', '๘๐', '--json', 'a.txt'], c.io)).toBe(
      0,
    );
    expect(parseScores).toHaveBeenCalledWith('x', { year: 2567 });
    const j = JSON.parse(c.out());
    expect(j.target).toBe(90);
    expect(j.instruments[1].pass).toBe(false);
    expect(j.weakQuestions).toHaveLength(7);
  });

  it('reads stdin for "-" and strips a BOM', async () => {
    const c = fakeIO({}, '\uFEFFดาต้า');
    expect(await main(['analyze', '-'], c.io)).toBe(0);
    expect(parseScores).toHaveBeenCalledWith('ดาต้า', {});
  });

  it('parse errors: exit 2, Thai messages naming line and column on stderr, nothing on stdout', async () => {
    parseScores.mockReturnValue({
      scores: seedSet(),
      errors: [{ line: 12, column: 3, message: 'คะแนน "9x" ไม่ใช่ตัวเลข (ต้องเป็นตัวเลข 0–100)' }],
      warnings: [{ line: 2, message: 'ไม่พบปี ใช้ 2567' }],
    });
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', 'a.txt'], c.io)).toBe(2);
    expect(c.err()).toContain('a.txt: บรรทัด 12 คอลัมน์ 3: คะแนน "9x" ไม่ใช่ตัวเลข');
    expect(c.err()).toContain('คำเตือน: a.txt: บรรทัด 2: ไม่พบปี ใช้ 2567');
    expect(c.out()).toBe('');
  });

  it('parse warnings alone do not change the exit status', async () => {
    parseScores.mockReturnValue({ ...ok(), warnings: [{ line: 5, column: 1, message: 'ข้ามบรรทัดนี้' }] });
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', 'a.txt'], c.io)).toBe(0);
    expect(c.err()).toContain('บรรทัด 5 คอลัมน์ 1: ข้ามบรรทัดนี้');
  });

  it.each([
    [['analyze', '--bogus', 'a.txt'], 'ไม่รู้จักตัวเลือก "--bogus"'],
    [['analyze', '--target', 'abc', 'a.txt'], 'ค่า --target "abc" ไม่ถูกต้อง'],
    [['analyze', '--target', '0', 'a.txt'], 'ค่า --target "0" ไม่ถูกต้อง'],
    [['analyze', '--target', '120', 'a.txt'], 'ค่า --target "120" ไม่ถูกต้อง'],
    [['analyze', '--year', '67', 'a.txt'], 'ค่า --year "67" ไม่ถูกต้อง'],
    [['analyze', 'a.txt', '--target'], 'ต้องมีค่าตามหลัง'],
    [['analyze'], 'ต้องระบุไฟล์คะแนน'],
    [['analyze', 'a.txt', 'b.txt'], 'ระบุไฟล์ได้ครั้งละ 1 ไฟล์'],
    [['analyze', 'missing.txt'], 'ไม่พบไฟล์ "missing.txt"'],
    [['frobnicate'], 'ไม่รู้จักคำสั่ง "frobnicate"'],
    [[], 'ใช้งาน (usage)'],
  ])('bad input %j → exit 2 and a Thai message', async (argv, message) => {
    const c = fakeIO({ 'a.txt': 'x', 'b.txt': 'y' });
    expect(await main(argv as string[], c.io)).toBe(2);
    expect(c.err()).toContain(message);
    expect(c.out()).toBe('');
  });

  it('an unknown year from the analysis is bad input (exit 2), not a crash', async () => {
    parseScores.mockReturnValue({ ...ok(), scores: { ...seedSet(), current: { ...seedSet().current, year: 1900 } } });
    const c = fakeIO({ 'a.txt': 'x' });
    expect(await main(['analyze', 'a.txt'], c.io)).toBe(2);
    expect(c.err()).toContain('ปีการประเมิน 1900 ไม่ถูกต้อง');
  });

  it('--help prints Thai and English usage', async () => {
    const c = fakeIO();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('ใช้งาน (usage): ita <คำสั่ง>');
    expect(c.out()).toContain('analyze');
    expect(c.out()).toContain('commands');
    const d = fakeIO();
    expect(await main(['analyze', '--help'], d.io)).toBe(0);
    expect(d.out()).toContain('--target N');
    expect(d.out()).toContain('ค่าเป้าหมาย');
    const e = fakeIO();
    expect(await main(['help', 'analyze'], e.io)).toBe(0);
    expect(e.out()).toContain('--threshold');
  });
});

// `ita analyze`: the intake's warnings reach the JSON with their line/column, and stderr shows each warning once.
import { main } from '../../src/cli/ita';
import { textIO as capture } from './capture-io';

describe('ita analyze warnings', () => {
  test('intake warnings (l3 → i3, "ข้อ 30" → o30, a single EIT value) are in the JSON with their location', async () => {
    const c = capture('ITA 2567\nข้อ l3\t100\nOIT\tข้อ 30\t100\nข้อ e1\t95.25\n');
    expect(await main(['analyze', '--json', 'x.txt'], c.io)).toBe(0);
    const warnings: string[] = JSON.parse(c.out()).warnings;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^บรรทัด 2 คอลัมน์ 1: อ่าน "ข้อ l3" เป็น i3/),
        expect.stringMatching(/^บรรทัด 3 คอลัมน์ 2: อ่าน "ข้อ 30" เป็น o30/),
        expect.stringMatching(/^บรรทัด 4 คอลัมน์ 2: ข้อ e1 มีคะแนน 2 ส่วน แต่พบค่าเดียว/),
      ]),
    );
  });

  test('an ignored leading number (rank) warning is in the JSON too', async () => {
    const c = capture('ITA 2567\n1\tการเปิดเผยข้อมูล\t100.00\n');
    expect(await main(['analyze', '--json', 'x.txt'], c.io)).toBe(0);
    const warnings: string[] = JSON.parse(c.out()).warnings;
    expect(warnings.some((w) => w.startsWith('บรรทัด 2 คอลัมน์ 2: เลข 1 หน้าชื่อ'))).toBe(true);
  });

  test('the nearest-catalogue warning (from the parser and from the analysis) is printed and reported once', async () => {
    const c = capture('ITA 2580\nการปฏิบัติหน้าที่\t97.43\n');
    expect(await main(['analyze', '--json', 'x.txt'], c.io)).toBe(0);
    const lines = c
      .err()
      .split('\n')
      .filter((l) => l.startsWith('คำเตือน:'));
    expect(new Set(lines).size).toBe(lines.length);
    const catalogueLines = lines.filter((l) => l.includes('2580'));
    expect(catalogueLines).toHaveLength(1);
    const warnings: string[] = JSON.parse(c.out()).warnings;
    expect(new Set(warnings).size).toBe(warnings.length);
    expect(warnings.filter((w) => w.includes('2580'))).toHaveLength(1);
  });

  test('stderr names the file before a located intake warning', async () => {
    const c = capture('ITA 2567\nข้อ l3\t100\n');
    expect(await main(['analyze', 'scores.txt'], c.io)).toBe(0);
    expect(c.err()).toContain('คำเตือน: scores.txt: บรรทัด 2 คอลัมน์ 1: อ่าน "ข้อ l3" เป็น i3');
  });
});

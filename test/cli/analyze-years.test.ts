// `ita analyze --year` accepts a C.E. year once, converted to B.E. with a Thai warning.
import { main } from '../../src/cli/ita';
import { textIO as capture } from './capture-io';

const SCORES = 'ITA 2566\nการปฏิบัติหน้าที่\t90\nITA 2567\nการปฏิบัติหน้าที่\t97.43\n';

describe('ita analyze --year with a C.E. year', () => {
  test('--year 2024 --json: year 2567, rows under "ITA 2567" are current, change against 2566', async () => {
    const c = capture(SCORES);
    expect(await main(['analyze', '--year', '2024', '--json', 'x.txt'], c.io)).toBe(0);
    const j = JSON.parse(c.out());
    expect(j.year).toBe(2567);
    expect(j.framework).toBe('2567-2570');
    expect(j.indicators[0]).toMatchObject({ number: 1, score: 97.43, change: 7.43 });
    expect(c.err()).toContain('ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567');
  });

  test('the text report names ITA 2567, never 2024', async () => {
    const c = capture(SCORES);
    expect(await main(['analyze', '--year', '2024', 'x.txt'], c.io)).toBe(0);
    expect(c.out()).toContain('ITA ปี 2567');
    expect(c.out()).not.toMatch(/ITA ปี 2024|เทียบปี 2023/);
  });

  test('a year outside both eras is a usage error (exit 2)', async () => {
    const c = capture(SCORES);
    expect(await main(['analyze', '--year', '3000', 'x.txt'], c.io)).toBe(2);
    expect(c.err()).toContain('--year');
  });
});

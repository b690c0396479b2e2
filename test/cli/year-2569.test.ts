// ITA 2569 end to end: a 2569 table (indicators, EIT in two parts, some OIT items) through `ita analyze`
// and `ita generate`. Every output names the 2569 items (measures o25, results o26) and never an item
// above o26 (the 2569 OIT list has 26 items); "o30" is refused with a located Thai message.
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/ita';
import { captureIO, filesIO } from './capture-io';
import { docxLines } from '../demo/doc-text';

const SAMPLE = join(__dirname, '../../examples/sample-2569.txt');
const TEXT = readFileSync(SAMPLE, 'utf8');
const DOCS = ['measures-plan', 'announcement', 'results-report', 'analysis'];

/** Every OIT code named in a text, as numbers. */
const oitNumbers = (text: string): number[] => [...text.matchAll(/\bo(\d+)\b/gi)].map((m) => Number(m[1]));

async function run(args: string[], io = captureIO((p) => readFileSync(p, 'utf8'))) {
  const code = await main(args, io.io);
  return { code, out: io.out(), err: io.err() };
}

describe('ITA 2569 through the command line', () => {
  it('ita analyze (text and JSON) cites 2569 items only, E-Service as o10', async () => {
    for (const args of [
      ['analyze', SAMPLE],
      ['analyze', '--json', SAMPLE],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      const all = r.out + r.err;
      expect(Math.max(...oitNumbers(all))).toBeLessThanOrEqual(26);
      expect(all).toContain('o25');
    }
    const j = JSON.parse((await run(['analyze', '--json', SAMPLE])).out);
    expect(j.framework).toBe('2567-2570');
    const e2 = j.weakQuestions.find((w: { code: string }) => w.code === 'e2');
    expect(e2.oitRefs).toEqual(['o10', 'o8', 'o9']);
    const weakItem = j.weakQuestions.find((w: { code: string }) => w.code === 'o25');
    expect(weakItem).toMatchObject({ indicator: 10 });
    expect(j.weakQuestions.map((w: { code: string }) => w.code)).toContain('e7');
  });

  it('says once which 2569 facts are unconfirmed', async () => {
    const r = await run(['analyze', SAMPLE]);
    const times = (s: string) => s.split('ข้อมูลของปี พ.ศ. 2569 ที่ยังไม่ได้ยืนยัน').length - 1;
    expect(times(r.err)).toBe(1);
    expect(times(r.out)).toBe(1);
    expect(r.err).toContain('การจัดข้อ OIT เข้าตัวชี้วัดที่ 9 (o1–o19) และตัวชี้วัดที่ 10 (o20–o26)');
  });

  it('ita generate names o25 and o26 for the measures and results items, and nothing above o26', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-2569-'));
    const r = await run(['generate', '--out', out, '--arabic-digits', SAMPLE]);
    expect(r.code).toBe(0);
    const text: Record<string, string> = {};
    for (const d of DOCS) text[d] = (await docxLines(readFileSync(join(out, `${d}.docx`)))).join('\n');
    expect(text['measures-plan']).toContain(
      'เผยแพร่ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ o25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
    );
    expect(text['results-report']).toContain(
      '(OIT) ข้อ o26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    );
    for (const d of DOCS) expect(`${d}: ${Math.max(0, ...oitNumbers(text[d]))}`).toMatch(/: (\d|1\d|2[0-6])$/);
    expect(oitNumbers(text.analysis)).toContain(26);
  });

  it('refuses "o30 100" for 2569 with the line, the column and the codes 2569 has', async () => {
    const bad = `${TEXT}ข้อ o30\t100\n`;
    const line = bad.split('\n').length - 1;
    const r = await run(['analyze', 'x.txt'], filesIO({ 'x.txt': bad }));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`บรรทัด ${line} คอลัมน์ 1: ไม่มีข้อ o30 ในชุดตัวชี้วัด ปี 2569 (ชุด 2569-2570 มีข้อ o1–o26)`);
  });
});

// `ita generate --measures-item / --results-item`: the OIT item codes of the plan and the report for a
// year whose numbers are not confirmed (2568), as the workbook's ตั้งค่า rows give them. Without the
// options a 2568 plan names its item by title only and warns; with them every document prints the code.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/ita';
import { captureIO } from './capture-io';
import { docxLines } from '../demo/doc-text';

const TEXT_2568 = [
  'ผลการประเมิน ITA องค์การบริหารส่วนตำบลตัวอย่าง ประจำปีงบประมาณ พ.ศ. 2568',
  'ตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน',
  '1\tการปฏิบัติหน้าที่\t95.10',
  '2\tการใช้งบประมาณ\t92.40',
  '3\tการใช้อำนาจ\t94.20',
  '4\tการใช้ทรัพย์สินของราชการ\t88.90',
  '5\tการแก้ไขปัญหาการทุจริต\t90.30',
  '6\tคุณภาพการดำเนินงาน\t87.17',
  '7\tประสิทธิภาพการสื่อสาร\t84.50',
  '8\tการปรับปรุงการทำงาน\t80.75',
  '9\tการเปิดเผยข้อมูล\t60.00',
  '10\tการป้องกันการทุจริต\t50.00',
  '',
].join('\n');

async function generate(extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'ita-items-'));
  const file = join(out, 'scores-2568.txt');
  writeFileSync(file, TEXT_2568);
  const io = captureIO((p) => readFileSync(p, 'utf8'));
  const code = await main(['generate', '--out', out, '--arabic-digits', ...extra, file], io.io);
  const text = async (d: string) => (await docxLines(readFileSync(join(out, `${d}.docx`)))).join('\n');
  return { code, err: io.err(), text };
}

describe('ita generate with the OIT item codes of a year not yet confirmed', () => {
  it('without the options: the items by title only, and a warning that says which option to give', async () => {
    const r = await generate([]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('ในปี 2568 ยังไม่ยืนยัน');
    expect(r.err).toContain('--measures-item');
    expect(r.err).toContain('--results-item');
    expect(await r.text('measures-plan')).not.toMatch(/\(OIT\) ข้อ o\d+/);
  });

  it('--measures-item o25 --results-item o26 reach the plan and the report', async () => {
    const r = await generate(['--measures-item', 'o25', '--results-item', 'O 26']);
    expect(r.code).toBe(0);
    expect(await r.text('measures-plan')).toMatch(/\(OIT\) ข้อ o25 /);
    expect(await r.text('results-report')).toMatch(/\(OIT\) ข้อ o26 /);
  });

  it('refuses a value that is not an OIT item code, naming the option and an example', async () => {
    const r = await generate(['--measures-item', 'ข้อ 25x']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ค่า --measures-item "ข้อ 25x" ไม่ใช่รหัสข้อ OIT ต้องเป็นตัว o ตามด้วยเลขข้อ เช่น --measures-item o25');
  });
});

import { dumpSheet, type Fakes } from '../../emulator';
import type { FakeTable } from '../../emulator/document/elements';
import { generateKind } from '../../src/gas/documents/generate';
import type { GenerateResult } from '../../src/shared/rpc';
import { pullAllComments } from '../../src/gas/documents/pull';
import { documentsStatusList } from '../../src/gas/documents/status';
import type { DocInput } from '../../src/core/document';
import type { DocSource } from '../../src/gas/documents/source';
import type { MeasureRow } from '../../src/core/types';
import { docInput, MEASURES } from '../core/document-fixture';
import { changeableSource, installFakesPerTest } from './documents-setup';

function measures(n: number): MeasureRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...MEASURES[i % MEASURES.length],
    id: `M${String(i + 1).padStart(3, '0')}`,
    measure: `มาตรการที่ ${i + 1} ${MEASURES[i % MEASURES.length].measure}`,
  }));
}

/** A source whose input the test changes between runs. */
/** Arabic digits so that tests can anchor comments on "มาตรการที่ 3". */
function input(ms: MeasureRow[]): DocInput {
  return docInput({ measures: ms, settings: { ...docInput().settings, thaiDigits: false } });
}

/** The officer opens the doc in the browser (the renderer closed it with saveAndClose). */
function handEdit(id: string) {
  fakes.doc(id).closed = false;
}

let fakes: Fakes;
const setup = installFakesPerTest((f) => (fakes = f));

const measuresTable = (docId: string): FakeTable => {
  const t = fakes.doc(docId).body.getTables()[2]; // indicators, weak, measures
  return t;
};
/** Table cells written: whole (TableCell.setText) or only their changed range (Paragraph.editAsText). */
const cellWrites = () => fakes.calls.by('TableCell.setText') + fakes.calls.by('Paragraph.editAsText');
const docIdOf = (r: GenerateResult) => /\/d\/([^/]+)/.exec(r.url)![1];
const logSheet = () => fakes.spreadsheet.getSheetByName('เอกสาร')!;
const commentsSheet = () => fakes.spreadsheet.getSheetByName('ความเห็น');

describe('first generation', () => {
  test('creates the doc with the model, A4, Sarabun, one appendTable per table, and logs it', () => {
    setup();
    const src = changeableSource(docInput({ measures: measures(10) }));
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'created', version: 1 });
    expect(r.title).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลก้อ ปีงบประมาณ ๒๕๖๘');
    const doc = fakes.doc(docIdOf(r));
    expect(doc.body.getPageWidth()).toBeCloseTo(595.28, 1);
    expect(doc.body.getMarginLeft()).toBeCloseTo(85.04, 1);
    const t = measuresTable(doc.id);
    expect(t._texts()[0]).toEqual(['มาตรการ/แนวทางการดำเนินงาน', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'การติดตามผล']);
    expect(t._texts()).toHaveLength(11);
    expect(t.getAttributes()).toMatchObject({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 12 });
    for (const c of t.rows[0].cells)
      expect(c.getAttributes()).toMatchObject({ BOLD: true, BACKGROUND_COLOR: '#D9D9D9' });
    expect(doc.body.getParagraphs()[0].getAttributes()).toMatchObject({ FONT_FAMILY: 'Sarabun', BOLD: true });
    expect(fakes.calls.by('Body.appendTable')).toBe(3);
    // the log row
    const log = dumpSheet(logSheet());
    expect(log).toHaveLength(2);
    expect(log[0]).toEqual(expect.arrayContaining(['ประเภทเอกสาร', 'ลิงก์', 'ฉบับที่', 'แทนที่ฉบับ']));
    expect(log[1]).toEqual(expect.arrayContaining([r.url, doc.id, 1, 'officer@example.go.th'])); // Session.getActiveUser()
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test('the doc goes into the folder the add-on creates (once, remembered), or the folder in settings', () => {
    setup();
    const r = generateKind('results-report', changeableSource(docInput()));
    const folder = fakes.raw.properties.document.getProperty('ita.outputFolderId')!;
    expect(fakes.drive.files.get(folder)).toMatchObject({ name: 'เอกสาร ITA – แบบประเมิน ITA', byApp: true });
    expect(fakes.drive.files.get(docIdOf(r))!.parents).toEqual([folder]);
    expect(r.message).toContain('สร้างโฟลเดอร์ "เอกสาร ITA – แบบประเมิน ITA"');
    const again = generateKind('analysis-report', changeableSource(docInput()));
    expect(fakes.drive.files.get(docIdOf(again))!.parents).toEqual([folder]);
    expect([...fakes.drive.files.values()].filter((f) => f.name.startsWith('เอกสาร ITA'))).toHaveLength(1);
    fakes.addFolder('F2', 'เอกสารเผยแพร่');
    const r2 = generateKind(
      'measures-plan',
      changeableSource(docInput({ settings: { ...docInput().settings, outputFolderId: 'F2' } })),
    );
    expect(fakes.drive.files.get(docIdOf(r2))!.parents).toEqual(['F2']);
  });

  test('an empty measures table lists the planned measures, and the officer is warned', () => {
    setup();
    const r = generateKind('measures-plan', changeableSource(docInput({ measures: [] })));
    expect(r.ok).toBe(true);
    expect(measuresTable(docIdOf(r))._texts()[1][0]).toContain('มาตรการส่งเสริมการใช้บริการออนไลน์ (E-Service)');
    expect(r.warnings.join('\n')).toContain('เอกสารนี้จึงใช้มาตรการที่ระบบเสนอ');
  });

  test('a cell with thousands of characters is written, with a warning', () => {
    setup();
    const ms = measures(3);
    ms[1] = { ...ms[1], method: 'ก'.repeat(12000) };
    const r = generateKind('measures-plan', changeableSource(docInput({ measures: ms })));
    expect(r.ok).toBe(true);
    expect(measuresTable(docIdOf(r))._texts()[2][1]).toHaveLength(12000);
    expect(r.warnings.join('\n')).toContain('12,000');
  });
});

describe('regeneration in place', () => {
  function generated(n = 10) {
    setup();
    const src = changeableSource(input(measures(n)));
    const first = generateKind('measures-plan', src);
    return { src, first, id: docIdOf(first) };
  }

  test('no change: zero edits, comments kept and not even backed up', () => {
    const { src, id } = generated();
    const c = fakes.addComment(id, { content: 'ดีมาก', anchorText: 'มาตรการที่ 3' });
    fakes.calls.reset();
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'unchanged', version: 1 });
    expect(fakes.calls.by('Paragraph.setText') + fakes.calls.by('TableCell.setText')).toBe(0);
    expect(
      fakes.calls.byPrefix('Body.insert') + fakes.calls.by('Table.removeRow') + fakes.calls.by('Table.insertTableRow'),
    ).toBe(0);
    expect(fakes.isCommentAttached(c)).toBe(true);
    expect(fakes.docs.size).toBe(1);
  });

  test('one period typed: the table keeps its shape, that row and the sentence above change, comments stay', () => {
    // The period is not a column (measure-cells.ts): a column that came and went with the data made
    // this edit remove and re-insert the whole table, detaching every comment anchored in it.
    const { src, id } = generated();
    const inTable = fakes.addComment(id, { content: 'ควรระบุวันที่', anchorText: 'มาตรการที่ 2', author: 'ปลัด' });
    const ms = measures(10).map((m) => ({ ...m, period: '' }));
    src.input = input(ms);
    generateKind('measures-plan', src);
    ms[4] = { ...ms[4], period: 'ม.ค. – มี.ค. 68' };
    src.input = input(ms);
    fakes.calls.reset();
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'updated', version: 1 });
    expect(fakes.calls.byPrefix('Body.insert') + fakes.calls.by('Table.removeFromParent')).toBe(0);
    expect(measuresTable(id)._texts()[5][0]).toMatch(/ \(ระยะเวลา ม\.ค\. – มี\.ค\. 68\)$/);
    expect(fakes.isCommentAttached(inTable)).toBe(true);
  });

  test("one measure changed: only that row's changed cells rewritten; comments elsewhere survive; backed up first", () => {
    const { src, id } = generated();
    const elsewhere = fakes.addComment(id, { content: 'ควรระบุวันที่', anchorText: 'มาตรการที่ 2', author: 'ปลัด' });
    const ms = measures(10);
    ms[4] = { ...ms[4], followUp: 'รายงานทุกเดือน' };
    src.input = input(ms);
    fakes.calls.reset();
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'updated', version: 1 });
    expect(cellWrites()).toBe(1);
    expect(fakes.calls.by('Paragraph.setText')).toBe(0);
    expect(fakes.calls.by('TableCell.getText')).toBe(1); // only the changed cell is read back
    expect(measuresTable(id)._texts()[5][3]).toBe('รายงานทุกเดือน');
    expect(fakes.isCommentAttached(elsewhere)).toBe(true);
    const comments = dumpSheet(commentsSheet()!);
    expect(comments).toHaveLength(2);
    expect(comments[1]).toEqual(expect.arrayContaining(['ปลัด', 'ควรระบุวันที่', 'M002', 'ไม่']));
    expect(fakes.docs.size).toBe(1);
  });

  test('rows added and removed', () => {
    const { src, id } = generated();
    const ms = measures(10);
    const next = [...ms.slice(0, 3), { ...ms[0], id: 'X1', measure: 'มาตรการเพิ่มใหม่' }, ...ms.slice(3, 8)]; // +X1, −M009, −M010
    src.input = input(next);
    fakes.calls.reset();
    const r = generateKind('measures-plan', src);
    expect(r.action).toBe('updated');
    expect(fakes.calls.by('Table.insertTableRow')).toBe(1);
    expect(fakes.calls.by('Table.removeRow')).toBe(2);
    const texts = measuresTable(id)._texts();
    expect(texts).toHaveLength(10);
    expect(texts[4][0]).toContain('มาตรการเพิ่มใหม่');
    // a third run with the same data changes nothing
    fakes.calls.reset();
    expect(generateKind('measures-plan', src).action).toBe('unchanged');
  });

  test('a measure inserted in the middle: following rows renumbered by editing only their number; comments on them stay', () => {
    const { src, id } = generated();
    const onM8 = fakes.addComment(id, { content: 'ตัวชี้วัดไม่ชัด', anchorText: 'มาตรการที่ 8', author: 'ผู้อำนวยการกอง' });
    const ms = measures(10);
    src.input = input([...ms.slice(0, 3), { ...ms[0], id: 'X1', measure: 'มาตรการเพิ่มใหม่' }, ...ms.slice(3)]);
    fakes.calls.reset();
    const r = generateKind('measures-plan', src);
    expect(r.action).toBe('updated');
    expect(fakes.calls.by('Table.insertTableRow')).toBe(1);
    expect(fakes.calls.by('TableCell.setText')).toBe(0);
    expect(fakes.calls.by('Paragraph.editAsText')).toBe(7 + 1); // rows 4–10 become 5–11; "จำนวน 10 มาตรการ" → 11
    expect(fakes.calls.by('TableCell.getText')).toBe(7); // their first cells only
    const texts = measuresTable(id)._texts();
    expect(texts.slice(1).map((row) => row[0].split(' ')[0])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
      '11.',
    ]);
    expect(texts[9][0]).toMatch(/^9\. มาตรการที่ 8 /);
    expect(fakes.isCommentAttached(onM8)).toBe(true);
    expect(generateKind('measures-plan', src).action).toBe('unchanged');
  });

  test('the log records who generated the doc; "(ไม่ทราบ)" when Apps Script gives no e-mail', () => {
    setup({ activeUserEmail: 'somchai@ko.go.th' });
    const src = changeableSource(input(measures(3)));
    generateKind('measures-plan', src);
    const log = () => dumpSheet(logSheet());
    const by = () => log()[1][log()[0].indexOf('โดย')];
    expect(by()).toBe('somchai@ko.go.th');
    fakes.raw.session.activeUserEmail = '';
    src.input = input(measures(4));
    expect(generateKind('measures-plan', src).action).toBe('updated');
    expect(by()).toBe('(ไม่ทราบ)');
  });

  test('doc edited by hand (row added) → new version, old kept untouched and linked', () => {
    const { src, id, first } = generated();
    handEdit(id);
    const t = measuresTable(id);
    t.appendTableRow().appendTableCell('เพิ่มเอง'); // officer's own row (raw = not counted)
    const before = JSON.stringify(fakes.doc(id).inspect());
    const ms = measures(10);
    ms[0] = { ...ms[0], responsible: 'กองคลัง' };
    src.input = input(ms);
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'newVersion', version: 2 });
    expect(r.title).toContain('(ฉบับที่ 2)'); // Arabic digits set (input()): no "๒" in an Arabic title
    expect(r.message).toContain('แก้ไขโครงสร้างด้วยมือ');
    expect(JSON.stringify(fakes.doc(id).inspect())).toBe(before);
    const log = dumpSheet(logSheet());
    const header = log[0];
    const col = (h: string) => header.indexOf(h);
    expect(log).toHaveLength(3);
    const newRow = log.find((row) => row[col('ฉบับที่')] === 2)!;
    expect(newRow[col('แทนที่ฉบับ')]).toBe(first.url);
    expect(String(log.find((row) => row[col('ฉบับที่')] === 1)![col('สถานะ')])).toContain('ฉบับเก่า');
    // the next run updates version 2 in place
    expect(generateKind('measures-plan', src).action).toBe('unchanged');
  });

  test('a hand edit colliding with a data change → new version, said in Thai', () => {
    const { src, id } = generated();
    handEdit(id);
    const cell = measuresTable(id).getCell(3, 1);
    cell.setText('ผู้ตรวจแก้ข้อความนี้');
    const ms = measures(10);
    ms[2] = { ...ms[2], method: 'วิธีใหม่จากสมุดงาน' };
    src.input = input(ms);
    const r = generateKind('measures-plan', src);
    expect(r.action).toBe('newVersion');
    expect(r.message).toContain('M003');
    expect(measuresTable(id).getCell(3, 1).getText()).toBe('ผู้ตรวจแก้ข้อความนี้');
  });
});

describe('faults', () => {
  test('doc trashed since the last run (openById still opens it) → new version, the trashed doc untouched', () => {
    setup();
    const src = changeableSource(docInput({ measures: measures(3) }));
    const first = generateKind('measures-plan', src);
    const id = docIdOf(first);
    fakes.trashDoc(id);
    src.input = docInput({ measures: measures(4) });
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'newVersion', version: 2 });
    expect(r.message).toContain('อยู่ในถังขยะ');
    expect(measuresTable(id)._texts()).toHaveLength(4); // not updated in the trash
    expect(dumpSheet(logSheet()).flat()).toContain('อยู่ในถังขยะ');
  });

  test('doc deleted for good → new version', () => {
    setup();
    const src = changeableSource(docInput());
    fakes.deleteDoc(docIdOf(generateKind('measures-plan', src)));
    expect(generateKind('measures-plan', src)).toMatchObject({ action: 'newVersion' });
  });

  test('doc made read-only → new version, old untouched', () => {
    setup();
    const src = changeableSource(docInput({ measures: measures(3) }));
    const id = docIdOf(generateKind('measures-plan', src));
    fakes.setDocReadOnly(id);
    src.input = docInput({ measures: measures(4) });
    const r = generateKind('measures-plan', src);
    expect(r.action).toBe('newVersion');
    expect(r.message).toContain('ไม่มีสิทธิ์แก้ไข');
    expect(measuresTable(id)._texts()).toHaveLength(4);
  });

  test('no permission on the output folder → nothing created', () => {
    setup();
    fakes.addFolder('LOCKED', 'ลับ', false);
    const r = generateKind(
      'measures-plan',
      changeableSource(docInput({ settings: { ...docInput().settings, outputFolderId: 'LOCKED' } })),
    );
    expect(r).toMatchObject({ ok: false, action: 'failed' });
    expect(r.message).toContain('ส่วนเสริมเข้าถึงโฟลเดอร์ที่กำหนดในชีต "ตั้งค่า" ไม่ได้ (LOCKED)');
    expect(fakes.docs.size).toBe(0);
  });

  test('daily quota reached → Thai message, 24 hours, nothing created or logged', () => {
    setup({ docsCreateQuota: 0 });
    const r = generateKind('measures-plan', changeableSource(docInput()));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('24 ชั่วโมง');
    expect(r.message).not.toMatch(/Service invoked/);
    expect(fakes.docs.size).toBe(0);
    expect(dumpSheet(logSheet())).toHaveLength(0); // not written
  });

  test('another officer is generating → plain Thai message, nothing done', () => {
    setup();
    fakes.holdDocumentLockByOther();
    const r = generateKind('measures-plan', changeableSource(docInput()));
    expect(r).toMatchObject({ ok: false, action: 'failed' });
    expect(r.message).toContain('ผู้ใช้อื่นกำลังสร้าง');
    expect(fakes.docs.size).toBe(0);
  });

  test('Drive advanced service off: first generation works; a changed doc is refused (no new doc per change) unless a new version is asked for', () => {
    setup({ driveAdvancedService: false });
    const src = changeableSource(input(measures(5)));
    const first = generateKind('measures-plan', src);
    expect(first.action).toBe('created');
    const id = docIdOf(first);
    const c = fakes.addComment(id, { content: 'ตรวจแล้ว', anchorText: 'มาตรการที่ 5' });
    for (const n of [4, 3, 2]) {
      src.input = input(measures(n));
      const refused = generateKind('measures-plan', src);
      expect(refused).toMatchObject({ ok: false, action: 'failed', version: 1 });
      expect(refused.message).toContain('ยังไม่ได้ปรับปรุงเอกสาร');
      expect(refused.message).toContain('เพิ่ม Drive API');
    }
    expect(fakes.docs.size).toBe(1);
    const r = generateKind('measures-plan', src, { newVersionIfDriveOff: true });
    expect(r).toMatchObject({ action: 'newVersion', version: 2 });
    expect(r.message).toContain('Drive API');
    expect(fakes.isCommentAttached(c)).toBe(true);
    expect(pullAllComments(src)).toMatchObject({ ok: false });
  });

  test('unknown kind and bad workbook input are Thai messages', () => {
    setup();
    expect(generateKind('poster', changeableSource(docInput())).message).toContain('ไม่รู้จักประเภทเอกสาร');
    const bad: DocSource = {
      load: () => ({ issues: [{ message: 'ชีต "ตั้งค่า" แถวที่ 6 คอลัมน์ B: ยังไม่ได้กรอกปีการประเมิน' }] }),
    };
    const r = generateKind('measures-plan', bad);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('แถวที่ 6');
  });
});

describe('pull comments and status', () => {
  test('pulling twice updates rows by comment id, never duplicates; replies and resolved', () => {
    setup();
    const src = changeableSource(input(measures(3)));
    const plan = generateKind('measures-plan', src);
    const report = generateKind('results-report', src);
    const id = docIdOf(plan);
    fakes.addComment(id, {
      content: 'แก้ระยะเวลา',
      anchorText: 'มาตรการที่ 1',
      author: 'นายก',
      replies: [{ content: 'แก้แล้วครับ', author: 'สมชาย' }],
    });
    for (let i = 0; i < 130; i++) fakes.addComment(docIdOf(report), { content: `ความเห็น ${i}` }); // two pages
    const r1 = pullAllComments(src);
    expect(r1).toMatchObject({ ok: true, documents: 2, comments: 131, added: 131 });
    const c = fakes.drive.comments.get(id)![0];
    c.resolved = true;
    const r2 = pullAllComments(src);
    expect(r2).toMatchObject({ ok: true, comments: 131, added: 0 });
    const rows = dumpSheet(commentsSheet()!);
    expect(rows).toHaveLength(132);
    const header = rows[0];
    const row = rows.find((x) => x[header.indexOf('รหัสความเห็น')] === c.id)!;
    expect(row[header.indexOf('ปิดแล้ว')]).toBe('ใช่');
    expect(String(row[header.indexOf('การตอบกลับ')])).toMatch(/^สมชาย \(2025-01-01 07:00\): แก้แล้วครับ$/);
    expect(row[header.indexOf('มาตรการที่เกี่ยวข้อง')]).toBe('M001');
    expect(fakes.calls.by('Range.setValues')).toBeLessThanOrEqual(2 + 2); // one write per pull (+ log writes)
  });

  test('documentsStatus: out of date after the sheet changed; open comments counted; JSON-safe', () => {
    setup({ activeUserEmail: '' });
    const src = changeableSource(docInput({ measures: measures(3) }));
    const r = generateKind('measures-plan', src);
    fakes.addComment(docIdOf(r), { content: 'ก' });
    fakes.addComment(docIdOf(r), { content: 'ข', resolved: true });
    pullAllComments(src);
    let st = documentsStatusList(src);
    expect(st).toEqual([
      expect.objectContaining({
        kind: 'measures-plan',
        version: 1,
        outOfDate: false,
        openComments: 1,
        generatedBy: '(ไม่ทราบ)',
        current: true,
      }),
    ]);
    expect(st[0].generatedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
    src.input = docInput({ measures: measures(4) });
    st = documentsStatusList(src);
    expect(st[0].outOfDate).toBe(true);
  });
});

describe('call counts grow with sections and columns, not measure rows', () => {
  type Counts = {
    create: number;
    noChange: number;
    oneChanged: number;
    appended: number;
    cellReads: number;
    rowReads: number;
    setTextOne: number;
    total: number;
  };
  const counts: Record<number, Counts> = {};
  for (const n of [10, 50, 200]) {
    test(`${n} measures`, () => {
      setup();
      const src = changeableSource(input(measures(n)));
      fakes.calls.reset();
      generateKind('measures-plan', src);
      const create = fakes.calls.byService('Document');
      expect(fakes.calls.by('Body.appendTable')).toBe(3);
      expect(fakes.calls.by('TableCell.setText') + fakes.calls.by('TableRow.appendTableCell')).toBe(0);
      fakes.calls.reset();
      generateKind('measures-plan', src);
      const noChange = fakes.calls.byService('Document');
      expect(fakes.calls.by('TableCell.setText') + fakes.calls.by('Paragraph.setText')).toBe(0);
      // one measure changed (two of its cells)
      const ms = measures(n);
      // a row in the middle with the same sample texts at every n (the samples repeat every 3 rows)
      const mid = 3 * Math.floor(n / 6);
      ms[mid] = { ...ms[mid], responsible: 'กองคลัง', followUp: 'ทุกไตรมาส' };
      src.input = input(ms);
      fakes.calls.reset();
      expect(generateKind('measures-plan', src).action).toBe('updated');
      const oneChanged = fakes.calls.byService('Document');
      const setTextOne = cellWrites();
      expect(setTextOne).toBe(2);
      // read back: only the two changed cells of that one row (lazy reading)
      const cellReads = fakes.calls.by('TableCell.getText');
      const rowReads = fakes.calls.by('Table.getRow');
      expect(cellReads).toBe(2);
      expect(fakes.calls.by('TableRow.getCell')).toBe(2);
      expect(fakes.calls.by('Paragraph.getText')).toBe(0);
      const total = fakes.calls.total;
      expect(measuresTable(fakes.docs.keys().next().value!)._texts()[mid + 1][3]).toBe('ทุกไตรมาส');
      // two measures appended at the end (the common case: suggested measures are added last)
      src.input = input([...ms, ...measures(n + 2).slice(n)]);
      fakes.calls.reset();
      expect(generateKind('measures-plan', src).action).toBe('updated');
      const appended = fakes.calls.byService('Document');
      expect(fakes.calls.by('TableCell.getText') + fakes.calls.by('TableCell.setText')).toBe(0);
      expect(fakes.calls.by('Table.insertTableRow')).toBe(2);
      counts[n] = { create, noChange, oneChanged, appended, cellReads, rowReads, setTextOne, total };
    });
  }
  test('the same number of DocumentApp calls at 10, 50 and 200 measures: create, no change, one change, rows appended', () => {
    console.log('DocumentApp calls', JSON.stringify(counts));
    for (const n of [50, 200]) expect(counts[n]).toEqual(counts[10]);
    // before lazy reading, one change cost 514 / 994 / 2,794 DocumentApp calls at 10 / 50 / 200 measures
    expect(counts[200].oneChanged).toBeLessThan(100);
    expect(counts[200].total).toBeLessThan(150);
  });
});

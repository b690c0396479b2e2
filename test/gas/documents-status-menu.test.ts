// Menu "สถานะเอกสาร": a Thai alert per generated document (version, when/by whom, out of date, open comments).
import { seededFakes } from '../../scripts/preview';
import type { Fakes } from '../../emulator';
import { generateDocument, pullComments, showDocumentsStatus } from '../../src/gas/document-actions';
import { addMeasureForQuestion } from '../../src/gas/sidebar-api';
import { documentsStatusText, type DocumentStatus } from '../../src/gas/documents/status';
import { MENU } from '../../src/gas/menu';
import * as main from '../../src/gas/main';

let fakes: Fakes;
beforeEach(() => {
  fakes = seededFakes();
});

const lastAlert = () => fakes.ui.alerts[fakes.ui.alerts.length - 1];
const writes = () =>
  fakes.calls.log.filter((n) => /\.(set|insert|add|append|delete|clear|remove|protect|merge)\w*$/.test(n));

test('the menu item names an exported server function', () => {
  const item = MENU.find((e) => e !== 'separator' && e.label === 'สถานะเอกสาร');
  expect(item).toEqual({ label: 'สถานะเอกสาร', fn: 'showDocumentsStatus' });
  expect(typeof (main as Record<string, unknown>).showDocumentsStatus).toBe('function');
});

test('no document yet: says so plainly', () => {
  expect(showDocumentsStatus()).toEqual([]);
  expect(lastAlert()).toMatchObject({ title: 'สถานะเอกสาร' });
  expect(lastAlert().prompt).toMatch(/ยังไม่มีเอกสารที่สร้างจากสมุดงานนี้/);
});

test('version, when and by whom, up to date then out of date, open comments; read-only', () => {
  const r = generateDocument('measures-plan');
  expect(r.ok).toBe(true);
  const id = /\/d\/([^/]+)/.exec(r.url)![1];
  fakes.addComment(id, { content: 'แก้ชื่อกอง' });
  fakes.addComment(id, { content: 'ปิดแล้ว', resolved: true });
  pullComments();

  fakes.calls.reset();
  const list = showDocumentsStatus();
  expect(writes()).toEqual([]);
  expect(list).toEqual([
    expect.objectContaining({ kind: 'measures-plan', version: 1, outOfDate: false, openComments: 1 }),
  ]);
  const a = lastAlert();
  expect(a.title).toBe('สถานะเอกสาร');
  expect(a.prompt).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o34) ฉบับที่ 1');
  expect(a.prompt).toMatch(/สร้างเมื่อ \d{4}-\d\d-\d\d \d\d:\d\d โดย /);
  expect(a.prompt).toContain('เป็นปัจจุบัน ตรงกับข้อมูลในชีต');
  expect(a.prompt).toContain('ความเห็นที่ยังไม่ปิด 1 รายการ');
  expect(a.prompt).toContain(r.url);

  addMeasureForQuestion('e7');
  showDocumentsStatus();
  expect(lastAlert().prompt).toContain('ไม่เป็นปัจจุบัน — ข้อมูลในชีตเปลี่ยนหลังสร้างเอกสาร');
});

test('a workbook that cannot be read: the documents are listed, with why "out of date" cannot be judged', () => {
  expect(generateDocument('results-report').ok).toBe(true);
  const settings = fakes.spreadsheet.getSheetByName('ตั้งค่า')!;
  const row =
    settings
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'ค่าเป้าหมาย (คะแนน)') + 1;
  settings.getRange(row, 2).setValue('แปดสิบห้า');
  showDocumentsStatus();
  const text = lastAlert().prompt;
  expect(text).toContain('รายงานผลการดำเนินการตามมาตรการ (o35) ฉบับที่ 1');
  expect(text).toContain('ตรวจไม่ได้ว่าเป็นปัจจุบันหรือไม่');
  expect(text).toMatch(/ตั้งค่า.*แถวที่ \d+.*ค่าเป้าหมาย/);
});

test('pure text: current versions first, older versions after with their status', () => {
  const base: DocumentStatus = {
    kind: 'measures-plan',
    kindLabel: 'มาตรการ (o34)',
    title: 'มาตรการ 2568',
    url: 'https://d/1',
    version: 1,
    generatedAt: '2025-01-15 10:00',
    generatedBy: 'a@x.go.th',
    current: false,
    outOfDate: false,
    openComments: 2,
    status: 'ฉบับเก่า (มีฉบับที่ 2 แล้ว)',
  };
  const text = documentsStatusText([
    { ...base, version: 2, current: true, outOfDate: true, openComments: 0, url: 'https://d/2' },
    base,
  ]);
  const [cur, old] = text.split('ฉบับก่อนหน้า');
  expect(cur).toContain('มาตรการ (o34) ฉบับที่ 2');
  expect(cur).toContain('ไม่เป็นปัจจุบัน — ข้อมูลในชีตเปลี่ยนหลังสร้างเอกสาร');
  expect(cur).toContain('ไม่มีความเห็นที่ยังไม่ปิด');
  expect(old).toContain('ฉบับที่ 1');
  expect(old).toContain('ฉบับเก่า (มีฉบับที่ 2 แล้ว)');
  expect(old).toContain('ความเห็นที่ยังไม่ปิด 2 รายการ');
  expect(old).toContain('โดย a@x.go.th');
});

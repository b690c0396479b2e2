// Messages of the Google Docs side name what a Thai officer sees — the section heading of the document,
// the measure with its row in the sheet "มาตรการ" / "ผลการดำเนินการ", the column header — never an
// internal key ("table.measures"), a bare body position ("ตำแหน่งที่ 23") or a column number.
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { generateDocument } from '../../src/gas/document-actions';
import { colIndex, FIRST_DATA_ROW } from '../../src/core/workbook';
import { buildMeasuresPlan } from '../../src/core/document';
import { reasonText } from '../../src/core/document/messages';
import { placesOf } from '../../src/core/document/where';
import { docInput, MEASURES } from '../core/document-fixture';
import { scenarioEach } from '../support/fakes';
import { docIdOf } from './documents-setup';

const S3 = `หัวข้อ "๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"`;
const INTERNAL = /table\.|ตำแหน่งที่|คอลัมน์ที่|placeholder|header\.\d/;
describe('through the workbook (sheet rows known)', () => {
  let world: World;
  scenarioEach((w) => (world = w), 6, 1);

  test('the long-cell warning names the column, the measure, its sheet row and the section', () => {
    const ms = tableSheet(world.fakes, 'measures');
    ms.getRange(FIRST_DATA_ROW + 1, colIndex('measures', 'method') + 1).setValue('ก'.repeat(6000));
    const r = generateDocument('measures-plan');
    // (The scenario's measures link no weak question: those notes are the coverage rule's, not this test's.)
    expect(r.warnings.filter((w) => !w.includes('ยังไม่มีมาตรการในชีต'))).toEqual([
      `ช่อง "วิธีการดำเนินการ" ของมาตรการ M002 (ชีต "มาตรการ" แถวที่ ${FIRST_DATA_ROW + 1}) ในตารางใต้${S3} มีข้อความยาว 6,000 ตัวอักษร (เกิน 5,000) อาจอ่านยากในเอกสาร`,
    ]);
  });

  test('a conflict in the measures table names the cell the officer can find', () => {
    const f = world.fakes;
    const r = generateDocument('measures-plan');
    const doc = f.doc(docIdOf(r));
    doc.body.getTables()[2].rows[3].cells[2].children[0].asParagraph().text = 'กองช่าง (แก้โดยผู้ตรวจ)';
    doc.closed = false;
    tableSheet(f, 'measures')
      .getRange(FIRST_DATA_ROW + 2, colIndex('measures', 'responsible') + 1)
      .setValue('กองคลัง');
    const r2 = generateDocument('measures-plan');
    expect(r2.action).toBe('newVersion');
    const why = r2.message.split('\n')[0];
    expect(why).toBe(
      `ช่อง "ผู้รับผิดชอบ" ของมาตรการ M003 (ชีต "มาตรการ" แถวที่ ${FIRST_DATA_ROW + 2}) ในตารางใต้${S3} ถูกแก้ไขด้วยมือในเอกสาร และข้อมูลในชีตก็เปลี่ยนด้วย จึงไม่เขียนทับ`,
    );
  });

  test('the results report names the row of the sheet "ผลการดำเนินการ"', () => {
    const f = world.fakes;
    // results typed in another order than the measures: M002's result is on the last row
    const res = tableSheet(f, 'results');
    const values = res.getDataRange().getValues();
    const data = values.slice(FIRST_DATA_ROW - 1).filter((row) => row[0] !== '');
    const m2 = data.splice(1, 1)[0];
    data.push(m2);
    res.getRange(FIRST_DATA_ROW, 1, data.length, data[0].length).setValues(data);
    const m2Row = FIRST_DATA_ROW + data.length - 1;
    const r = generateDocument('results-report');
    const doc = f.doc(docIdOf(r));
    // The column by its header: the table has no period column when every measure shares one period.
    const table = doc.body.getTables()[0];
    const done = table.rows[0].cells.findIndex((c) => c.children[0].asParagraph().text === 'ผลการดำเนินการ');
    table.rows[2].cells[done].children[0].asParagraph().text = 'แก้โดยผู้ตรวจ';
    doc.closed = false;
    res.getRange(m2Row, colIndex('results', 'done') + 1).setValue('ประชุมชี้แจงแล้ว');
    const r2 = generateDocument('results-report');
    expect(r2.action).toBe('newVersion');
    const why = r2.message.split('\n')[0];
    expect(why).toMatch(
      new RegExp(`^ช่อง "ผลการดำเนินการ" ของมาตรการ M002 \\(ชีต "ผลการดำเนินการ" แถวที่ ${m2Row}\\) ในตารางใต้`),
    );
    expect(why).not.toMatch(INTERNAL);
  });
});

describe('each reason in words (pure)', () => {
  const input = docInput();
  const model = buildMeasuresPlan(input);
  const rows = { measures: new Map(MEASURES.map((m, i) => [m.id, i + 2])), results: new Map<string, number>() };
  const places = placesOf(
    'measures-plan',
    model,
    MEASURES.map((m) => m.id),
    rows,
    [...model.blocks.map((b) => b.key), 'gone.para'],
  );
  const first = MEASURES[0].id;

  test('structure, conflict and removed-but-edited, exactly', () => {
    expect(reasonText({ code: 'structure', what: 'rows', index: 23, key: 'table.measures' }, places)).toBe(
      `เอกสารเดิมถูกแก้ไขโครงสร้างด้วยมือ: จำนวนแถวของตารางไม่ตรงกับที่สร้างไว้ ที่ตารางใต้${S3}`,
    );
    expect(reasonText({ code: 'structure', what: 'count', index: 40, key: '' }, places)).toBe(
      'เอกสารเดิมถูกแก้ไขโครงสร้างด้วยมือ: จำนวนย่อหน้าหรือตารางไม่ตรงกับที่สร้างไว้ ที่ท้ายเอกสาร',
    );
    expect(reasonText({ code: 'structure', what: 'type', index: 5, key: 's3' }, places)).toBe(
      `เอกสารเดิมถูกแก้ไขโครงสร้างด้วยมือ: ชนิดของเนื้อหา (ย่อหน้าหรือตาราง)ไม่ตรงกับที่สร้างไว้ ที่${S3}`,
    );
    expect(reasonText({ code: 'conflict', key: 'table.measures', rowKey: 'header.0', col: 3 }, places)).toBe(
      `ช่อง "การติดตามผล" ของหัวตาราง ในตารางใต้${S3} ถูกแก้ไขด้วยมือในเอกสาร และข้อมูลในชีตก็เปลี่ยนด้วย จึงไม่เขียนทับ`,
    );
    expect(reasonText({ code: 'edited-removed', key: 'table.measures', rowKey: 'M999' }, places)).toBe(
      `มาตรการ M999 (ไม่มีในชีต "มาตรการ" แล้ว) ในตารางใต้${S3} ถูกแก้ไขด้วยมือในเอกสาร แต่ข้อมูลใหม่ไม่มีแถวนี้แล้ว จึงไม่ลบทิ้ง`,
    );
    expect(reasonText({ code: 'conflict', key: 'table.measures', rowKey: first, col: 0 }, places)).toBe(
      `ช่อง "มาตรการ/แนวทางการดำเนินงาน" ของมาตรการ ${first} (ชีต "มาตรการ" แถวที่ 2) ในตารางใต้${S3} ถูกแก้ไขด้วยมือในเอกสาร และข้อมูลในชีตก็เปลี่ยนด้วย จึงไม่เขียนทับ`,
    );
    // a paragraph the new data no longer has: placed under the last section written before it
    expect(reasonText({ code: 'edited-removed', key: 'gone.para' }, places)).toMatch(/^ส่วนหนึ่งใต้หัวข้อ "/);
  });

  test('a paragraph is quoted by its first words under its heading', () => {
    const p = model.blocks.find((b) => b.type === 'paragraph' && b.text.length > 40)!;
    const text = reasonText({ code: 'conflict', key: p.key }, places);
    expect(text).toMatch(/^ย่อหน้า ".{40}…" ใต้(หัวข้อ "[^"]+"|ส่วนชื่อเรื่องของเอกสาร) ถูกแก้ไขด้วยมือในเอกสาร/);
    expect(text).not.toMatch(INTERNAL);
  });
});

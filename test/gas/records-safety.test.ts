// Issue 14, points 4, 5 and 13: a deleted sheet or header row is a located Thai error and nothing is
// written (documents, comment pulling); comments and the documents log are written as text, whatever
// the supervisor typed, and a thread longer than a cell holds is cut with a note instead of failing.
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { generateDocument, pullComments } from '../../src/gas/document-actions';
import { computeGaps } from '../../src/gas/actions';
import { LAYOUTS, missingTableMessage } from '../../src/core/workbook';
import { scenarioEach } from '../support/fakes';
import { docIdOf } from './documents-setup';

/**
 * The script's workbook writes since `calls.reset()`. The fakes count every call the script makes and
 * take any method they do not know as a write (emulator/calls.ts isWriteCall), so none means nothing in
 * the workbook could have changed; cheaper than comparing every sheet's inspect() before and after.
 */
const workbookWrites = (world: World): string[] => world.fakes.calls.writes('Spreadsheet');

function docText(world: World, id: string): string {
  return world.fakes.doc(id).body.getText();
}

describe('point 4: a deleted measures or results sheet', () => {
  let world: World;
  scenarioEach((w) => (world = w), 6, 1);

  it.each([
    ['measures', 'measures-plan'],
    ['results', 'results-report'],
    ['measures', 'analysis-report'],
  ] as const)('no %s sheet: %s is refused with the sheet named, nothing created', (table, kind) => {
    world.fakes.spreadsheet.deleteSheet(tableSheet(world.fakes, table));
    const files = world.fakes.drive.files.size;
    world.fakes.calls.reset();
    const r = generateDocument(kind);
    expect(r.ok).toBe(false);
    expect(r.message).toContain(missingTableMessage(table));
    expect(world.fakes.drive.files.size).toBe(files);
    expect(workbookWrites(world)).toEqual([]);
  });

  it('regenerating after the sheet was deleted leaves the document as it was (no measure row deleted)', () => {
    const first = generateDocument('measures-plan');
    const id = docIdOf(first);
    const text = docText(world, id);
    world.fakes.spreadsheet.deleteSheet(tableSheet(world.fakes, 'measures'));
    world.fakes.calls.reset();
    const r = generateDocument('measures-plan');
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`ไม่พบชีต "${LAYOUTS.measures.sheetName}"`);
    expect(docText(world, id)).toBe(text);
    expect(workbookWrites(world)).toEqual([]);
  });

  it('compute and comment pulling refuse too', () => {
    generateDocument('measures-plan');
    world.fakes.spreadsheet.deleteSheet(tableSheet(world.fakes, 'results'));
    world.fakes.calls.reset();
    computeGaps();
    const pulled = pullComments();
    expect(pulled.ok).toBe(false);
    expect(pulled.message).toContain(`ไม่พบชีต "${LAYOUTS.results.sheetName}"`);
    expect(workbookWrites(world)).toEqual([]);
  });
});

describe('point 5: a deleted header row of เอกสาร or ความเห็น', () => {
  let world: World;
  scenarioEach((w) => (world = w), 6, 1);

  it('เอกสาร: regenerating is refused at row 1, no second header, no new doc', () => {
    const first = generateDocument('measures-plan');
    const id = docIdOf(first);
    const text = docText(world, id);
    tableSheet(world.fakes, 'documents').deleteRow(1);
    const files = world.fakes.drive.files.size;
    world.fakes.calls.reset();
    const r = generateDocument('measures-plan');
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`ชีต "${LAYOUTS.documents.sheetName}" แถว 1: ไม่พบแถวหัวตาราง`);
    expect(world.fakes.drive.files.size).toBe(files);
    expect(docText(world, id)).toBe(text);
    expect(workbookWrites(world)).toEqual([]);
  });

  it('ความเห็น: pulling is refused at row 1, no duplicated comments', () => {
    const first = generateDocument('measures-plan');
    world.fakes.addComment(docIdOf(first), { content: 'ดีมาก', author: 'ปลัด' });
    expect(pullComments().ok).toBe(true);
    tableSheet(world.fakes, 'comments').deleteRow(1);
    world.fakes.calls.reset();
    const r = pullComments();
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`ชีต "${LAYOUTS.comments.sheetName}" แถว 1: ไม่พบแถวหัวตาราง`);
    expect(workbookWrites(world)).toEqual([]);
  });

  it('ความเห็น: regenerating (which backs the comments up first) is refused, the doc untouched', () => {
    const first = generateDocument('measures-plan');
    const id = docIdOf(first);
    world.fakes.addComment(id, { content: 'ดีมาก', author: 'ปลัด' });
    expect(pullComments().ok).toBe(true);
    tableSheet(world.fakes, 'comments').deleteRow(1);
    tableSheet(world.fakes, 'measures').getRange(2, 2).setValue('มาตรการที่แก้ใหม่');
    const text = docText(world, id);
    const files = world.fakes.drive.files.size;
    world.fakes.calls.reset();
    const r = generateDocument('measures-plan');
    expect(r.ok).toBe(false);
    expect(r.message).toContain('ไม่พบแถวหัวตาราง');
    expect(docText(world, id)).toBe(text);
    expect(world.fakes.drive.files.size).toBe(files);
    expect(workbookWrites(world)).toEqual([]);
  });
});

describe('point 13: comments and the documents log are written as text', () => {
  let world: World;
  scenarioEach((w) => (world = w), 6, 1);

  const TYPED = [
    '=HYPERLINK("http://x.example","คลิก")',
    '+1',
    '100',
    '2024-01-05',
    '1/5/2024',
    '10:30',
    'TRUE',
    "'อ้างถึง",
  ];

  it.each(TYPED)('a comment "%s" is stored as that text, never a formula, number, boolean or date', (content) => {
    const r = generateDocument('measures-plan');
    world.fakes.addComment(docIdOf(r), { content, author: 'ปลัด' });
    expect(pullComments().ok).toBe(true);
    const sheet = tableSheet(world.fakes, 'comments');
    const values = sheet.getDataRange().getValues();
    const col = values[0].indexOf(LAYOUTS.comments.columns.find((c) => c.key === 'comment')!.header);
    expect(values[1][col]).toBe(content);
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('a thread longer than a cell holds is saved, cut with a Thai note', () => {
    const r = generateDocument('measures-plan');
    const long = 'ก'.repeat(60000);
    world.fakes.addComment(docIdOf(r), { content: 'ดู', author: 'ปลัด', replies: [{ content: long, author: 'นายก' }] });
    const pulled = pullComments();
    expect(pulled.ok).toBe(true);
    const values = tableSheet(world.fakes, 'comments').getDataRange().getValues();
    const col = values[0].indexOf('การตอบกลับ');
    const saved = String(values[1][col]);
    expect(saved.length).toBeLessThanOrEqual(50000);
    expect(saved.startsWith(`นายก (`)).toBe(true);
    expect(saved).toContain('ก'.repeat(40000));
    expect(saved).toContain('ข้อความเต็มอยู่ในเอกสาร');
  });

  it('the log keeps "when" as the text it wrote (not a Date in the sheet\'s time zone)', () => {
    generateDocument('measures-plan');
    const values = tableSheet(world.fakes, 'documents').getDataRange().getValues();
    const col = values[0].indexOf(LAYOUTS.documents.columns.find((c) => c.key === 'createdAt')!.header);
    expect(typeof values[1][col]).toBe('string');
    expect(values[1][col]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

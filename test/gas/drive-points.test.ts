// What a first real deployment would meet, each fixed and checked against the fakes that follow the
// references: a null document lock, a Drive "not found" that is not "Drive is off", the body's last
// paragraph, HTML-escaped quotes.
import { dumpSheet, type Fakes } from '../../emulator';
import { generateKind } from '../../src/gas/documents/generate';
import { pullAllComments } from '../../src/gas/documents/pull';
import { applyOps, readLive } from '../../src/gas/documents/render';
import { a4, GOOGLE_DOCS_STYLE, type DocInput } from '../../src/core/document';
import { layoutModel } from '../../src/core/document/layout';
import type { MeasureRow } from '../../src/core/types';
import { docInput, MEASURES } from '../core/document-fixture';
import { changeableSource, docIdOf, installFakesPerTest } from './documents-setup';

let fakes: Fakes;
const setup = installFakesPerTest((f) => (fakes = f));

function input(ms: MeasureRow[]): DocInput {
  return docInput({ measures: ms, settings: { ...docInput().settings, thaiDigits: false } });
}
const measures = (): MeasureRow[] => MEASURES.map((m, i) => ({ ...m, id: `M${String(i + 1).padStart(3, '0')}` }));

describe('LockService.getDocumentLock() returns null outside a container', () => {
  test('generate and pull answer in Thai and do nothing', () => {
    setup({ documentLock: false });
    const src = changeableSource(input(measures()));
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: false, action: 'failed' });
    expect(r.message).toContain('ส่วนเสริมต้องทำงานจากเมนูหรือแผงเครื่องมือของสมุดงาน');
    expect(fakes.docs.size).toBe(0);
    const p = pullAllComments(src);
    expect(p.ok).toBe(false);
    expect(p.message).toContain('ส่วนเสริมต้องทำงานจากเมนูหรือแผงเครื่องมือของสมุดงาน');
  });
});

describe('a Drive "not found" is about one file, not "Drive is off"', () => {
  test('officer B regenerates a doc whose comments Drive will not show B: updated in place, with a warning', () => {
    setup({ activeUserEmail: 'a@example.go.th' });
    fakes.addUser('b@example.go.th');
    const src = changeableSource(input(measures()));
    const id = docIdOf(generateKind('measures-plan', src));
    fakes.actAs('b@example.go.th');
    const ms = measures();
    ms[2] = { ...ms[2], measure: `${ms[2].measure} ทุกไตรมาส` };
    src.input = input(ms);
    const r = generateKind('measures-plan', src);
    expect(r).toMatchObject({ ok: true, action: 'updated' });
    expect(r.message).not.toContain('Drive API');
    expect(r.warnings.join('\n')).toContain('อ่านความเห็นในเอกสาร');
    expect(fakes.doc(id).body.getText()).toContain('ทุกไตรมาส');
  });
});

/** The layout of an empty portrait page (removing paragraphs styles nothing). */
const EMPTY_LAYOUT = layoutModel(
  { kind: 'measures-plan', title: 'x', page: a4('portrait'), blocks: [], warnings: [] },
  GOOGLE_DOCS_STYLE,
);

describe("the body's last paragraph cannot be removed", () => {
  test('removing the last paragraph (others before it) empties it instead of throwing', () => {
    setup();
    const doc = fakes.DocumentApp.create('x');
    const body = doc.getBody() as unknown as GoogleAppsScript.Document.Body;
    body.getChild(0).asParagraph().setText('หนึ่ง');
    body.appendParagraph('สอง');
    body.appendParagraph('ลงชื่อ');
    expect(() => fakes.doc(doc.getId()).body.getChild(2).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    const live = readLive(body);
    const report = applyOps(body, live, [{ op: 'removeElement', index: 2, key: 'sign' }], EMPTY_LAYOUT);
    expect(report.applied).toBe(1);
    expect(fakes.doc(doc.getId()).body.getText()).toBe('หนึ่ง\nสอง\n');
    // a paragraph before the last one is removed as before
    const live2 = readLive(body);
    applyOps(body, live2, [{ op: 'removeElement', index: 1, key: 'two' }], EMPTY_LAYOUT);
    expect(fakes.doc(doc.getId()).body.getText()).toBe('หนึ่ง\n');
  });
});

describe('quotedFileContent.value may arrive HTML-escaped', () => {
  test('a quote with & < > " \' still links to its measure', () => {
    setup();
    const ms = measures();
    ms[1] = { ...ms[1], measure: 'มาตรการ "R&D" เผยแพร่ข้อมูล <ภายใน> ของหน่วยงาน\'s' };
    const src = changeableSource(input(ms));
    const id = docIdOf(generateKind('measures-plan', src));
    fakes.addComment(id, { content: 'ตรวจแล้ว', anchorText: '"R&D" เผยแพร่ข้อมูล <ภายใน>' });
    expect(pullAllComments(src)).toMatchObject({ ok: true, comments: 1 });
    const [header, row] = dumpSheet(fakes.spreadsheet.getSheetByName('ความเห็น')!);
    const rec = Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
    expect(rec['มาตรการที่เกี่ยวข้อง']).toBe('M002');
    expect(Object.values(rec)).toContain('"R&D" เผยแพร่ข้อมูล <ภายใน>');
  });
});

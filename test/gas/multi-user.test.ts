// A working day with several people and several Drives: officer A sets up and generates the plan,
// supervisor S comments on it, officer B edits a measure and regenerates IN PLACE (S's comment kept),
// A pulls the comments, supervisor T is added later and gets access. Each step checks permissions,
// content and the documents log. Run twice: whether drive.file covers a file the app created for A
// when B runs the add-on is not said by the reference (default: it does not), and the code must work
// either way.
import { dumpSheet, type Fakes } from '../../emulator';
import { installFakesEach } from '../support/fakes';
import { generateKind } from '../../src/gas/documents/generate';
import { pullAllComments } from '../../src/gas/documents/pull';
import type { DocInput } from '../../src/core/document';
import type { MeasureRow } from '../../src/core/types';
import type { Supervisor } from '../../src/core/workbook/supervisors';
import { docInput, MEASURES } from '../core/document-fixture';
import { changeableSource, docIdOf } from './documents-setup';

const A = 'a.officer@example.go.th';
const B = 'b.officer@example.go.th';
const S = 'somchai.supervisor@example.go.th';
const T = 'thida.deputy@example.go.th';
const MESSAGE = 'ขอความอนุเคราะห์ตรวจและแสดงความคิดเห็นต่อมาตรการส่งเสริมคุณธรรมและความโปร่งใส';

function measures(): MeasureRow[] {
  return MEASURES.map((m, i) => ({ ...m, id: `M${String(i + 1).padStart(3, '0')}` }));
}

function input(ms: MeasureRow[], supervisors: Supervisor[]): DocInput {
  const base = docInput();
  return docInput({
    measures: ms,
    settings: { ...base.settings, thaiDigits: false, supervisors, shareMessage: MESSAGE },
  });
}

/** The log's rows as records by header. */
function logRows(fakes: Fakes): Record<string, unknown>[] {
  const [header, ...rows] = dumpSheet(fakes.spreadsheet.getSheetByName('เอกสาร')!);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

describe.each([
  ['drive.file does not cover another officer’s file (default, less convenient)', false],
  ['drive.file covers app-created files for everyone they are shared with', true],
])('a working day: %s', (_name, across) => {
  let fakes: Fakes;
  installFakesEach((f) => (fakes = f), { activeUserEmail: A, appFilesAcrossUsers: across });
  beforeEach(() => {
    fakes.addUser(B); // the workbook is shared with B as editor
    fakes.addUser(S, { editor: false }); // supervisors do not edit the workbook
    fakes.addUser(T, { editor: false });
  });

  test('A generates, S comments, B regenerates in place, A pulls, T is added later', () => {
    const supervisor: Supervisor = { name: 'นายสมชาย ใจดี', email: S, role: 'commenter' };
    const src = changeableSource(input(measures(), [supervisor]));

    // ---- 1. Officer A: first generation ----
    fakes.actAs(A);
    const first = generateKind('measures-plan', src);
    expect(first).toMatchObject({ ok: true, action: 'created', version: 1 });
    const id = docIdOf(first);
    const doc = fakes.drive.files.get(id)!;
    expect(doc.owner).toBe(A);
    const folder = fakes.raw.properties.document.getProperty('ita.outputFolderId')!;
    expect(doc.parents).toEqual([folder]);
    // who may do what: B edits (any officer can regenerate), S comments, T nothing yet
    expect([fakes.roleOf(id, A), fakes.roleOf(id, B), fakes.roleOf(id, S), fakes.roleOf(id, T)]).toEqual([
      'owner',
      'writer',
      'commenter',
      null,
    ]);
    expect(fakes.roleOf(folder, B)).toBe('writer');
    // the PDF next to the doc, shared the same way
    let log = logRows(fakes);
    expect(log).toHaveLength(1);
    const pdfUrl = String(log[0]['ไฟล์ PDF (สำหรับเผยแพร่)']);
    const pdfId = /\/d\/([^/]+)/.exec(pdfUrl)![1];
    const pdf = fakes.drive.files.get(pdfId)!;
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', parents: [folder], contentWrites: 1 });
    expect(pdf.content).toContain(MEASURES[1].measure);
    expect([fakes.roleOf(pdfId, B), fakes.roleOf(pdfId, S)]).toEqual(['writer', 'commenter']);
    expect(first.message).toContain(pdfUrl);
    // the Thai notification went to B and S, once per file
    expect(fakes.notifications.filter((n) => n.fileId === id).map((n) => [n.to, n.role, n.message])).toEqual([
      [B, 'writer', MESSAGE],
      [S, 'commenter', MESSAGE],
    ]);
    expect(log[0]).toMatchObject({ ฉบับที่: 1, สถานะ: 'ฉบับปัจจุบัน' });
    expect(String(log[0]['ผู้มีสิทธิ์เข้าถึง'])).toContain(`นายสมชาย ใจดี <${S}>: แสดงความคิดเห็นได้`);
    expect(String(log[0]['ผู้มีสิทธิ์เข้าถึง'])).toContain(`${B}: แก้ไขได้`);
    expect(log[0]).toMatchObject({ โดย: A });

    // ---- 2. Supervisor S comments on measure 1 (S may comment, not edit; T may do nothing) ----
    const quote = MEASURES[0].measure;
    const comment = fakes.addComment(id, {
      content: 'ควรกำหนดตัวชี้วัดให้ชัดเจน',
      author: 'นายสมชาย ใจดี',
      by: S,
      anchorText: quote,
    });
    expect(() => fakes.addComment(id, { content: 'x', by: T })).toThrow(/may not comment/);

    // ---- 3. Officer B edits measure 2 and regenerates: the same doc, updated in place ----
    fakes.actAs(B);
    const edited = measures();
    edited[1] = { ...edited[1], measure: `${edited[1].measure} และสื่อสังคมออนไลน์ของหน่วยงาน` };
    src.input = input(edited, [supervisor]);
    const byB = generateKind('measures-plan', src);
    expect(byB).toMatchObject({ ok: true, action: 'updated', version: 1, url: first.url });
    expect(byB.message).not.toContain('Drive API'); // never "Drive is off"
    expect(fakes.docs.size).toBe(1); // no copy in B's Drive
    expect(fakes.doc(id).body.getText()).toContain('สื่อสังคมออนไลน์ของหน่วยงาน');
    expect(fakes.isCommentAttached(comment)).toBe(true); // S's comment kept on its text
    log = logRows(fakes);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ โดย: B, ฉบับที่: 1, สถานะ: 'ฉบับปัจจุบัน' });
    if (across) {
      // B's run may read A's doc through Drive: comments backed up, the PDF refreshed in place
      expect(byB.warnings.join('\n')).toContain('สำรองความเห็น 1 รายการ');
      expect(pdf.contentWrites).toBe(2);
      expect(pdf.content).toContain('สื่อสังคมออนไลน์ของหน่วยงาน');
    } else {
      // it may not: told plainly, the update goes ahead, the PDF waits for A's next run
      expect(byB.warnings.join('\n')).toContain('อ่านความเห็นในเอกสาร');
      expect(byB.warnings.join('\n')).toContain(A);
      expect(pdf.contentWrites).toBe(1);
    }

    // ---- 4. Officer A pulls the comments: S's comment, linked to measure 1 ----
    fakes.actAs(A);
    const pulled = pullAllComments(src);
    expect(pulled).toMatchObject({ ok: true, documents: 1, comments: 1 });
    const [header, ...rows] = dumpSheet(fakes.spreadsheet.getSheetByName('ความเห็น')!);
    const rec = Object.fromEntries(header.map((h, i) => [String(h), rows[0][i]]));
    expect(rec).toMatchObject({ ความเห็น: 'ควรกำหนดตัวชี้วัดให้ชัดเจน', มาตรการที่เกี่ยวข้อง: 'M001' });

    // ---- 5. T is added to the settings; A's next run shares the doc and the PDF with T ----
    const deputy: Supervisor = { name: 'นางธิดา รองปลัด', email: T, role: 'reader' };
    src.input = input(edited, [supervisor, deputy]);
    const again = generateKind('measures-plan', src);
    expect(again).toMatchObject({ ok: true, action: 'unchanged' });
    expect([fakes.roleOf(id, T), fakes.roleOf(pdfId, T)]).toEqual(['reader', 'reader']);
    expect(fakes.notifications.filter((n) => n.to === T)).toHaveLength(2);
    expect(fakes.roleOf(id, B)).toBe('writer'); // nobody downgraded
    // the PDF caught up with B's change (A's run may always write it)
    expect(pdf.content).toContain('สื่อสังคมออนไลน์ของหน่วยงาน');
    log = logRows(fakes);
    expect(String(log[0]['ผู้มีสิทธิ์เข้าถึง'])).toContain(`นางธิดา รองปลัด <${T}>: ดูได้อย่างเดียว`);
    expect(log[0]['ไฟล์ PDF (สำหรับเผยแพร่)']).toBe(pdfUrl); // same PDF file all day
  });
});

import { createFakes, docTables } from '../../emulator';

describe('Document fakes: the tree', () => {
  test('a new body holds one empty paragraph; paragraphs, headings, attributes', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('แผน o34');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(f.DocumentApp.ElementType.PARAGRAPH);
    const h = body
      .appendParagraph('มาตรการ')
      .setHeading(f.DocumentApp.ParagraphHeading.HEADING1 as unknown as GoogleAppsScript.Document.ParagraphHeading);
    h.setAlignment(
      f.DocumentApp.HorizontalAlignment.CENTER as unknown as GoogleAppsScript.Document.HorizontalAlignment,
    );
    h.editAsText().setBold(true).setFontFamily('Sarabun').setFontSize(0, 2, 18);
    const p0 = body.insertParagraph(0, 'หัว');
    expect(body.getChildIndex(p0)).toBe(0);
    expect(body.getNumChildren()).toBe(3);
    expect(h.getHeading()).toBe('HEADING1');
    expect(h.getAttributes()).toMatchObject({ BOLD: true, FONT_FAMILY: 'Sarabun', HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(body.getText()).toBe('หัว\n\nมาตรการ');
    const tree = f.doc(doc.getId()).inspect();
    expect(tree.body.children![2]).toMatchObject({
      type: 'PARAGRAPH',
      text: 'มาตรการ',
      heading: 'HEADING1',
      styles: [{ start: 0, end: 2, attributes: { FONT_SIZE: 18 } }],
    });
  });

  test('tables: cells, rows, an empty paragraph after a table at the end, last paragraph cannot go', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('t');
    const body = doc.getBody();
    const t = body.appendTable([
      ['ที่', 'มาตรการ'],
      ['1', 'เปิดเผยข้อมูล'],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe('PARAGRAPH');
    expect(t.getNumRows()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe('เปิดเผยข้อมูล');
    const row = t.appendTableRow();
    expect(row.getNumCells()).toBe(0);
    row.appendTableCell('2');
    row.appendTableCell('อบรม');
    t.getCell(2, 1).setText('อบรมเจ้าหน้าที่').setBackgroundColor('#eeeeee');
    t.insertTableRow(1).appendTableCell('แทรก');
    t.removeRow(1);
    expect(docTables(f.doc(doc.getId()))).toEqual([
      [
        ['ที่', 'มาตรการ'],
        ['1', 'เปิดเผยข้อมูล'],
        ['2', 'อบรมเจ้าหน้าที่'],
      ],
    ]);
    expect(t.getCell(2, 1).getAttributes()).toMatchObject({ BACKGROUND_COLOR: '#eeeeee' });
    expect(t.getCell(0, 0).getParentRow()!.getParentTable()).toBe(t);
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow();
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph in a document section.");
    body.appendPageBreak();
    expect(body.getChild(1).asParagraph().getChild(0).getType()).toBe('PAGE_BREAK');
    expect(() => t.getCell(0, 0).appendPageBreak()).toThrow();
  });

  test('an officer edits by hand (raw, uncounted), replaceText, removeFromParent, asTable cast', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    const id = doc.getId();
    f.calls.reset();
    const raw = f.doc(id);
    raw.body.appendParagraph('เพิ่มเอง {{ชื่อ}}');
    raw.body.appendTable([['a']]);
    expect(f.calls.total).toBe(0);
    const body = f.DocumentApp.openById(id).getBody();
    body.replaceText('\\{\\{ชื่อ\\}\\}', 'อบต.ตัวอย่าง');
    expect(body.getChild(1).asParagraph().getText()).toBe('เพิ่มเอง อบต.ตัวอย่าง');
    expect(body.getChild(2).asTable().getNumRows()).toBe(1);
    expect(() => body.getChild(1).asTable()).toThrow();
    body.getChild(1).removeFromParent();
    expect(body.getNumChildren()).toBe(3);
  });

  test('missing, trashed, read-only and closed documents; daily quota', () => {
    const f = createFakes({ docsCreateQuota: 2 });
    const a = f.DocumentApp.create('a');
    f.DocumentApp.create('b');
    expect(() => f.DocumentApp.create('c')).toThrow('Service invoked too many times for one day: docs create.');
    expect(() => f.DocumentApp.openById('nope')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    a.saveAndClose();
    expect(() => a.getBody().appendParagraph('x')).toThrow('Document is closed, its contents cannot be updated.');
    f.doc(a.getId()).body.appendParagraph('an officer edits by hand'); // raw: never refused
    const again = f.DocumentApp.openById(a.getId());
    again.getBody().appendParagraph('ok');
    f.setDocReadOnly(a.getId());
    expect(() => again.getBody().appendParagraph('x')).toThrow('Access denied: DocumentApp.');
    f.setDocReadOnly(a.getId(), false);
    f.trashDoc(a.getId());
    // A trashed doc still opens (the reference does not promise a refusal): only Drive says it is trashed.
    expect(f.DocumentApp.openById(a.getId()).getName()).toBe('a');
    expect(f.Drive!.Files.get(a.getId(), { fields: 'trashed' })).toEqual({ trashed: true });
    expect(() => f.DriveApp.getFileById(a.getId())).toThrow(
      /Required permissions: https:\/\/www.googleapis.com\/auth\/drive$/,
    );
  });

  test('headers, page setup and call counting by element', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('หัวกระดาษ');
    expect(() => doc.addHeader()).toThrow();
    const body = doc.getBody();
    body.setMarginTop(56).setPageWidth(595);
    expect(body.getMarginTop()).toBe(56);
    expect(body.getMarginLeft()).toBe(72);
    f.calls.reset();
    body.appendTable([['a']]);
    body.appendParagraph('b');
    expect(f.calls.by('Body.appendTable')).toBe(1);
    expect(f.calls.by('Body.appendParagraph')).toBe(1);
    expect(f.calls.byService('Document')).toBe(2);
  });
});

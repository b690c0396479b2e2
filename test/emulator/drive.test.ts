import { createFakes, installFakes } from '../../emulator';

describe('Drive fakes', () => {
  test('Comments.list pages with nextPageToken (default 20) and returns only the selected fields', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('o34');
    doc.getBody().appendParagraph('มาตรการที่ 1');
    for (let i = 0; i < 45; i++)
      f.addComment(doc.getId(), {
        content: `c${i}`,
        anchorText: 'มาตรการที่ 1',
        replies: i === 0 ? [{ content: 'ตอบ' }] : [],
      });
    f.addComment(doc.getId(), { content: 'deleted', deleted: true });
    const fields =
      'comments(id,content,author(displayName),quotedFileContent(value),resolved,replies(content)),nextPageToken';
    const contents: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = f.Drive!.Comments.list(doc.getId(), { fields, pageToken });
      const comments = res.comments as any[];
      pages++;
      contents.push(...comments.map((c) => c.content));
      if (pages === 1) {
        expect(comments).toHaveLength(20);
        expect(comments[0]).toEqual({
          id: expect.any(String),
          content: 'c0',
          author: { displayName: 'ผู้ตรวจ' },
          quotedFileContent: { value: 'มาตรการที่ 1' },
          resolved: false,
          replies: [{ content: 'ตอบ' }],
        });
      }
      pageToken = res.nextPageToken as string | undefined;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(contents).toHaveLength(45);
    // Without nextPageToken in fields, paging silently stops (the real trap).
    expect(f.Drive!.Comments.list(doc.getId(), { fields: 'comments(id)' }).nextPageToken).toBeUndefined();
    expect(
      (
        f.Drive!.Comments.list(doc.getId(), { fields: 'comments(id)', includeDeleted: true, pageSize: 100 })
          .comments as unknown[]
      ).length,
    ).toBe(46);
    expect(f.calls.by('Drive.Comments.list')).toBe(5);
  });

  test('missing fields throws; the advanced service can be disabled', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    expect(() => f.Drive!.Comments.list(doc.getId(), {})).toThrow(/'fields' parameter is required/);
    expect(() => f.Drive!.Comments.list('nope', { fields: '*' })).toThrow(/File not found/);
    const g = createFakes({ driveAdvancedService: false });
    const uninstall = installFakes(g);
    try {
      expect((globalThis as any).Drive).toBeUndefined();
      expect((globalThis as any).SpreadsheetApp).toBe(g.SpreadsheetApp);
    } finally {
      uninstall();
    }
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });

  test('comments detach when their anchored text is replaced', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    const t = doc.getBody().appendTable([['มาตรการ', 'ผล']]);
    const c = f.addComment(doc.getId(), { content: 'แก้ด้วย', anchorText: 'ผล' });
    expect(f.isCommentAttached(c)).toBe(true);
    t.getCell(0, 1).setText('ผลใหม่');
    expect(f.isCommentAttached(c)).toBe(false);
    const c2 = f.addComment(doc.getId(), { content: 'x', anchorText: 'มาตรการ' });
    t.removeFromParent();
    expect(f.isCommentAttached(c2)).toBe(false);
  });

  test('DriveApp: files, parents, folders the app may not see', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    const file = f.DriveApp.getFileById(doc.getId());
    expect(file.getParents().next().getId()).toBe('root');
    expect(() => f.DriveApp.getFolderById('secret')).toThrow(/No item with the given ID/);
    f.addFolder('out', 'เอกสาร ITA');
    file.moveTo(f.DriveApp.getFolderById('out'));
    expect(file.getParents().next().getName()).toBe('เอกสาร ITA');
    expect(f.DriveApp.getFileById(f.spreadsheet.getId()).getName()).toBe('แบบประเมิน ITA');
  });
});

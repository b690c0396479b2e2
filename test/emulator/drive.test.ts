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

  test('DriveApp refuses without the full drive scope (the manifest asks for drive.file); works with it', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    expect(() => f.DriveApp.getFileById(doc.getId())).toThrow(
      'Exception: You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(() => f.DriveApp.getFolderById('any')).toThrow(/DriveApp.getFolderById/);
    const g = createFakes({ scopes: ['drive', 'documents', 'spreadsheets.currentonly'] });
    const d = g.DocumentApp.create('x');
    const file = g.DriveApp.getFileById(d.getId());
    expect(() => g.DriveApp.getFolderById('secret')).toThrow(/No item with the given ID/);
    g.addFolder('out', 'เอกสาร ITA');
    file.moveTo(g.DriveApp.getFolderById('out'));
    expect(file.getParents().next().getName()).toBe('เอกสาร ITA');
  });

  test('drive.file: the app sees what it created for this user; another user it is shared with is not covered by default', () => {
    const f = createFakes();
    f.addUser('b@example.go.th');
    const id = f.Drive!.Files.create({ name: 'o34', mimeType: 'application/vnd.google-apps.document' }).id as string;
    expect(f.Drive!.Files.get(id, { fields: 'id,trashed' })).toEqual({ id, trashed: false });
    f.Drive!.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'b@example.go.th' }, id, {
      sendNotificationEmail: false,
    });
    f.actAs('b@example.go.th');
    expect(f.DocumentApp.openById(id).getBody().appendParagraph('แก้โดย B').getText()).toBe('แก้โดย B'); // documents scope
    expect(() => f.Drive!.Files.get(id)).toThrow(
      `API call to drive.files.get failed with error: File not found: ${id}.`,
    );
    expect(() => f.Drive!.Comments.list(id, { fields: 'comments(id)' })).toThrow(/File not found/);
    const g = createFakes({ appFilesAcrossUsers: true });
    g.addUser('b@example.go.th');
    const id2 = g.Drive!.Files.create({ name: 'o34', mimeType: 'application/vnd.google-apps.document' }).id as string;
    g.share(id2, 'b@example.go.th', 'writer');
    g.actAs('b@example.go.th');
    expect(g.Drive!.Files.get(id2, { fields: 'id' })).toEqual({ id: id2 });
  });

  test('Permissions: emailAddress only when asked for; a weaker role replaces a stronger one; notifications', () => {
    const f = createFakes();
    const id = f.Drive!.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.document' }).id as string;
    f.Drive!.Permissions.create({ type: 'user', role: 'writer', emailAddress: 'b@example.go.th' }, id, {
      emailMessage: 'ฝากตรวจ',
    });
    expect(f.notifications).toEqual([{ fileId: id, to: 'b@example.go.th', role: 'writer', message: 'ฝากตรวจ' }]);
    expect((f.Drive!.Permissions.list(id).permissions as any[])[1]).toEqual({
      kind: 'drive#permission',
      id: 'perm-b@example.go.th',
      type: 'user',
      role: 'writer',
    });
    f.Drive!.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'b@example.go.th' }, id, {
      sendNotificationEmail: false,
    });
    expect(f.roleOf(id, 'b@example.go.th')).toBe('reader');
    expect(f.notifications).toHaveLength(1);
  });

  test('quotedFileContent.value arrives HTML-escaped', () => {
    const f = createFakes();
    const doc = f.DocumentApp.create('x');
    doc.getBody().appendParagraph('งาน R&D <ภายใน> "ด่วน"');
    f.addComment(doc.getId(), { content: 'c', anchorText: 'R&D <ภายใน> "ด่วน"' });
    const list = f.Drive!.Comments.list(doc.getId(), { fields: 'comments(quotedFileContent(value))' });
    expect((list.comments as any[])[0].quotedFileContent.value).toBe('R&amp;D &lt;ภายใน&gt; &quot;ด่วน&quot;');
  });

  test('getDocumentLock() is null outside a container; getEditors lists the editors', () => {
    expect(createFakes({ withSpreadsheet: false }).LockService.getDocumentLock()).toBeNull();
    const f = createFakes();
    f.addUser('b@example.go.th');
    f.addUser('s@example.go.th', { editor: false });
    expect(
      f.SpreadsheetApp.getActiveSpreadsheet()!
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual(['officer@example.go.th', 'b@example.go.th']);
  });
});

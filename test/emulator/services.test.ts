import { createFakes, GLOBAL_NAMES, installFakes } from '../../emulator';

describe('Lock, Properties, Session, Utilities, Ui, Html fakes', () => {
  test('the document lock held by another user: tryLock false, waitLock throws the real message', () => {
    const f = createFakes();
    f.holdDocumentLockByOther();
    const lock = f.LockService.getDocumentLock()!;
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    f.releaseLocksHeldByOthers();
    expect(lock.tryLock(10000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(f.LockService.getDocumentLock()!.tryLock(1)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    f.holdDocumentLockByOther(2);
    const l2 = f.LockService.getDocumentLock()!;
    expect([l2.tryLock(1), l2.tryLock(1), l2.tryLock(1)]).toEqual([false, false, true]);
    expect(f.LockService.getScriptLock().tryLock(1)).toBe(true);
  });

  test('properties: null when missing, strings, scopes are separate', () => {
    const f = createFakes();
    const d = f.PropertiesService.getDocumentProperties();
    expect(d.getProperty('x')).toBeNull();
    d.setProperty('x', 5 as unknown as string).setProperties({ a: '1', b: '2' });
    expect(d.getProperty('x')).toBe('5');
    expect(f.PropertiesService.getUserProperties().getProperty('x')).toBeNull();
    d.setProperties({ only: 'this' }, true);
    expect(d.getProperties()).toEqual({ only: 'this' });
    d.deleteProperty('only');
    expect(d.getKeys()).toEqual([]);
  });

  test('session and utilities: formatDate in a real time zone, signed digest, base64, uuid, sleep', () => {
    const f = createFakes();
    expect(f.Session.getActiveUser().getEmail()).toBe('officer@example.go.th');
    expect(f.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    const d = new Date(Date.UTC(2024, 11, 31, 20, 5, 9));
    expect(f.Utilities.formatDate(d, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2025-01-01T03:05:09');
    expect(f.Utilities.formatDate(d, 'UTC', 'd MMM yy hh:mm a Z')).toBe('31 Dec 24 08:05 PM +0000');
    expect(f.Utilities.formatDate(d, 'Asia/Bangkok', 'XXX EEE')).toBe('+07:00 Wed');
    const md5 = f.Utilities.computeDigest(f.Utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]); // 900150983cd24fb0…
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(f.Utilities.computeDigest(f.Utilities.DigestAlgorithm.SHA_256, 'ไทย')).toHaveLength(32);
    expect(f.Utilities.base64Encode('ไทย')).toBe(Buffer.from('ไทย').toString('base64'));
    expect(f.Utilities.getUuid()).not.toBe(f.Utilities.getUuid());
    f.Utilities.sleep(500);
    expect(f.raw.utilities.sleptMs).toBe(500);
    expect(f.calls.by('Utilities.sleep')).toBe(1);
  });

  test('ui: menus, alerts with scripted answers, prompts, sidebars', () => {
    const f = createFakes({ htmlFiles: { Sidebar: '<p>แถบข้าง</p>' } });
    const ui = f.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('เปิดแถบข้าง', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('อื่น ๆ').addItem('ช่วยเหลือ', 'showHelp'))
      .addToUi();
    expect(f.ui.menus[0].addon).toBe(true);
    expect(f.ui.menuItems()).toEqual([
      { caption: 'เปิดแถบข้าง', functionName: 'showSidebar' },
      { caption: 'ช่วยเหลือ', functionName: 'showHelp' },
    ]);
    f.ui.answerAlert('NO');
    expect(ui.alert('ยืนยัน', 'สร้างเอกสาร?', ui.ButtonSet.YES_NO as unknown as GoogleAppsScript.Base.ButtonSet)).toBe(
      ui.Button.NO,
    );
    expect(ui.alert('เสร็จแล้ว')).toBe('OK');
    expect(f.ui.alerts.map((a) => a.prompt)).toEqual(['สร้างเอกสาร?', 'เสร็จแล้ว']);
    f.ui.answerPrompt('2567');
    const r = ui.prompt('ปี');
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['2567', 'OK']);
    ui.showSidebar(f.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ITA'));
    expect(f.ui.sidebars[0]).toMatchObject({ kind: 'sidebar', title: 'ITA', content: '<p>แถบข้าง</p>' });
    expect(() => f.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    f.SpreadsheetApp.getActive()!.toast('บันทึกแล้ว', 'ITA');
    expect(f.toasts).toEqual([{ msg: 'บันทึกแล้ว', title: 'ITA', timeoutSeconds: null }]);
  });
});

describe('the globals', () => {
  test('installFakes puts every emulated service of apps-script-globals.json on globalThis, then restores', () => {
    const f = createFakes() as unknown as Record<string, unknown>;
    const g = globalThis as Record<string, unknown>;
    expect(GLOBAL_NAMES).toContain('SpreadsheetApp');
    for (const n of GLOBAL_NAMES) expect(f[n]).toBeDefined(); // a name the fakes do not provide fails here
    const uninstall = installFakes(f as never);
    try {
      for (const n of GLOBAL_NAMES) expect(g[n]).toBe(f[n]);
    } finally {
      uninstall();
    }
    for (const n of GLOBAL_NAMES) expect(n in g).toBe(false);
  });
});

describe('call counting', () => {
  test('every call through the globals counts; enums and raw objects do not', () => {
    const f = createFakes();
    const uninstall = installFakes(f);
    try {
      const app = (globalThis as any).SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const ss = app.getActive();
      const sh = ss.getSheets()[0];
      const rows = Array.from({ length: 50 }, (_, i) => [i, `r${i}`]);
      sh.getRange(1, 1, 50, 2).setValues(rows);
      void app.ProtectionType.RANGE;
      app.flush();
      expect(f.calls.by('SpreadsheetApp.getActive')).toBe(1);
      expect(f.calls.by('Spreadsheet.getSheets')).toBe(1);
      expect(f.calls.by('Sheet.getRange')).toBe(1);
      expect(f.calls.by('Range.setValues')).toBe(1);
      expect(f.calls.by('SpreadsheetApp.flush')).toBe(1);
      expect(f.calls.total).toBe(5);
      expect(f.calls.byService('Spreadsheet')).toBe(5);
      expect(f.calls.log).toEqual([
        'SpreadsheetApp.getActive',
        'Spreadsheet.getSheets',
        'Sheet.getRange',
        'Range.setValues',
        'SpreadsheetApp.flush',
      ]);
      // The write log holds only what may change the model (reads, finders and flush are not writes).
      expect(f.calls.writes('Spreadsheet')).toEqual(['Range.setValues']);
      expect(f.calls.writes('Properties')).toEqual([]);
      // Cell-by-cell writing is visible in the counts.
      for (let i = 1; i <= 10; i++) sh.getRange(i, 3).setBackground('#ff0000');
      expect(f.calls.by('Range.setBackground')).toBe(10);
      const snap = f.calls.snapshot();
      expect(snap.byName['Sheet.getRange']).toBe(11);
      // Raw objects (the tester's hand) and inspect() count nothing.
      f.calls.reset();
      f.spreadsheet.getSheets()[0].getRange('A1').setValue('x');
      f.spreadsheet.getSheets()[0].inspect();
      expect(f.calls.total).toBe(0);
      expect(f.calls.writes()).toEqual([]);
      // Any method that is not a known read counts as a write: merges, metadata, new sheets, deletions.
      sh.getRange('A1:B1').merge();
      sh.addDeveloperMetadata('k', 'v');
      ss.insertSheet('อื่น');
      sh.getRange('A1').getValues();
      ss.createDeveloperMetadataFinder().withKey('k').find();
      expect(f.calls.writes()).toEqual(['Range.merge', 'Sheet.addDeveloperMetadata', 'Spreadsheet.insertSheet']);
      f.calls.reset();
      // Same proxy for the same object.
      expect(ss.getSheets()[0]).toBe(ss.getSheetByName('Sheet1'));
      f.PropertiesService.getDocumentProperties().getProperty('a');
      expect(f.calls.byService('Properties')).toBe(2);
    } finally {
      uninstall();
    }
  });
});

// ตรวจสอบการติดตั้ง: every check passes on the default fakes and the scratch doc and PDF end in the
// trash; a user without the Drive scope, or Drive comments failing, gives ใช้ไม่ได้ with advice on that
// line while the other checks still run; nothing is left untrashed when a step throws.
import type { Fakes } from '../../emulator';
import { runSelfCheck, showSelfCheck } from '../../src/gas/self-check';
import { SELF_CHECKS, SELF_CHECK_FAILED, SELF_CHECK_OK } from '../../src/core/document/self-check';
import { MENU } from '../../src/gas/menu';
import { installFakesEach } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const SCRATCH = 'ITA ตรวจสอบการติดตั้ง';

/** The scratch files in the fake Drive (doc and PDF): name and trashed flag. */
function scratchFiles(): { name: string; mimeType: string; trashed: boolean }[] {
  return [...fakes.drive.files.values()]
    .filter((f) => f.name.startsWith(SCRATCH))
    .map((f) => ({ name: f.name, mimeType: f.mimeType, trashed: f.trashed }));
}

const lineOf = (lines: string[], id: string): string => {
  const label = SELF_CHECKS.find((c) => c.id === id)!.label;
  return lines.find((l) => l.includes(label))!;
};

test('default fakes: every check is ใช้ได้, the scratch doc and its PDF are trashed', () => {
  const r = runSelfCheck();
  expect(r.results.filter((x) => !x.ok)).toEqual([]);
  expect(r.results.map((x) => x.id)).toEqual(SELF_CHECKS.map((c) => c.id));
  expect(r.lines).toHaveLength(SELF_CHECKS.length);
  for (const l of r.lines) expect(l).toContain(SELF_CHECK_OK);
  const files = scratchFiles();
  expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document']);
  expect(files.every((f) => f.trashed)).toBe(true);
  // Sharing is checked without giving anyone access or e-mailing anyone.
  expect(fakes.calls.by('Drive.Permissions.create')).toBe(0);
  expect(fakes.notifications).toEqual([]);
});

test('the menu item shows one Thai line per check', () => {
  expect(MENU).toContainEqual({ label: 'ตรวจสอบการติดตั้ง', fn: 'showSelfCheck' });
  showSelfCheck();
  const alert = fakes.ui.alerts.at(-1)!;
  expect(JSON.stringify(alert)).toContain('ผลการตรวจสอบการติดตั้ง');
  expect(JSON.stringify(alert).split(SELF_CHECK_OK).length - 1).toBe(SELF_CHECKS.length);
});

test('Drive comments failing: that line is ใช้ไม่ได้ with the error and advice, the rest still run and pass', () => {
  const drive = (globalThis as unknown as { Drive: { Comments: { list: () => never } } }).Drive;
  drive.Comments.list = () => {
    throw new Error('API call to drive.comments.list failed with error: Internal Error');
  };
  const r = runSelfCheck();
  const advice = SELF_CHECKS.find((c) => c.id === 'comments')!.advice;
  const line = lineOf(r.lines, 'comments');
  expect(line).toContain(SELF_CHECK_FAILED);
  expect(line).toContain('Internal Error');
  expect(line).toContain(advice);
  expect(r.results.filter((x) => !x.ok).map((x) => x.id)).toEqual(['comments']);
  expect(scratchFiles().every((f) => f.trashed)).toBe(true);
  expect(scratchFiles()).toHaveLength(2);
});

test('reopening the doc for its PDF failing still leaves no scratch file untrashed', () => {
  const docApp = fakes.raw.documentApp;
  const open = docApp.openById.bind(docApp);
  let n = 0;
  jest.spyOn(docApp, 'openById').mockImplementation((id: string) => {
    if (++n > 1) throw new Error('Service Documents failed while accessing document');
    return open(id);
  });
  const r = runSelfCheck();
  expect(r.results.find((x) => x.id === 'pdf')!.ok).toBe(false);
  expect(lineOf(r.lines, 'pdf')).toContain('Service Documents failed');
  expect(r.results.find((x) => x.id === 'lock')!.ok).toBe(true);
  expect(scratchFiles().length).toBeGreaterThan(0);
  expect(scratchFiles().every((f) => f.trashed)).toBe(true);
});

test('the page-number import failing: that line only; the scratch doc is made plain and trashed', () => {
  fakes.drive.failDocxImport = 'Internal Error';
  const r = runSelfCheck();
  expect(r.results.filter((x) => !x.ok).map((x) => x.id)).toEqual(['pageNumbers']);
  expect(lineOf(r.lines, 'pageNumbers')).toContain('Internal Error');
  expect(lineOf(r.lines, 'create')).toContain(SELF_CHECK_OK);
  expect(scratchFiles().every((f) => f.trashed)).toBe(true);
});

test('a user who did not grant drive.file: the Drive lines fail with advice, the others pass', () => {
  const U = 'no.drive@example.go.th';
  fakes.addUser(U, { scopes: ['spreadsheets.currentonly', 'script.container.ui', 'documents', 'userinfo.email'] });
  fakes.actAs(U);
  const r = runSelfCheck();
  const failed = r.results.filter((x) => !x.ok).map((x) => x.id);
  expect(failed.sort()).toEqual(['comments', 'create', 'pageNumbers', 'pdf', 'permissions']);
  for (const id of failed) {
    const line = lineOf(r.lines, id);
    expect(line).toContain(SELF_CHECK_FAILED);
    expect(line).toContain('insufficient authentication scopes');
    expect(line).toContain(SELF_CHECKS.find((c) => c.id === id)!.advice);
  }
  for (const id of ['mergeHeader', 'tableRows', 'lastParagraph', 'editors', 'lock'])
    expect(lineOf(r.lines, id)).toContain(SELF_CHECK_OK);
  // The Docs checks ran on a doc DocumentApp made; Drive cannot trash it without the scope: the user is told.
  expect(r.lines.at(-1)).toMatch(/^ย้ายเอกสารทดลองไปถังขยะไม่ได้ โปรดลบเอง: https:\/\/docs\.google\.com\//);
});

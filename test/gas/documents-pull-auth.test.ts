// Pull with Drive present but not authorised: the Drive-off message (how to enable/authorise), not "0 ฉบับ".
import type { Fakes } from '../../emulator';
import { generateKind } from '../../src/gas/documents/generate';
import { pullAllComments } from '../../src/gas/documents/pull';
import { isDriveServiceError } from '../../src/core/document/comments';
import { docInput } from '../core/document-fixture';
import { installFakesEach } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const src = { load: () => ({ input: docInput() }) };
const UNAUTHORISED =
  'GoogleJsonResponseException: API call to drive.comments.list failed with error: Request had insufficient authentication scopes.';

test('scope/authorisation errors are service errors; a missing file is not', () => {
  expect(isDriveServiceError(UNAUTHORISED)).toBe(true);
  expect(isDriveServiceError('Authorization is required to perform that action.')).toBe(true);
  expect(
    isDriveServiceError('No item with the given ID could be found, or you do not have permission to access it.'),
  ).toBe(false);
  expect(isDriveServiceError('File not found: abc')).toBe(false);
});

test('pull with Drive not authorised says how to enable/authorise it', () => {
  generateKind('measures-plan', src);
  const drive = (globalThis as unknown as { Drive: { Comments: { list: () => never } } }).Drive;
  drive.Comments.list = () => {
    throw new Error(UNAUTHORISED);
  };
  const r = pullAllComments(src);
  expect(r.ok).toBe(false);
  expect(r.message).toContain('Drive API');
  expect(r.message).toContain('อนุญาต');
  expect(r.message).not.toContain('0 ฉบับ');
});

test('every doc gone: not ok, and says so', () => {
  const r0 = generateKind('measures-plan', src);
  fakes.drive.files.delete(/\/d\/([^/]+)/.exec(r0.url)![1]);
  const r = pullAllComments(src);
  expect(r.ok).toBe(false);
  expect(r.message).toContain('ดึงความเห็นไม่ได้จากเอกสารใดเลย');
});

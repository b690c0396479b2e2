// DriveApp (what the drive.file scope allows) and the Drive v3 advanced service `Drive` (comments).
import { Fake, Like } from './calls';
import type { FakeBlob } from './blob';
import { DOCX_MIME, importDocx } from './docx-import';
import type { FakeDocument } from './document/document';
import type { DocElement, FakeAnchor } from './document/elements';

type GDA = GoogleAppsScript.Drive.DriveApp;
type GF = GoogleAppsScript.Drive.File;
type GFo = GoogleAppsScript.Drive.Folder;

export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';
export const FIELDS_REQUIRED =
  "GoogleJsonResponseException: API call to drive.comments.list failed with error: The 'fields' parameter is required for this method.";

/** Drive roles, weakest first. "owner" is the creator; the others are granted through Permissions.create. */
export type Role = 'reader' | 'commenter' | 'writer' | 'owner';
const RANK: Record<Role, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };
export const atLeast = (r: Role | null, min: Role): boolean => r !== null && RANK[r] >= RANK[min];

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  url: string;
  doc?: FakeDocument;
  /** E-mail of the user whose Drive holds the file. */
  owner: string;
  /** Who may open it, by e-mail (the owner included). No inheritance from folders is modelled. */
  permissions: Map<string, Role>;
  /**
   * drive.file grants: the users for whom this app created the file (or who opened it with the app).
   * The scope's reference: "Create new Drive files, or modify existing files, that you open with an app
   * or that the user shares with an app while using the Google Picker API or the app's file picker."
   * Whether a file the app created for officer A is covered for officer B (shared with B, never opened
   * by B through a picker) is not said: by default it is NOT (the less convenient answer; see
   * DriveStore.appFilesAcrossUsers).
   */
  appUsers: Set<string>;
  /** Created through this app (Drive.Files.create or DocumentApp.create). */
  byApp: boolean;
  /** Uploaded content (PDF bytes as text) and how many times it was written. */
  content?: string;
  contentWrites: number;
}

/** A user of the fakes: their granted scopes (short names, e.g. "drive.file"). */
export interface Account {
  email: string;
  scopes: Set<string>;
}

/** One notification e-mail Drive would send (Permissions.create with sendNotificationEmail). */
export interface Notification {
  fileId: string;
  to: string;
  role: Role;
  message: string;
}

/** "Exception: You do not have permission to call X. Required permissions: …" (missing scope). */
export function noPermissionToCall(method: string, scope: string): Error {
  return new Error(
    `Exception: You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`,
  );
}

export const driveApiError = (method: string, what: string): Error =>
  new Error(`GoogleJsonResponseException: API call to drive.${method} failed with error: ${what}`);

export interface StoredReply {
  id: string;
  author: { displayName: string; me?: boolean };
  createdTime: string;
  modifiedTime: string;
  content: string;
  deleted: boolean;
  action?: 'resolve' | 'reopen';
}

export interface StoredComment {
  id: string;
  fileId: string;
  author: { displayName: string; me?: boolean };
  createdTime: string;
  modifiedTime: string;
  content: string;
  quoted: string | null;
  /** The element the comment is anchored on (paragraph or table cell), if any. */
  element: DocElement | null;
  /** The anchored range in that paragraph (moved or detached by later edits). */
  anchor: FakeAnchor | null;
  resolved: boolean;
  deleted: boolean;
  replies: StoredReply[];
}

/** The Drive of one set of fakes: users, files and folders with their permissions, comments. */
export class DriveStore {
  readonly files = new Map<string, FileRecord>();
  readonly comments = new Map<string, StoredComment[]>();
  readonly accounts = new Map<string, Account>();
  readonly notifications: Notification[] = [];
  /** The user the script runs as (fakes.actAs). */
  current = '';
  /** true: a file the app created for one user is covered by drive.file for every user it is shared with. */
  appFilesAcrossUsers = false;
  /** Makes a Google Doc (set by createFakes: DocumentApp's store and quota). */
  newDocument: (name: string) => FakeDocument = () => {
    throw new Error('Fake: no document factory');
  };
  /** Forgets a document made for an import that failed (Drive keeps no file). */
  newDocumentRemoved: (id: string) => void = (id) => {
    this.files.delete(id);
  };
  /** Test switch: Files.create refuses to convert a .docx, with this message (null = converts). */
  failDocxImport: string | null = null;
  private commentSeq = 0;
  private seq = 0;

  nextId(prefix: string): string {
    return `${prefix}-${String(++this.seq).padStart(4, '0')}`;
  }

  addAccount(email: string, scopes: Iterable<string>): Account {
    const a = { email, scopes: new Set(scopes) };
    this.accounts.set(email, a);
    return a;
  }

  hasScope(scope: string, user = this.current): boolean {
    return this.accounts.get(user)?.scopes.has(scope) ?? false;
  }

  /** The user's role on a file, or null (not shared with them). */
  roleOf(id: string, user = this.current): Role | null {
    return this.files.get(id)?.permissions.get(user) ?? null;
  }

  /** Registers a file owned by `owner` (the current user by default). */
  addFile(
    f: Partial<FileRecord> & { id: string; name: string; mimeType: string },
    owner = this.current,
    byApp = false,
  ): FileRecord {
    const rec: FileRecord = {
      parents: [],
      trashed: false,
      url:
        f.mimeType === FOLDER_MIME
          ? `https://drive.google.com/drive/folders/${f.id}`
          : `https://drive.google.com/file/d/${f.id}/view`,
      owner,
      permissions: new Map([[owner, 'owner']]),
      appUsers: new Set(byApp ? [owner] : []),
      byApp,
      contentWrites: 0,
      ...f,
    };
    this.files.set(rec.id, rec);
    return rec;
  }

  /**
   * Test helper: a folder in the current user's Drive. access=true: the app may use it (as if created
   * with the app or picked with the Google Picker); false: a folder the app was never given.
   */
  addFolder(id: string, name: string, access = true): FileRecord {
    return this.addFile({ id, name, mimeType: FOLDER_MIME }, this.current, access);
  }

  /** Test helper: shares a file with a user (the owner's hand in the Drive UI; no notification). */
  share(id: string, email: string, role: Role): void {
    const f = this.files.get(id);
    if (!f) throw new Error(`Fake: no file ${id}`);
    if (f.permissions.get(email) !== 'owner') f.permissions.set(email, role);
  }

  /**
   * Can the app, running as the current user, reach this file through the Drive API (v3 or DriveApp)?
   * Full `drive` scope: any file shared with the user. `drive.file` alone: files the app created for
   * (or opened with) this user; see FileRecord.appUsers.
   */
  appCanSee(rec: FileRecord | undefined, user = this.current): boolean {
    if (!rec || !rec.permissions.has(user)) return false;
    if (this.hasScope('drive', user)) return true;
    if (!this.hasScope('drive.file', user)) return false;
    return rec.appUsers.has(user) || (this.appFilesAcrossUsers && rec.byApp);
  }

  /** Test helper: a comment on a file, anchored on the first paragraph (also inside table cells) containing `anchorText`. `by`: the commenter's e-mail, who must be able to comment. */
  addComment(
    fileId: string,
    c: {
      content: string;
      author?: string;
      by?: string;
      anchorText?: string;
      detached?: boolean;
      resolved?: boolean;
      deleted?: boolean;
      createdTime?: string;
      replies?: { content: string; author?: string; createdTime?: string }[];
    },
  ): StoredComment {
    const file = this.files.get(fileId);
    if (c.by && !atLeast(file?.permissions.get(c.by) ?? null, 'commenter'))
      throw new Error(`Fake: ${c.by} may not comment on ${fileId} (not shared as commenter or writer)`);
    let element: DocElement | null = null;
    let anchor: FakeAnchor | null = null;
    if (c.anchorText && file?.doc) {
      const p = file.doc.body._allParagraphs().find((x) => x.text.includes(c.anchorText!)) ?? null;
      if (!p && !c.detached)
        throw new Error(
          `Fake: no paragraph of ${fileId} contains "${c.anchorText}" (pass detached: true for a comment whose text is gone)`,
        );
      if (p) {
        const start = p.text.indexOf(c.anchorText);
        anchor = { start, end: start + c.anchorText.length, detached: false };
        p._anchors.push(anchor);
      }
      element = p;
    }
    const t = c.createdTime ?? new Date(Date.UTC(2025, 0, 1, 0, 0, this.commentSeq)).toISOString();
    const n = ++this.commentSeq;
    const stored: StoredComment = {
      id: `AAAA${String(n).padStart(6, '0')}`,
      fileId,
      author: { displayName: c.author ?? 'ผู้ตรวจ' },
      createdTime: t,
      modifiedTime: t,
      content: c.content,
      quoted: c.anchorText ?? null,
      element,
      anchor,
      resolved: c.resolved ?? false,
      deleted: c.deleted ?? false,
      replies: (c.replies ?? []).map((r, i) => ({
        id: `AAAA${String(n).padStart(6, '0')}-r${i + 1}`,
        author: { displayName: r.author ?? 'ผู้ตรวจ' },
        createdTime: r.createdTime ?? t,
        modifiedTime: r.createdTime ?? t,
        content: r.content,
        deleted: false,
      })),
    };
    const list = this.comments.get(fileId) ?? [];
    list.push(stored);
    this.comments.set(fileId, list);
    return stored;
  }

  /** Is the comment's anchor still in the document with its quoted text? (false = "detached"). */
  isCommentAttached(comment: StoredComment): boolean {
    if (!comment.element || comment.quoted === null || !comment.anchor || comment.anchor.detached) return false;
    return (
      comment.element._attached() &&
      comment.element.getText().slice(comment.anchor.start, comment.anchor.end) === comment.quoted
    );
  }
}

// ---------------------------------------------------------------- DriveApp
// DriveApp needs the full `drive` scope: every method of File/Folder/DriveApp lists only
// https://www.googleapis.com/auth/drive under "Authorization" in the Apps Script reference, and a
// script whose manifest grants drive.file alone gets "You do not have permission to call
// DriveApp.getFolderById. Required permissions: https://www.googleapis.com/auth/drive".

function needDrive(store: DriveStore, method: string): void {
  if (!store.hasScope('drive')) throw noPermissionToCall(method, 'drive');
}

export class FakeFolderIterator
  extends Fake
  implements Like<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next'>
{
  readonly _kind = 'FolderIterator';
  readonly _service = 'Drive' as const;
  private i = 0;
  constructor(private items: FakeFolder[]) {
    super();
  }
  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): FakeFolder {
    if (!this.hasNext()) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++];
  }
}

/** What a Drive Folder and File share: the record they stand for, its id, name and URL. */
abstract class FakeDriveItem extends Fake {
  abstract override readonly _kind: 'Folder' | 'File';
  readonly _service = 'Drive' as const;
  constructor(
    readonly rec: FileRecord,
    protected store: DriveStore,
  ) {
    super();
  }
  /** Every DriveApp call needs the drive scope; the refusal names the call ("File.getName"). */
  protected need(method: string): void {
    needDrive(this.store, `${this._kind}.${method}`);
  }
  getId(): string {
    this.need('getId');
    return this.rec.id;
  }
  getName(): string {
    this.need('getName');
    return this.rec.name;
  }
  getUrl(): string {
    this.need('getUrl');
    return this.rec.url;
  }
}

export class FakeFolder extends FakeDriveItem implements Like<GFo, 'getId' | 'getName' | 'getUrl'> {
  readonly _kind = 'Folder';
}

export class FakeFile
  extends FakeDriveItem
  implements
    Like<
      GF,
      'getId' | 'getName' | 'setName' | 'getUrl' | 'getParents' | 'isTrashed' | 'setTrashed' | 'moveTo' | 'getMimeType'
    >
{
  readonly _kind = 'File';
  override getName(): string {
    this.need('getName');
    return this.rec.doc?.name ?? this.rec.name;
  }
  setName(name: string): this {
    this.need('setName');
    this.rec.name = name;
    if (this.rec.doc) this.rec.doc.name = name;
    return this;
  }
  getMimeType(): string {
    this.need('getMimeType');
    return this.rec.mimeType;
  }
  getParents(): FakeFolderIterator {
    this.need('getParents');
    return new FakeFolderIterator(
      this.rec.parents
        .map((p) => this.store.files.get(p))
        .filter((f): f is FileRecord => !!f && f.permissions.has(this.store.current))
        .map((f) => new FakeFolder(f, this.store)),
    );
  }
  isTrashed(): boolean {
    this.need('isTrashed');
    return this.rec.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.need('setTrashed');
    if (!atLeast(this.store.roleOf(this.rec.id), 'writer')) throw new Error('Access denied: DriveApp.');
    this.rec.trashed = trashed;
    return this;
  }
  moveTo(destination: GFo | FakeFolder): this {
    this.need('moveTo');
    const f = destination as unknown as FakeFolder;
    if (!atLeast(this.store.roleOf(f.rec.id), 'writer')) throw new Error(NO_ITEM);
    this.rec.parents = [f.rec.id];
    return this;
  }
}

export class FakeDriveApp extends Fake implements Like<GDA, 'getFileById' | 'getFolderById' | 'getRootFolder'> {
  readonly _kind = 'DriveApp';
  readonly _service = 'Drive' as const;
  constructor(readonly store: DriveStore) {
    super();
  }
  getFileById(id: string): FakeFile {
    needDrive(this.store, 'DriveApp.getFileById');
    const rec = this.store.files.get(id);
    if (!rec || !rec.permissions.has(this.store.current) || rec.mimeType === FOLDER_MIME) throw new Error(NO_ITEM);
    return new FakeFile(rec, this.store);
  }
  getFolderById(id: string): FakeFolder {
    needDrive(this.store, 'DriveApp.getFolderById');
    const rec = this.store.files.get(id);
    if (!rec || rec.mimeType !== FOLDER_MIME || !rec.permissions.has(this.store.current)) throw new Error(NO_ITEM);
    return new FakeFolder(rec, this.store);
  }
  getRootFolder(): FakeFolder {
    needDrive(this.store, 'DriveApp.getRootFolder');
    return new FakeFolder(
      this.store.files.get(`root:${this.store.current}`) ??
        this.store.addFile({ id: `root:${this.store.current}`, name: 'My Drive', mimeType: FOLDER_MIME }),
      this.store,
    );
  }
}

// ---------------------------------------------------------------- Drive v3 advanced service

type FieldTree = true | { [k: string]: FieldTree };

/** Parses a field mask such as "comments(id,author(displayName)),nextPageToken" ("*" = everything). */
export function parseFields(mask: string): FieldTree {
  let i = 0;
  const parse = (): { [k: string]: FieldTree } => {
    const out: { [k: string]: FieldTree } = {};
    while (i < mask.length && mask[i] !== ')') {
      let name = '';
      while (i < mask.length && !',()'.includes(mask[i])) name += mask[i++];
      name = name.trim();
      let sub: FieldTree = true;
      if (mask[i] === '(') {
        i++;
        sub = parse();
        i++; // ')'
      }
      if (name.includes('/')) {
        const [head, ...rest] = name.split('/');
        let node: FieldTree = sub;
        for (const r of rest.reverse()) node = { [r]: node };
        out[head] = node;
      } else if (name) out[name] = sub;
      if (mask[i] === ',') i++;
    }
    return out;
  };
  const t = parse();
  return t['*'] === true ? true : t;
}

function select(v: unknown, f: FieldTree): unknown {
  if (f === true || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((e) => select(e, f));
  if (f['*'] === true) return v;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of Object.entries(f))
    if ((v as Record<string, unknown>)[k] !== undefined) out[k] = select((v as Record<string, unknown>)[k], sub);
  return out;
}

function toApi(c: StoredComment): Record<string, unknown> {
  const o: Record<string, unknown> = {
    kind: 'drive#comment',
    id: c.id,
    createdTime: c.createdTime,
    modifiedTime: c.modifiedTime,
    author: { kind: 'drive#user', displayName: c.author.displayName, me: c.author.me ?? false },
    htmlContent: c.content,
    content: c.content,
    deleted: c.deleted,
    resolved: c.resolved,
    replies: c.replies.map((r) => ({
      kind: 'drive#reply',
      id: r.id,
      createdTime: r.createdTime,
      modifiedTime: r.modifiedTime,
      author: { kind: 'drive#user', displayName: r.author.displayName, me: r.author.me ?? false },
      htmlContent: r.content,
      content: r.content,
      deleted: r.deleted,
      ...(r.action ? { action: r.action } : {}),
    })),
  };
  if (c.quoted !== null) {
    // quotedFileContent: "The file content to which the comment refers, typically within the anchor
    // region. For a text file, for example, this would be the text at the location of the comment."
    // with mimeType "text/html" next to it: whether `value` is plain or HTML-escaped text is not said,
    // so the fake escapes it (the less convenient answer): "R&D" arrives as "R&amp;D".
    o.quotedFileContent = { mimeType: 'text/html', value: escapeHtml(c.quoted) };
    o.anchor = c.element?.uid ?? 'kix.detached';
  }
  return o;
}

export const escapeHtml = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Drive v3 needs drive.file (or a wider drive scope); without any, every call is refused. */
function needApiScope(store: DriveStore, method: string): void {
  if (!['drive', 'drive.file'].some((s) => store.hasScope(s)))
    throw driveApiError(method, 'Request had insufficient authentication scopes.');
}

/** The file as the app sees it, or the API's 404 (a file the app may not see is reported as not found). */
function visible(store: DriveStore, method: string, id: string): FileRecord {
  needApiScope(store, method);
  const rec = store.files.get(id);
  if (!store.appCanSee(rec)) throw driveApiError(method, `File not found: ${id}.`);
  return rec!;
}

function fileResource(store: DriveStore, f: FileRecord): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: f.id,
    name: f.doc?.name ?? f.name,
    mimeType: f.mimeType,
    parents: f.parents.slice(),
    trashed: f.trashed,
    webViewLink: f.doc ? f.doc.getUrl() : f.url,
    owners: [{ kind: 'drive#user', emailAddress: f.owner, me: f.owner === store.current }],
    ownedByMe: f.owner === store.current,
  };
}

/** Without `fields`, Drive v3 returns a file's kind, id, name and mimeType only. */
const FILE_DEFAULT_FIELDS = 'kind,id,name,mimeType';

/** What files.create/get/update answer: the file resource cut to the `fields` asked for. */
function fileAnswer(store: DriveStore, rec: FileRecord, optionalArgs?: Record<string, any>): Record<string, unknown> {
  return select(fileResource(store, rec), parseFields(String(optionalArgs?.fields ?? FILE_DEFAULT_FIELDS))) as Record<
    string,
    unknown
  >;
}

/** Uploaded content (files.create/update with a blob): stored, and each write counted. */
function writeContent(rec: FileRecord, mediaData?: FakeBlob): void {
  if (!mediaData) return;
  rec.content = mediaData.getDataAsString();
  rec.contentWrites++;
}

const insufficient = (method: string, id: string) =>
  driveApiError(method, `The user does not have sufficient permissions for file ${id}.`);
const PERMISSION_DEFAULT_FIELDS = 'kind,id,type,role';

export class FakeDriveFiles extends Fake {
  readonly _kind = 'Drive.Files';
  readonly _service = 'DriveApi' as const;
  constructor(private store: DriveStore) {
    super();
  }
  /**
   * Files.create(resource, mediaData?, optionalArgs?). Parents must be folders the app may write to
   * (else 404 on the parent). A Google Doc mimeType makes an empty doc (DocumentApp can open it); a
   * blob is stored as the content. The new file belongs to the current user, created by the app.
   */
  create(
    resource: Record<string, any>,
    mediaData?: FakeBlob,
    optionalArgs?: Record<string, any>,
  ): Record<string, unknown> {
    const s = this.store;
    needApiScope(s, 'files.create');
    const parents: string[] = resource.parents ?? [];
    for (const p of parents) {
      const f = s.files.get(p);
      if (!s.appCanSee(f) || f!.mimeType !== FOLDER_MIME) throw driveApiError('files.create', `File not found: ${p}.`);
      if (!atLeast(s.roleOf(p), 'writer')) throw insufficient('files.create', p);
    }
    const mimeType: string = resource.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream';
    const name: string = resource.name ?? mediaData?.getName() ?? 'Untitled';
    let rec: FileRecord;
    if (mimeType === DOC_MIME && mediaData) {
      // An import: the uploaded file converted into a Google Doc (see docx-import.ts).
      if (mediaData.getContentType() !== DOCX_MIME)
        throw new Error(`Fake: converting ${mediaData.getContentType()} to a Google Doc is not modelled`);
      if (s.failDocxImport) throw driveApiError('files.create', s.failDocxImport);
      const d = s.newDocument(name);
      try {
        importDocx(mediaData.bytes, d);
      } catch (e) {
        s.newDocumentRemoved(d.id);
        throw driveApiError('files.create', `Bad Request (${e instanceof Error ? e.message : String(e)})`);
      }
      rec = s.files.get(d.id)!;
      rec.parents = parents.length ? parents.slice() : [`root:${s.current}`];
      return select(fileResource(s, rec), parseFields(String(optionalArgs?.fields ?? FILE_DEFAULT_FIELDS))) as Record<
        string,
        unknown
      >;
    } else if (mimeType === DOC_MIME) {
      const d = s.newDocument(name); // registers the file (owner: current user, by the app)
      rec = s.files.get(d.id)!;
    } else {
      const id = s.nextId(mimeType === FOLDER_MIME ? 'fake-folder' : 'fake-file');
      rec = s.addFile({ id, name, mimeType }, s.current, true);
    }
    rec.parents = parents.length ? parents.slice() : [`root:${s.current}`];
    writeContent(rec, mediaData);
    return fileAnswer(s, rec, optionalArgs);
  }
  /** Files.get(fileId, optionalArgs?): metadata; `trashed`, `parents`, `webViewLink` only when asked for in `fields`. */
  get(fileId: string, optionalArgs?: Record<string, any>): Record<string, unknown> {
    return fileAnswer(this.store, visible(this.store, 'files.get', fileId), optionalArgs);
  }
  /** Files.update(resource, fileId, mediaData?, optionalArgs?): name, trashed, new content (same file id). */
  update(
    resource: Record<string, any>,
    fileId: string,
    mediaData?: FakeBlob,
    optionalArgs?: Record<string, any>,
  ): Record<string, unknown> {
    const s = this.store;
    const rec = visible(s, 'files.update', fileId);
    if (!atLeast(s.roleOf(fileId), 'writer')) throw insufficient('files.update', fileId);
    if (typeof resource?.name === 'string') {
      rec.name = resource.name;
      if (rec.doc) rec.doc.name = resource.name;
    }
    if (typeof resource?.trashed === 'boolean') {
      if (resource.trashed && rec.owner !== s.current) throw insufficient('files.update', fileId);
      rec.trashed = resource.trashed;
    }
    writeContent(rec, mediaData);
    return fileAnswer(s, rec, optionalArgs);
  }
}

export class FakeDrivePermissions extends Fake {
  readonly _kind = 'Drive.Permissions';
  readonly _service = 'DriveApi' as const;
  constructor(private store: DriveStore) {
    super();
  }
  /**
   * Permissions.create(resource, fileId, optionalArgs?). The reference: "sendNotificationEmail: Whether
   * to send a notification email when sharing to users or groups. This defaults to true for users and
   * groups"; "emailMessage: A plain text custom message to include in the notification email." Only
   * owners and writers may share. Creating a permission for a user who already has one is not described:
   * the fake SETS the role given, even a weaker one (less convenient: the caller must not downgrade).
   */
  create(resource: Record<string, any>, fileId: string, optionalArgs?: Record<string, any>): Record<string, unknown> {
    const s = this.store;
    const rec = visible(s, 'permissions.create', fileId);
    if (!atLeast(s.roleOf(fileId), 'writer')) throw insufficient('permissions.create', fileId);
    const role = resource?.role as Role;
    if (resource?.type !== 'user' || !resource?.emailAddress || !['reader', 'commenter', 'writer'].includes(role))
      throw driveApiError('permissions.create', 'Invalid sharing request.');
    const email = String(resource.emailAddress).toLowerCase();
    if (rec.permissions.get(email) !== 'owner') rec.permissions.set(email, role);
    if (optionalArgs?.sendNotificationEmail !== false)
      s.notifications.push({ fileId, to: email, role, message: String(optionalArgs?.emailMessage ?? '') });
    return select(
      { kind: 'drive#permission', id: `perm-${email}`, type: 'user', role, emailAddress: email },
      parseFields(String(optionalArgs?.fields ?? PERMISSION_DEFAULT_FIELDS)),
    ) as Record<string, unknown>;
  }
  /** Permissions.list(fileId, optionalArgs?): emailAddress only when asked for in `fields`. */
  list(fileId: string, optionalArgs?: Record<string, any>): Record<string, unknown> {
    const rec = visible(this.store, 'permissions.list', fileId);
    const full = {
      kind: 'drive#permissionList',
      permissions: [...rec.permissions].map(([email, role]) => ({
        kind: 'drive#permission',
        id: `perm-${email}`,
        type: 'user',
        role,
        emailAddress: email,
      })),
    };
    const fields = String(optionalArgs?.fields ?? `kind,permissions(${PERMISSION_DEFAULT_FIELDS})`);
    return select(full, parseFields(fields)) as Record<string, unknown>;
  }
}

export class FakeDriveComments extends Fake {
  readonly _kind = 'Drive.Comments';
  readonly _service = 'DriveApi' as const;
  constructor(private store: DriveStore) {
    super();
  }
  /** Paged (pageSize default 20, max 100); `fields` is mandatory; only the selected fields are returned. */
  list(fileId: string, optionalArgs?: Record<string, any>): Record<string, unknown> {
    const args = optionalArgs ?? {};
    if (!args.fields) throw new Error(FIELDS_REQUIRED);
    visible(this.store, 'comments.list', fileId);
    const size = Math.min(100, Math.max(1, Number(args.pageSize ?? 20)));
    const start = args.pageToken ? Number(String(args.pageToken).replace(/^page-/, '')) : 0;
    if (!Number.isFinite(start)) throw driveApiError('comments.list', 'Invalid Value');
    const all = (this.store.comments.get(fileId) ?? []).filter((c) => args.includeDeleted || !c.deleted);
    const page = all.slice(start, start + size);
    const full: Record<string, unknown> = { kind: 'drive#commentList', comments: page.map(toApi) };
    if (start + size < all.length) full.nextPageToken = `page-${start + size}`;
    return select(full, parseFields(String(args.fields))) as Record<string, unknown>;
  }
}

/** The `Drive` global (advanced service v3): Files (create, get, update), Permissions (create, list), Comments.list. */
export class FakeDriveApi extends Fake {
  readonly _kind = 'Drive';
  readonly _service = 'DriveApi' as const;
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;
  readonly Comments: FakeDriveComments;
  constructor(store: DriveStore) {
    super();
    this.Files = new FakeDriveFiles(store);
    this.Permissions = new FakeDrivePermissions(store);
    this.Comments = new FakeDriveComments(store);
  }
}

// DriveApp (what the drive.file scope allows) and the Drive v3 advanced service `Drive` (comments).
import { Fake, Like } from './calls';
import type { FakeDocument } from './document/document';
import type { DocElement, FakeAnchor } from './document/elements';

type GDA = GoogleAppsScript.Drive.DriveApp;
type GF = GoogleAppsScript.Drive.File;
type GFo = GoogleAppsScript.Drive.Folder;

export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';
export const FIELDS_REQUIRED =
  "GoogleJsonResponseException: API call to drive.comments.list failed with error: The 'fields' parameter is required for this method.";

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  url: string;
  doc?: FakeDocument;
}

export interface FolderRecord {
  id: string;
  name: string;
  /** false: getFolderById throws (drive.file scope, not shared with the app). */
  access: boolean;
}

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

/** The Drive of one set of fakes: files, folders and comments. */
export class DriveStore {
  readonly files = new Map<string, FileRecord>();
  readonly folders = new Map<string, FolderRecord>([['root', { id: 'root', name: 'My Drive', access: true }]]);
  readonly comments = new Map<string, StoredComment[]>();
  private commentSeq = 0;

  addFolder(id: string, name: string, access = true): FolderRecord {
    const f = { id, name, access };
    this.folders.set(id, f);
    return f;
  }

  /** Test helper: a comment on a file, anchored on the first paragraph (also inside table cells) containing `anchorText`. */
  addComment(
    fileId: string,
    c: {
      content: string;
      author?: string;
      anchorText?: string;
      detached?: boolean;
      resolved?: boolean;
      deleted?: boolean;
      createdTime?: string;
      replies?: { content: string; author?: string; createdTime?: string }[];
    },
  ): StoredComment {
    const file = this.files.get(fileId);
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

export class FakeFolder extends Fake implements Like<GFo, 'getId' | 'getName' | 'getUrl'> {
  readonly _kind = 'Folder';
  readonly _service = 'Drive' as const;
  constructor(readonly rec: FolderRecord) {
    super();
  }
  getId(): string {
    return this.rec.id;
  }
  getName(): string {
    return this.rec.name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.rec.id}`;
  }
}

export class FakeFile
  extends Fake
  implements
    Like<
      GF,
      'getId' | 'getName' | 'setName' | 'getUrl' | 'getParents' | 'isTrashed' | 'setTrashed' | 'moveTo' | 'getMimeType'
    >
{
  readonly _kind = 'File';
  readonly _service = 'Drive' as const;
  constructor(
    readonly rec: FileRecord,
    private store: DriveStore,
  ) {
    super();
  }
  getId(): string {
    return this.rec.id;
  }
  getName(): string {
    return this.rec.doc?.name ?? this.rec.name;
  }
  setName(name: string): this {
    this.rec.name = name;
    if (this.rec.doc) this.rec.doc.name = name;
    return this;
  }
  getUrl(): string {
    return this.rec.url;
  }
  getMimeType(): string {
    return this.rec.mimeType;
  }
  getParents(): FakeFolderIterator {
    return new FakeFolderIterator(
      this.rec.parents.map((p) => new FakeFolder(this.store.folders.get(p) ?? { id: p, name: p, access: false })),
    );
  }
  isTrashed(): boolean {
    return this.rec.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.rec.trashed = trashed;
    if (this.rec.doc) this.rec.doc.trashed = trashed;
    return this;
  }
  moveTo(destination: GFo | FakeFolder): this {
    const f = destination as unknown as FakeFolder;
    if (!this.store.folders.get(f.rec.id)?.access) throw new Error(NO_ITEM);
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
    const rec = this.store.files.get(id);
    if (!rec) throw new Error(NO_ITEM);
    return new FakeFile(rec, this.store);
  }
  getFolderById(id: string): FakeFolder {
    const rec = this.store.folders.get(id);
    if (!rec || !rec.access) throw new Error(NO_ITEM);
    return new FakeFolder(rec);
  }
  getRootFolder(): FakeFolder {
    return new FakeFolder(this.store.folders.get('root')!);
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
    o.quotedFileContent = { mimeType: 'text/html', value: c.quoted };
    o.anchor = c.element?.uid ?? 'kix.detached';
  }
  return o;
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
    if (!this.store.files.has(fileId))
      throw new Error(
        `GoogleJsonResponseException: API call to drive.comments.list failed with error: File not found: ${fileId}.`,
      );
    const size = Math.min(100, Math.max(1, Number(args.pageSize ?? 20)));
    const start = args.pageToken ? Number(String(args.pageToken).replace(/^page-/, '')) : 0;
    if (!Number.isFinite(start))
      throw new Error('GoogleJsonResponseException: API call to drive.comments.list failed with error: Invalid Value');
    const all = (this.store.comments.get(fileId) ?? []).filter((c) => args.includeDeleted || !c.deleted);
    const page = all.slice(start, start + size);
    const full: Record<string, unknown> = { kind: 'drive#commentList', comments: page.map(toApi) };
    if (start + size < all.length) full.nextPageToken = `page-${start + size}`;
    return select(full, parseFields(String(args.fields))) as Record<string, unknown>;
  }
}

/** The `Drive` global (advanced service). Only Comments.list is modelled. */
export class FakeDriveApi extends Fake {
  readonly _kind = 'Drive';
  readonly _service = 'DriveApi' as const;
  readonly Comments: FakeDriveComments;
  constructor(store: DriveStore) {
    super();
    this.Comments = new FakeDriveComments(store);
  }
}

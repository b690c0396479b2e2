// Comment threads of generated docs → the comments sheet (table id "comments"), through the Drive v3
// advanced service. Pulling again updates rows by comment id and never duplicates them.
import type { MeasureRow } from '../../core/types';
import { normaliseText } from '../../core/document/snapshot';
import { toArabicDigits } from '../../core/thai';
import { NO, YES } from './messages';
import {
  columnsOf,
  gridOf,
  parseGrid,
  readGrid,
  recordOf,
  tableSheet,
  writeGrid,
  type CellValue,
  type ColumnSpec,
  type ParsedTable,
} from './sheet-records';

type Comment = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Comment;

/** Columns added to the layout's (document, author, quote, comment, createdAt, resolved). */
export const COMMENTS_EXTRA_COLUMNS: ColumnSpec[] = [
  { key: 'replies', header: 'การตอบกลับ' },
  { key: 'measureId', header: 'มาตรการที่เกี่ยวข้อง' },
  { key: 'commentId', header: 'รหัสความเห็น' },
  { key: 'fileId', header: 'รหัสไฟล์เอกสาร' },
  { key: 'modifiedAt', header: 'แก้ไขล่าสุดเมื่อ' },
];
export const COMMENTS_COLUMNS = columnsOf('comments', COMMENTS_EXTRA_COLUMNS);

export const COMMENT_FIELDS =
  'comments(id,author(displayName),createdTime,modifiedTime,content,quotedFileContent(value),resolved,deleted,' +
  'replies(id,author(displayName),createdTime,content,deleted)),nextPageToken';
export const COMMENTS_PAGE_SIZE = 100;

export class DriveUnavailableError extends Error {}

/**
 * Is this Drive error about the service itself (not enabled, not authorised, scope missing) rather than
 * about one file? Such an error applies to every doc: the officer must enable or authorise Drive.
 * (A deleted or unshared file says "not found" / "do not have permission to access it": not matched.)
 */
export function isDriveServiceError(message: string): boolean {
  return /not enabled|not defined|has not been used|disabled|insufficient (authentication )?scopes?|insufficientPermissions|authori[sz]ation is required|required permissions|unauthori[sz]ed|invalid credentials|\b401\b|ACCESS_TOKEN_SCOPE_INSUFFICIENT/i.test(
    message,
  );
}

/** Is the Drive advanced service present in this script? */
export function driveAvailable(): boolean {
  return typeof Drive !== 'undefined' && !!Drive && !!Drive.Comments;
}

/** Every comment of a file, over all pages. Throws DriveUnavailableError when the service is off or refuses. */
export function listComments(fileId: string): Comment[] {
  if (!driveAvailable()) throw new DriveUnavailableError('Drive advanced service not enabled');
  const out: Comment[] = [];
  let pageToken: string | undefined;
  do {
    const args: Record<string, unknown> = { fields: COMMENT_FIELDS, pageSize: COMMENTS_PAGE_SIZE };
    if (pageToken) args.pageToken = pageToken;
    let page: GoogleAppsScript.Drive_v3.Drive.V3.Schema.CommentList;
    try {
      page = Drive!.Comments.list(fileId, args);
    } catch (e) {
      throw new DriveUnavailableError(e instanceof Error ? e.message : String(e));
    }
    out.push(...(page.comments ?? []));
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return out;
}

// ---- Pure: rows of the comments sheet ----

/** "2025-06-30 10:05" in Bangkok time from an RFC 3339 time (UTC+7, no daylight saving). */
export function bangkokTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 7 * 3600 * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const squash = (s: string) => normaliseText(s).replace(/\s+/g, ' ').trim();

/** Shortest quote (after squashing) that may link a comment to a measure: shorter ones are words every row has. */
export const MIN_LINK_QUOTE = 6;

/** Text as compared for linking: either digit set as Arabic, spaces squashed, a leading "1." of a numbered list dropped. */
const linkText = (s: string) => squash(toArabicDigits(s)).replace(/^\d+\.\s*/, '');

/**
 * The measure a comment's quoted text belongs to: the ONE measure whose own texts (the measure and its
 * method, not the responsible unit, period or follow-up, which many rows share) contain the quote or
 * are contained in it. Thai digits in the doc ("๑. เผยแพร่…") match Arabic ones in the sheet. "" when
 * the quote is short (under MIN_LINK_QUOTE characters) or fits several measures.
 */
export function linkedMeasure(quote: string, measures: MeasureRow[]): string {
  const q = linkText(quote);
  if (q.length < MIN_LINK_QUOTE) return '';
  const hits = new Set<string>();
  for (const m of measures) {
    const texts = [m.measure, ...m.method.split(/\r?\n/), m.method]
      .map(linkText)
      .filter((t) => t.length >= MIN_LINK_QUOTE);
    if (texts.some((t) => t.includes(q) || q.includes(t))) hits.add(m.id);
  }
  return hits.size === 1 ? [...hits][0] : '';
}

export interface CommentRecord {
  commentId: string;
  fileId: string;
  document: string;
  author: string;
  createdAt: string;
  modifiedAt: string;
  quote: string;
  comment: string;
  replies: string;
  resolved: string;
  measureId: string;
}

export function commentRecord(c: Comment, fileId: string, document: string, measures: MeasureRow[]): CommentRecord {
  const quote = c.quotedFileContent?.value ?? '';
  const replies = (c.replies ?? [])
    .filter((r) => !r.deleted && (r.content ?? '') !== '')
    .map((r) => `${r.author?.displayName ?? ''} (${bangkokTime(r.createdTime)}): ${r.content ?? ''}`)
    .join('\n');
  return {
    commentId: c.id ?? '',
    fileId,
    document,
    author: c.author?.displayName ?? '',
    createdAt: bangkokTime(c.createdTime),
    modifiedAt: bangkokTime(c.modifiedTime),
    quote,
    comment: c.deleted ? '(ความเห็นถูกลบ)' : (c.content ?? ''),
    replies,
    resolved: c.resolved ? YES : NO,
    measureId: linkedMeasure(quote, measures),
  };
}

export interface CommentsStore {
  /** Adds or updates by comment id (in memory); returns true when it was new. */
  upsert(rec: CommentRecord): boolean;
  count(): number;
  /** One write of the whole table. */
  save(): void;
}

/** Pure: the store over a grid already read. */
export function commentsStoreOver(values: unknown[][], write: (grid: CellValue[][]) => void): CommentsStore {
  const parsed: ParsedTable = parseGrid(values, COMMENTS_COLUMNS);
  const lines = parsed.rows.map((row) => ({
    base: row as unknown[] | null,
    rec: recordOf(parsed, row) as Record<string, CellValue>,
  }));
  const byId = new Map<string, number>();
  lines.forEach((l, i) => {
    const id = String(l.rec.commentId ?? '').trim();
    if (id) byId.set(id, i);
  });
  let dirty = false;
  return {
    upsert(rec) {
      dirty = true;
      const i = byId.get(rec.commentId);
      if (i !== undefined) {
        lines[i].rec = { ...rec };
        return false;
      }
      byId.set(rec.commentId, lines.length);
      lines.push({ base: null, rec: { ...rec } });
      return true;
    },
    count: () => lines.length,
    save() {
      if (!dirty) return;
      write(gridOf(parsed, lines));
      dirty = false;
    },
  };
}

export function openCommentsStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CommentsStore {
  const { sheet } = tableSheet(ss, 'comments');
  return commentsStoreOver(readGrid(sheet), (grid) => writeGrid(sheet, grid));
}

/** Backs up every comment of one doc into the store (not saved yet). Returns [total, new, quoted texts of the comments not deleted]. */
export function backupComments(
  store: CommentsStore,
  fileId: string,
  title: string,
  measures: MeasureRow[],
): [number, number, string[]] {
  const comments = listComments(fileId);
  let added = 0;
  for (const c of comments) if (c.id && store.upsert(commentRecord(c, fileId, title, measures))) added++;
  const quotes = comments.filter((c) => !c.deleted).map((c) => c.quotedFileContent?.value ?? '');
  return [comments.length, added, quotes];
}

/**
 * How many of the comments (by their quoted text) sat on text that was replaced or removed. Drive does
 * not say which element a comment is anchored on, so a comment counts when its quote lies within an
 * old text; a comment without a quote is not anchored and never detaches.
 */
export function commentsOnOldTexts(quotes: string[], oldTexts: string[]): number {
  const olds = oldTexts.map(squash).filter(Boolean);
  return quotes.map(squash).filter((q) => q && olds.some((t) => t.includes(q))).length;
}

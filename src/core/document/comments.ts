// Comment threads of generated docs as rows of the comments sheet (table id "comments"): one record per
// thread, keyed by comment id so pulling again updates rows and never duplicates them; the measure a
// comment is about. Pure: reading Drive is src/gas/documents/comments.ts.
import type { MeasureRow } from '../types';
import { normaliseText } from './snapshot';
import { bangkokDateTime, toArabicDigits } from '../thai';
import { NO, YES } from './messages';
import {
  columnsOf,
  gridOf,
  parseGrid,
  recordOf,
  type CellValue,
  type ColumnSpec,
  type ParsedTable,
} from '../workbook/records';

/** The fields of a Drive v3 comment this code reads (the advanced service's Schema.Comment has them all). */
export interface DriveComment {
  id?: string;
  author?: { displayName?: string };
  createdTime?: string;
  modifiedTime?: string;
  content?: string;
  quotedFileContent?: { value?: string };
  resolved?: boolean;
  deleted?: boolean;
  replies?: { author?: { displayName?: string }; createdTime?: string; content?: string; deleted?: boolean }[];
}
type Comment = DriveComment;

/** Columns added to the layout's (document, author, quote, comment, createdAt, resolved). */
export const COMMENTS_EXTRA_COLUMNS: ColumnSpec[] = [
  { key: 'replies', header: 'การตอบกลับ' },
  { key: 'measureId', header: 'มาตรการที่เกี่ยวข้อง' },
  { key: 'commentId', header: 'รหัสความเห็น' },
  { key: 'fileId', header: 'รหัสไฟล์เอกสาร' },
  { key: 'modifiedAt', header: 'แก้ไขล่าสุดเมื่อ' },
];
export const COMMENTS_COLUMNS = columnsOf('comments', COMMENTS_EXTRA_COLUMNS);

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

/** "2025-06-30 10:05" in Bangkok time from an RFC 3339 time (UTC+7, no daylight saving). */
export function bangkokTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return bangkokDateTime(new Date(t));
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

/**
 * Pure: HTML entities back to text. Drive v3 gives quotedFileContent with mimeType "text/html" and does
 * not say whether `value` is escaped: "R&D" may arrive as "R&amp;D", and the quote would then match
 * no measure. Decoding a plain value is harmless unless it contains a literal entity, which a quote
 * from a plan practically never does.
 */
export function unescapeHtml(t: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return t.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

/** The comment's quoted text, as text (see unescapeHtml). */
export function quotedText(c: { quotedFileContent?: { value?: string } }): string {
  return unescapeHtml(c.quotedFileContent?.value ?? '');
}

export function commentRecord(c: Comment, fileId: string, document: string, measures: MeasureRow[]): CommentRecord {
  const quote = quotedText(c);
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

/**
 * How many of the comments (by their quoted text) sat on text that was replaced or removed. Drive does
 * not say which element a comment is anchored on, so a comment counts when its quote lies within an
 * old text; a comment without a quote is not anchored and never detaches.
 */
export function commentsOnOldTexts(quotes: string[], oldTexts: string[]): number {
  const olds = oldTexts.map(squash).filter(Boolean);
  return quotes.map(squash).filter((q) => q && olds.some((t) => t.includes(q))).length;
}

/** Open (unresolved) comment rows per file id, from one read of the comments sheet. */
export function openCommentCounts(values: unknown[][]): Map<string, number> {
  const p = parseGrid(values, COMMENTS_COLUMNS);
  const out = new Map<string, number>();
  for (const row of p.rows) {
    const r = recordOf(p, row);
    const id = String(r.fileId ?? '').trim();
    if (id && String(r.resolved).trim() === NO) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

// Comment threads of generated docs read through the Drive v3 advanced service, backed up into the
// comments sheet. The records (columns, linking to a measure, the store) are src/core/document/comments.ts.
import type { MeasureRow } from '../../core/types';
import { commentRecord, commentsStoreOver, quotedText, type CommentsStore } from '../../core/document/comments';
import { readGrid, tableSheet, writeGrid } from './sheet-records';

type Comment = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Comment;

export const COMMENT_FIELDS =
  'comments(id,author(displayName),createdTime,modifiedTime,content,quotedFileContent(value),resolved,deleted,' +
  'replies(id,author(displayName),createdTime,content,deleted)),nextPageToken';
export const COMMENTS_PAGE_SIZE = 100;

export class DriveUnavailableError extends Error {}

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
  const quotes = comments.filter((c) => !c.deleted).map(quotedText);
  return [comments.length, added, quotes];
}

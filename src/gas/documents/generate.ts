// Generating or regenerating one document: first generation, in-place update, or a new version.
// Order of work so that nothing is half-written and nothing is lost:
//   lock → read the workbook → build the model → read the log → open and read the old doc →
//   plan → (update: back up the comments and SAVE them first, then edit) | (new version: create) →
//   write the log once → release the lock.
import {
  ALL_DOC_KINDS,
  docKindSpec,
  isDocKind,
  type DocInput,
  type DocKind,
  type DocModel,
  type PageSetup,
  GOOGLE_DOCS_STYLE,
} from '../../core/document';
import { layoutModel, type DocLayout } from '../../core/document/layout';
import { planUpdate, type UpdatePlan } from '../../core/document/diff';
import {
  decodeSnapshot,
  encodeSnapshot,
  flattenModel,
  snapshotOf,
  type DocElement,
} from '../../core/document/snapshot';
import { commentsOnOldTexts, isDriveServiceError } from '../../core/document/comments';
import { currentEntry, logLabel, snapshotFits, type LogEntry } from '../../core/document/log-entries';
import { lookups } from '../../core/document/deps';
import {
  KIND_LABELS,
  MSG,
  STATUS,
  TITLES,
  UNKNOWN_USER,
  reasonText,
  updateParts,
  versionTitle,
} from '../../core/document/messages';
import { longCellWarnings } from '../../core/document/long-cells';
import { placesOf, type Places, type SheetRows } from '../../core/document/where';
import { BANGKOK_TIME_ZONE } from '../../core/thai';
import type { GenerateResult } from '../../shared/rpc';
import { backupComments, driveAvailable, DriveUnavailableError, openCommentsStore } from './comments';
import {
  createDocFile,
  createFolder,
  driveFilesOn,
  errorText,
  FOLDER_PROPERTY,
  folderUrl,
  folderUsable,
  isFileError,
  isTrashed,
  shareFile,
  trashFile,
  wantedRecipients,
  writePdf,
  type PdfResult,
} from './drive-files';
import { openDocumentsLog, type DocumentsLog } from './log';
import { createNumberedDocFile, emptyBody } from './page-shell';
import { TableHeaderError } from '../../core/workbook/records';
import { applyOps, type ApplyReport, readLive, writeNew } from './render';
import type { DocSource } from './source';

/** The kinds generated as Google Docs: every kind of the registry (src/core/document/kinds.ts). */
export const GENERATED_KINDS: readonly DocKind[] = ALL_DOC_KINDS;
/** How long a second officer waits for the first one's run before being told (ms). */
export const DOC_LOCK_WAIT_MS = 5000;
export const TIME_ZONE = BANGKOK_TIME_ZONE;

export function isGeneratedKind(kind: string): kind is DocKind {
  return isDocKind(kind);
}

function build(kind: DocKind, input: DocInput) {
  return docKindSpec(kind)!.build(input);
}

/** Pure: JSON with object keys sorted at every level (functions and undefined left out). */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v))
    return `[${v.map((x) => (x === undefined || typeof x === 'function' ? 'null' : canonicalJson(x))).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined && typeof o[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * Pure: what the document shows, i.e. the flattened model (title, page, every element's key, text and
 * block style, table rows by key). Editing a field the document does not show (a measure's question
 * codes in the results report, the output folder…) does not change it, so the doc is not flagged.
 */
export function hashedParts(kind: DocKind, input: DocInput): unknown {
  return partsOf(build(kind, input));
}

const partsOf = (model: DocModel, elements = flattenModel(model)) => ({
  title: model.title,
  page: model.page,
  elements,
});

/** SHA-256 (hex) of the canonical JSON of the parts a document is built from. */
export function dataHash(kind: DocKind, input: DocInput): string {
  return modelHash(build(kind, input));
}

/** dataHash of a model already built (generation builds it once for the document and the hash). */
function modelHash(model: DocModel, elements?: DocElement[]): string {
  const bytes = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    canonicalJson(partsOf(model, elements)),
    Utilities.Charset.UTF_8,
  );
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

export function nowText(): string {
  return Utilities.formatDate(new Date(), TIME_ZONE, 'yyyy-MM-dd HH:mm');
}

/**
 * Who generated the doc: the officer's e-mail (the manifest asks for the userinfo.email scope). It comes
 * back "" for consumer accounts and users outside the script owner's domain: then "(ไม่ทราบ)". Never
 * fails the generation.
 */
export function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail().trim() || UNKNOWN_USER;
  } catch {
    return UNKNOWN_USER;
  }
}

export function failed(kind: string, message: string, warnings: string[] = []): GenerateResult {
  return { ok: false, action: 'failed', kind, title: '', message, url: '', version: 0, warnings };
}

class UserFacingError extends Error {}

const QUOTA_RE = /too many times for one day/i;

/**
 * The folder for new docs: the one in the settings (it must be one the app may use: created by the
 * add-on, since drive.file does not cover a folder merely pasted by id), else the folder the add-on
 * created for this workbook (its id in the document properties, shared by every officer), created
 * and shared with the workbook's editors the first time. null = My Drive (Drive off, or the folder is
 * another officer's that drive.file does not let this officer use).
 */
export function outputFolderId(settingId: string, warnings: string[], notes: string[]): string | null {
  if (!driveFilesOn()) return null;
  if (settingId) {
    if (folderUsable(settingId)) return settingId;
    throw new UserFacingError(MSG.folderDenied(settingId));
  }
  const props = PropertiesService.getDocumentProperties();
  const saved = props.getProperty(FOLDER_PROPERTY);
  if (saved) {
    if (folderUsable(saved)) return saved;
    warnings.push(MSG.folderNotReachable(folderUrl(saved)));
    return null;
  }
  const name = `เอกสาร ITA – ${SpreadsheetApp.getActiveSpreadsheet().getName()}`;
  const id = createFolder(name);
  props.setProperty(FOLDER_PROPERTY, id);
  const editors = wantedRecipients([], activeUser()).people;
  try {
    shareFile(id, editors, '');
  } catch {
    /* the docs themselves are shared one by one */
  }
  notes.push(MSG.folderCreated(name, folderUrl(id)));
  return id;
}

interface Created {
  id: string;
  url: string;
  title: string;
  folderId: string | null;
}

/**
 * Creates, writes and files a new doc: with Drive, Files.create makes it in the output folder (no
 * DriveApp move), imported from the page-number shell when the model numbers its pages (page-shell.ts;
 * if the import fails, a plain doc and one warning); without Drive, DocumentApp.create (My Drive, not
 * shared, no page numbers). On any failure after creation the doc is trashed (nothing half-written).
 */
function createDoc(
  title: string,
  elements: DocElement[],
  layout: DocLayout,
  page: PageSetup,
  folderSetting: string,
  warnings: string[],
  notes: string[],
  rowShading = false,
): Created {
  const drive = driveFilesOn();
  const folderId = outputFolderId(folderSetting, warnings, notes);
  let doc: GoogleAppsScript.Document.Document;
  let numbered = false;
  /** A file Drive made that DocumentApp has not opened yet: trashed if opening it fails. */
  let made: string | null = null;
  try {
    if (drive) {
      if (page.pageNumbers) {
        try {
          made = createNumberedDocFile(title, folderId, page);
          numbered = true;
        } catch (e) {
          const why = errorText(e);
          if (QUOTA_RE.test(why) || (folderId && isFileError(why))) throw e;
          warnings.push(MSG.pageNumbersMissing(title, why));
        }
      }
      made ??= createDocFile(title, folderId);
      doc = DocumentApp.openById(made);
    } else {
      doc = DocumentApp.create(title);
      warnings.push(MSG.driveOffPrivate);
      if (page.pageNumbers) warnings.push(MSG.pageNumbersNeedDrive);
    }
  } catch (e) {
    if (made) trashFile(made);
    const why = errorText(e);
    if (QUOTA_RE.test(why)) throw new UserFacingError(MSG.quota);
    if (folderId && isFileError(why)) throw new UserFacingError(MSG.folderDenied(folderSetting || folderUrl(folderId)));
    throw new UserFacingError(MSG.unexpected(why));
  }
  const id = doc.getId();
  const url = doc.getUrl();
  try {
    const body = doc.getBody();
    if (numbered) emptyBody(body);
    writeNew(body, elements, layout, rowShading);
    doc.saveAndClose();
  } catch (e) {
    if (drive) trashFile(id);
    throw new UserFacingError(MSG.unexpected(errorText(e)));
  }
  return { id, url, title, folderId };
}

/** What publishing wrote: the PDF and who has access (for the log). */
interface Published {
  pdfUrl: string;
  pdfFileId: string;
  pdfHash: string;
  access: string;
}

/**
 * After a doc is written and saved: its PDF (same PDF file refreshed when there is one) and its
 * sharing (the workbook's editors as writers, the supervisors with their role; nobody downgraded).
 * Every failure is a warning: the doc itself is done.
 */
function publish(
  ctx: Ctx,
  fileId: string,
  title: string,
  folderId: string | null,
  prev: LogEntry | null,
  refreshPdf: boolean,
): Published {
  const kept: Published = {
    pdfUrl: prev?.pdfUrl ?? '',
    pdfFileId: prev?.pdfFileId ?? '',
    pdfHash: prev?.pdfHash ?? '',
    access: prev?.access ?? '',
  };
  if (!driveFilesOn()) return kept;
  const out = { ...kept };
  // Also when the last refresh failed (e.g. another officer's run could not write this PDF).
  if (refreshPdf || !out.pdfFileId || out.pdfHash !== ctx.hash) {
    let pdf: PdfResult;
    try {
      pdf = writePdf(DocumentApp.openById(fileId), title, folderId, out.pdfFileId);
    } catch (e) {
      pdf = { id: out.pdfFileId, url: out.pdfUrl, ok: false, error: errorText(e) };
    }
    if (pdf.ok) {
      out.pdfFileId = pdf.id;
      out.pdfUrl = pdf.url;
      out.pdfHash = ctx.hash;
    } else ctx.warnings.push(MSG.pdfFailed(title, pdf.error));
  }
  const settings = ctx.input.settings;
  const wanted = wantedRecipients(settings.supervisors ?? [], activeUser());
  if (wanted.error) ctx.warnings.push(MSG.editorsUnknown(wanted.error));
  const added = new Set<string>();
  for (const id of [fileId, out.pdfFileId]) {
    if (!id) continue;
    try {
      const r = shareFile(id, wanted.people, settings.shareMessage ?? '');
      if (id === fileId) out.access = r.access;
      for (const a of r.added) added.add(a.name ? `${a.name} (${a.email})` : a.email);
      for (const f of r.failed) ctx.warnings.push(MSG.shareFailed(f.who.email, f.error));
    } catch (e) {
      if (id === fileId)
        ctx.warnings.push(
          isFileError(errorText(e)) ? MSG.shareNotAllowed(title) : MSG.shareFailed(title, errorText(e)),
        );
    }
  }
  if (added.size) ctx.notes.push(MSG.shared([...added]));
  return out;
}

interface Ctx {
  kind: DocKind;
  input: DocInput;
  model: DocModel;
  elements: DocElement[];
  hash: string;
  log: DocumentsLog;
  warnings: string[];
  /** Lines added to the result's message (folder created, PDF link, shared with whom). */
  notes: string[];
  opts: GenerateOptions;
  /** Sheet rows of the measures and results (messages name them), when the source knows them. */
  rows?: SheetRows;
}

/** Places in the new model, for messages (see where.ts); `prevKeys` = element keys written last time. */
function placesFor(ctx: Ctx, prevKeys: string[] = []): Places {
  return placesOf(
    ctx.kind,
    ctx.model,
    ctx.input.measures.map((m) => m.id),
    ctx.rows,
    prevKeys,
  );
}

export interface GenerateOptions {
  /**
   * With the Drive advanced service off (or not authorised) a changed doc cannot be updated in place
   * (its comments cannot be saved first): by default nothing is written and the officer is told how
   * to enable Drive; true = create a new version anyway (the old doc and its comments are kept).
   */
  newVersionIfDriveOff?: boolean;
}

/**
 * The snapshot text to store, or "" (with a warning) when it would not fit in the log's cells: the doc
 * is written anyway; the next run, having no snapshot, makes a new version instead of updating it.
 */
function storable(ctx: Ctx, text: string, title: string): string {
  if (snapshotFits(text)) return text;
  ctx.warnings.push(MSG.snapshotTooLong(title));
  return '';
}

function entryFor(ctx: Ctx, c: Created, version: number, replaces: string): LogEntry {
  return {
    kind: ctx.kind,
    title: c.title,
    url: c.url,
    fileId: c.id,
    version,
    createdAt: nowText(),
    createdBy: activeUser(),
    dataHash: ctx.hash,
    status: STATUS.current,
    replaces,
    snapshot: storable(ctx, encodeSnapshot(snapshotOf(ctx.elements)), c.title),
    label: logLabel(ctx.kind, lookups(ctx.input).items),
  };
}

/** Nothing to write: sharing brought up to date (a supervisor added since), the PDF written if there is none. */
function unchanged(ctx: Ctx, prev: LogEntry): GenerateResult {
  const pub = publish(ctx, prev.fileId, prev.title, null, prev, false);
  ctx.log.upsert({ ...prev, ...pub, dataHash: ctx.hash, status: STATUS.current });
  return {
    ok: true,
    action: 'unchanged',
    kind: ctx.kind,
    title: prev.title,
    message: MSG.unchanged(prev.title, prev.url),
    url: prev.url,
    version: prev.version,
    warnings: ctx.warnings,
  };
}

function newVersion(ctx: Ctx, prev: LogEntry | null, why: string[], prevStatus?: string): GenerateResult {
  const version = prev ? prev.version + 1 : 1;
  const title = versionTitle(ctx.model.title, version, ctx.input.settings.thaiDigits);
  const c = createDoc(
    title,
    ctx.elements,
    layoutModel(ctx.model, GOOGLE_DOCS_STYLE),
    ctx.model.page,
    ctx.input.settings.outputFolderId,
    ctx.warnings,
    ctx.notes,
    ctx.kind === 'analysis-report', // row-level header shading: see styleTable
  );
  // The PDF of the kind stays one file (its link on the agency's website stays valid): a new version
  // refreshes the previous version's PDF.
  const pub = publish(ctx, c.id, title, c.folderId, prev, true);
  ctx.log.upsert({ ...entryFor(ctx, c, version, prev ? prev.url : ''), ...pub });
  if (pub.pdfUrl) ctx.notes.push(MSG.pdfWritten(pub.pdfUrl));
  if (prev) ctx.log.upsert({ ...prev, status: prevStatus ?? STATUS.superseded(version) });
  const message = prev ? [...why, MSG.newVersion(title, c.url, prev.title)].join('\n') : MSG.created(title, c.url);
  return {
    ok: true,
    action: prev ? 'newVersion' : 'created',
    kind: ctx.kind,
    title,
    message,
    url: c.url,
    version,
    warnings: ctx.warnings,
  };
}

function regenerate(ctx: Ctx, prev: LogEntry): GenerateResult {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(prev.fileId);
  } catch {
    return newVersion(ctx, prev, [MSG.docGone(prev.title)], STATUS.missing);
  }
  // openById is not promised to refuse a doc in the trash: ask Drive (null = Drive cannot tell).
  if (isTrashed(prev.fileId) === true) return newVersion(ctx, prev, [MSG.docTrashed(prev.title)], STATUS.trashed);
  const nextSnapshot = encodeSnapshot(snapshotOf(ctx.elements));
  // Same texts as written (or, for a doc too long to keep a snapshot of, the same data): nothing to do.
  if (nextSnapshot === prev.snapshot || (prev.snapshot === '' && prev.dataHash !== '' && prev.dataHash === ctx.hash)) {
    // Same texts as written last time: nothing to write whatever was edited by hand; no need to read.
    // Sharing is brought up to date (a supervisor added since), the PDF written if there is none yet.
    return unchanged(ctx, prev);
  }
  try {
    doc.setName(doc.getName()); // a write that changes nothing: fails at once when we may only read
  } catch {
    return newVersion(ctx, prev, [MSG.docReadOnly(prev.title)]);
  }
  const body = doc.getBody();
  const live = readLive(body); // the shape only; texts are read by the planner as it needs them
  const prevSnapshot = decodeSnapshot(prev.snapshot);
  const plan: UpdatePlan = planUpdate(prevSnapshot, live, ctx.model);
  if (plan.action === 'newVersion') {
    const places = placesFor(
      ctx,
      prevSnapshot?.elements.map((e) => e.key),
    );
    return newVersion(
      ctx,
      prev,
      plan.reasons.map((r) => reasonText(r, places)),
    );
  }
  if (plan.ops.length === 0) {
    return unchanged(ctx, prev);
  }
  // Before any rewrite: every comment thread into the comments sheet, saved. Without Drive the
  // comments cannot be saved: refuse (a new doc per data change would eat the daily quota and scatter
  // the comments) unless the officer asked for a new version anyway.
  const driveOff = (): GenerateResult =>
    ctx.opts.newVersionIfDriveOff
      ? newVersion(ctx, prev, [MSG.driveOff, MSG.driveOffNewVersion])
      : {
          ...failed(ctx.kind, `${MSG.driveOffRefused(prev.title)}\n${MSG.driveOff}`, ctx.warnings),
          title: prev.title,
          url: prev.url,
          version: prev.version,
        };
  if (!driveAvailable()) return driveOff();
  let quotes: string[];
  try {
    const store = openCommentsStore(SpreadsheetApp.getActiveSpreadsheet());
    const [n, , q] = backupComments(store, prev.fileId, prev.title, ctx.input.measures);
    quotes = q;
    store.save();
    if (n) ctx.warnings.push(MSG.commentsSaved(n));
  } catch (e) {
    const why = errorText(e);
    if (e instanceof DriveUnavailableError && isDriveServiceError(why)) return driveOff();
    if (e instanceof TableHeaderError) throw e; // nothing written yet: refuse, never a new version
    if (e instanceof DriveUnavailableError && isFileError(why)) {
      // Drive is on but will not show this doc's comments to this officer (drive.file: a doc another
      // officer's run created). Not "Drive is off": the update goes ahead; the comments stay in the doc.
      ctx.warnings.push(MSG.commentsNotReadable(prev.title, prev.createdBy));
      quotes = [];
    } else return newVersion(ctx, prev, [MSG.commentsFailed(why)]);
  }
  const applied: ApplyReport = { replaced: 0, oldTexts: [], applied: 0 };
  try {
    applyOps(body, live, plan.ops, layoutModel(ctx.model, GOOGLE_DOCS_STYLE), applied);
  } catch (e) {
    if (applied.applied === 0) throw e; // nothing written: the caller's "nothing was changed" is true
    return partlyUpdated(ctx, prev, doc, applied.applied, plan.ops.length, e);
  }
  doc.saveAndClose();
  const comments = { replaced: applied.replaced, detached: commentsOnOldTexts(quotes, applied.oldTexts) };
  const pub = publish(ctx, prev.fileId, prev.title, null, prev, true);
  ctx.log.upsert({
    ...prev,
    ...pub,
    createdAt: nowText(),
    createdBy: activeUser(),
    dataHash: ctx.hash,
    status: STATUS.current,
    snapshot: storable(ctx, encodeSnapshot(plan.snapshot), prev.title),
  });
  return {
    ok: true,
    action: 'updated',
    kind: ctx.kind,
    title: prev.title,
    message: MSG.updated(prev.title, prev.url, updateParts(plan.stats, comments)),
    url: prev.url,
    version: prev.version,
    warnings: ctx.warnings,
  };
}

/**
 * A failure after some edits were applied: the doc is PARTLY updated. The log keeps the previous
 * snapshot (what was written before this run), marks the entry partly updated and clears its data
 * hash (so the status says out of date): the next run compares the doc with that snapshot, finds the
 * cells already rewritten equal to the new data (kept as they are) and finishes the rest.
 */
function partlyUpdated(
  ctx: Ctx,
  prev: LogEntry,
  doc: GoogleAppsScript.Document.Document,
  done: number,
  total: number,
  e: unknown,
): GenerateResult {
  try {
    doc.saveAndClose();
  } catch {
    /* the edits made are saved by Docs anyway */
  }
  ctx.log.upsert({ ...prev, dataHash: '', status: STATUS.partial, createdAt: nowText(), createdBy: activeUser() });
  const why = e instanceof Error ? e.message : String(e);
  return {
    ...failed(ctx.kind, MSG.partlyUpdated(prev.title, prev.url, done, total, why), ctx.warnings),
    title: prev.title,
    url: prev.url,
    version: prev.version,
  };
}

/** Generates (first time) or regenerates one document, under the document lock. */
export function generateKind(kind: string, source: DocSource, opts: GenerateOptions = {}): GenerateResult {
  if (!isGeneratedKind(kind)) return failed(kind, MSG.unknownKind(kind));
  // "null if called from a script that isn't bound to a document": not a lock to call tryLock on.
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) return failed(kind, MSG.noDocumentLock);
  if (!lock.tryLock(DOC_LOCK_WAIT_MS)) return failed(kind, MSG.busy);
  try {
    const loaded = source.load();
    if ('issues' in loaded)
      return failed(
        kind,
        `ยังไม่ได้สร้างเอกสาร กรุณาแก้ไขรายการต่อไปนี้แล้วลองใหม่\n${loaded.issues.map((i) => `• ${i.message}`).join('\n')}`,
      );
    const input = loaded.input;
    const model = build(kind, input);
    const elements = flattenModel(model);
    const warnings = [...model.warnings];
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = openDocumentsLog(ss, (d) => Utilities.formatDate(d, TIME_ZONE, 'yyyy-MM-dd HH:mm'));
    const ctx: Ctx = {
      kind,
      input,
      model,
      elements,
      hash: modelHash(model, elements),
      log,
      warnings,
      notes: [],
      opts,
      rows: loaded.rows,
    };
    warnings.push(...longCellWarnings(model, placesFor(ctx)));
    const prev = currentEntry(log.entries(), kind);
    let result: GenerateResult;
    try {
      result = prev ? regenerate(ctx, prev) : newVersion(ctx, null, []);
      if (result.ok && ctx.notes.length) result = { ...result, message: [result.message, ...ctx.notes].join('\n') };
    } catch (e) {
      if (e instanceof UserFacingError) result = failed(kind, e.message, warnings);
      else throw e;
    }
    log.save();
    SpreadsheetApp.flush();
    return result;
  } catch (e) {
    if (e instanceof TableHeaderError) return failed(kind, e.message);
    return failed(kind, MSG.unexpected(e instanceof Error ? e.message : String(e)));
  } finally {
    lock.releaseLock();
  }
}

export { KIND_LABELS, TITLES };

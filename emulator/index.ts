// Entry point of the Apps Script fakes. See emulator/README.md for the whole API.
import * as fs from 'fs';
import * as path from 'path';
import APPS_SCRIPT_GLOBALS from './apps-script-globals.json';
import { CallCounter, raw } from './calls';
import { FakeDocument, FakeDocumentApp } from './document/document';
import {
  DOC_MIME,
  DriveStore,
  FakeDriveApi,
  FakeDriveApp,
  SHEET_MIME,
  atLeast,
  type Notification,
  type Role,
  type StoredComment,
} from './drive';
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { FakePropertiesService } from './properties';
import { FakeScriptApp, FakeSession } from './session';
import { parseA1 } from './spreadsheet/a1';
import { FakeSpreadsheetApp } from './spreadsheet/app';
import { CellValue, writeValue } from './spreadsheet/cells';
import { FakeRange } from './spreadsheet/range';
import { FakeSheet } from './spreadsheet/sheet';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeUi, UiRecord } from './ui';
import { FakeUtilities } from './utilities';
import { World } from './world';

export { CallCounter, raw } from './calls';
export { FORMULA_PLACEHOLDER } from './spreadsheet/cells';
export type { SheetInspection } from './spreadsheet/sheet';
export type { ElementInspection } from './document/elements';
export { FakeSpreadsheet, FakeSheet, FakeRange, FakeDocument, FakeUi, UiRecord, DriveStore };
export type { StoredComment, Role, Notification };
export { FakeBlob } from './blob';
export { zipSync, unzipSync } from './zip';
export { DOCX_MIME } from './docx-import';

/** The scopes appsscript.json asks for, short names ("drive.file", "documents"…): what every user grants by default. */
export function manifestScopes(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../appsscript.json'), 'utf8')) as {
    oauthScopes?: string[];
  };
  return (manifest.oauthScopes ?? []).map((s) => s.replace('https://www.googleapis.com/auth/', ''));
}

export interface FakesOptions {
  /** Name of the active spreadsheet (default "แบบประเมิน ITA"). */
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** false: SpreadsheetApp.getActive() returns null (e.g. a standalone script). */
  withSpreadsheet?: boolean;
  /** Default "Asia/Bangkok" (spreadsheet and script). */
  timeZone?: string;
  /** Session.getActiveUser().getEmail(); "" simulates an unavailable email. */
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  /** HtmlService file contents by name; others are read from `distDir`/<name>.html. */
  htmlFiles?: Record<string, string>;
  /** Default <repo>/dist. */
  distDir?: string;
  /** DocumentApp.create throws the daily-quota error after this many documents (default Infinity). */
  docsCreateQuota?: number;
  /** false: the `Drive` advanced service is not enabled (the global is undefined). */
  driveAdvancedService?: boolean;
  /** Utilities.getUuid returns 00000000-0000-4000-8000-000000000001, …2 … (default true). */
  deterministicUuids?: boolean;
  /** Scopes every user granted (default: the manifest's, see manifestScopes()). */
  scopes?: string[];
  /**
   * true: drive.file covers a file the app created for one user for every user it is shared with
   * (unconfirmed by the reference; default false, the less convenient answer).
   */
  appFilesAcrossUsers?: boolean;
  /** false: LockService.getDocumentLock() returns null (not bound to a document). Default: withSpreadsheet. */
  documentLock?: boolean;
}

export type Fakes = ReturnType<typeof createFakes>;

export function createFakes(opts: FakesOptions = {}) {
  const tz = opts.timeZone ?? 'Asia/Bangkok';
  const world = new World(tz);
  const w = <T>(x: T): T => world.wrap(x);
  const drive = new DriveStore();
  const firstUser = opts.activeUserEmail || 'officer@example.go.th';
  const defaultScopes = opts.scopes ?? manifestScopes();
  drive.addAccount(firstUser, defaultScopes);
  drive.current = firstUser;
  drive.appFilesAcrossUsers = opts.appFilesAcrossUsers ?? false;
  const spreadsheet = new FakeSpreadsheet(
    world,
    opts.spreadsheetId ?? 'fake-spreadsheet-0001',
    opts.spreadsheetName ?? 'แบบประเมิน ITA',
  );
  drive.addFile(
    {
      id: spreadsheet.id,
      name: spreadsheet.name,
      mimeType: SHEET_MIME,
      parents: [`root:${firstUser}`],
      url: spreadsheet.getUrl(),
    },
    firstUser,
  );
  spreadsheet._editors = () => {
    const f = drive.files.get(spreadsheet.id)!;
    if (!atLeast(f.permissions.get(drive.current) ?? null, 'writer')) return null;
    return [...f.permissions].filter(([, r]) => atLeast(r, 'writer')).map(([e]) => e);
  };
  const docs = new Map<string, FakeDocument>();
  const docHooks = {
    createQuota: opts.docsCreateQuota ?? Infinity,
    onCreate: (d: FakeDocument) => {
      drive.addFile(
        {
          id: d.id,
          name: d.name,
          mimeType: DOC_MIME,
          parents: [`root:${drive.current}`],
          url: d.getUrl(),
          doc: d,
        },
        drive.current,
        true,
      );
      d.canEdit = () => atLeast(drive.roleOf(d.id), 'writer');
    },
    canOpen: (id: string) => drive.roleOf(id) !== null,
  };
  const ui = new UiRecord();
  const fakeUi = new FakeUi(ui);
  const withSs = opts.withSpreadsheet ?? true;
  const spreadsheetApp = new FakeSpreadsheetApp(() => (withSs ? spreadsheet : null), fakeUi);
  const documentApp = new FakeDocumentApp(world, docs, docHooks);
  const driveApp = new FakeDriveApp(drive);
  const driveApi = opts.driveAdvancedService === false ? undefined : new FakeDriveApi(drive);
  const htmlService = new FakeHtmlService(opts.htmlFiles ?? {}, opts.distDir ?? path.resolve(__dirname, '../../dist'));
  const properties = new FakePropertiesService();
  const lockService = new FakeLockService();
  lockService.documentLockAvailable = opts.documentLock ?? withSs;
  const session = new FakeSession(
    opts.activeUserEmail ?? 'officer@example.go.th',
    opts.effectiveUserEmail ?? opts.activeUserEmail ?? 'officer@example.go.th',
    tz,
  );
  drive.newDocument = (name: string) => documentApp.create(name);
  drive.newDocumentRemoved = (id: string) => {
    drive.files.delete(id);
    docs.delete(id);
  };
  const utilities = new FakeUtilities(opts.deterministicUuids ?? true);
  const scriptApp = new FakeScriptApp();

  const doc = (id: string): FakeDocument => {
    const d = docs.get(id);
    if (!d) throw new Error(`Fake: no document ${id}`);
    return d;
  };

  return {
    // ---- the globals, as counted proxies (what scripts see) ----
    SpreadsheetApp: w(spreadsheetApp),
    DocumentApp: w(documentApp),
    DriveApp: w(driveApp),
    Drive: driveApi ? w(driveApi) : undefined,
    HtmlService: w(htmlService),
    PropertiesService: w(properties),
    LockService: w(lockService),
    Session: w(session),
    Utilities: w(utilities),
    ScriptApp: w(scriptApp),

    // ---- the tester's side (raw objects: calling them counts nothing) ----
    /** The one call counter. */
    calls: world.calls as CallCounter,
    /** The active spreadsheet, raw (setup and inspection; an officer's hand). */
    spreadsheet,
    /** Created documents by id, raw. */
    docs,
    /** What the UI showed (menus, sidebars, dialogs, alerts, prompts) and scripted answers. */
    ui,
    /** Toasts shown on the spreadsheet. */
    toasts: spreadsheet.toasts,
    /** Files, folders and comments. */
    drive,
    /** Raw services, for inspection: properties.document.store, lockService.document, utilities.sleptMs… */
    raw: { spreadsheetApp, documentApp, driveApp, driveApi, htmlService, properties, lockService, session, utilities },
    /** The counted proxy of a raw fake (to pass a raw object into code under test). */
    counted: w,

    holdDocumentLockByOther(releaseAfterAttempts?: number): void {
      lockService.document.holdByOther(releaseAfterAttempts);
    },
    holdScriptLockByOther(releaseAfterAttempts?: number): void {
      lockService.script.holdByOther(releaseAfterAttempts);
    },
    releaseLocksHeldByOthers(): void {
      lockService.document.releaseOther();
      lockService.script.releaseOther();
      lockService.user.releaseOther();
    },
    /** The document (raw) or throws. */
    doc,
    /** Moves a document to the trash (its owner's hand): Drive says trashed; openById still opens it. */
    trashDoc(id: string): void {
      doc(id).trashed = true;
      const f = drive.files.get(id);
      if (f) f.trashed = true;
    },
    /**
     * A user of the fakes: their own Drive, the scopes they granted (default: the manifest's). `editor`:
     * the spreadsheet is shared with them as editor (an officer); false: not shared (a supervisor).
     */
    addUser(email: string, o: { editor?: boolean; scopes?: string[] } = {}): void {
      drive.addAccount(email, o.scopes ?? defaultScopes);
      if (o.editor ?? true) drive.share(spreadsheet.id, email, 'writer');
    },
    /** Runs the following calls as this user (Session, Drive permissions, drive.file grants). */
    actAs(email: string): void {
      if (!drive.accounts.has(email)) throw new Error(`Fake: no user ${email} (addUser first)`);
      drive.current = email;
      session.activeUserEmail = email;
      session.effectiveUserEmail = email;
    },
    /** Who the script runs as. */
    currentUser: () => drive.current,
    /** A user's role on a file, or null. */
    roleOf: (fileId: string, email: string): Role | null => drive.roleOf(fileId, email),
    /** Shares a file by hand (the owner in the Drive UI). */
    share: drive.share.bind(drive),
    /** Notification e-mails Drive would have sent (Permissions.create). */
    notifications: drive.notifications,
    /** The user may only view: edits throw "Access denied: DocumentApp.". */
    setDocReadOnly(id: string, readOnly = true): void {
      doc(id).readOnly = readOnly;
    },
    /** Deletes a document for good (openById, DriveApp.getFileById throw). */
    deleteDoc(id: string): void {
      docs.delete(id);
      drive.files.delete(id);
    },
    /** A comment anchored on the first paragraph (table cells included) containing anchorText. */
    addComment: drive.addComment.bind(drive),
    isCommentAttached: drive.isCommentAttached.bind(drive),
    /** A folder the app may (access=true) or may not see. */
    addFolder: drive.addFolder.bind(drive),
  };
}

/**
 * Every global the fakes provide: the "emulated" Apps Script services of apps-script-globals.json, the
 * one list of Apps Script globals (the lint's pure-core rule and the bundle harness read it too).
 */
export const GLOBAL_NAMES: readonly string[] = APPS_SCRIPT_GLOBALS.emulated;

/** Assigns the fakes onto globalThis; returns a function that restores what was there. */
export function installFakes(fakes: Fakes): () => void {
  const g = globalThis as Record<string, unknown>;
  const services = fakes as unknown as Record<string, unknown>;
  const saved = GLOBAL_NAMES.map((n) => [n, Object.prototype.hasOwnProperty.call(g, n), g[n]] as const);
  for (const n of GLOBAL_NAMES) g[n] = services[n];
  return () => {
    for (const [n, had, v] of saved) {
      if (had) g[n] = v;
      else delete g[n];
    }
  };
}

/**
 * Creates (or replaces the content of) a sheet from rows, written from A1 (not counted). Rows may be of
 * different lengths; missing cells stay empty. Values follow setValues semantics.
 */
export function sheetFromRows(
  spreadsheet: FakeSpreadsheet | GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  rows: unknown[][],
): FakeSheet {
  const ss = raw(spreadsheet) as FakeSpreadsheet;
  let sheet = ss.getSheetByName(name);
  if (!sheet) {
    const first = ss._sheets[0];
    // A fresh spreadsheet's untouched "Sheet1" is reused for the first named sheet.
    if (ss._sheets.length === 1 && first.name === 'Sheet1' && first._lastRow() === 0 && name !== 'Sheet1') {
      first.name = name;
      sheet = first;
    } else sheet = ss.insertSheet(name);
  } else sheet.clear();
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length > sheet.maxRows) sheet.maxRows = rows.length;
  if (width > sheet.maxCols) sheet.maxCols = width;
  rows.forEach((r, i) => r.forEach((v, j) => writeValue(sheet!._cell(i + 1, j + 1, true), v)));
  return sheet;
}

/** The sheet's values (getDataRange) as a grid (not counted). */
export function dumpSheet(sheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  const s = raw(sheet) as FakeSheet;
  return s._lastRow() ? s.getDataRange().getValues() : [];
}

/** The sheet's display values as tab-separated lines (handy in failure messages). */
export function dumpSheetText(sheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet): string {
  const s = raw(sheet) as FakeSheet;
  return s._lastRow()
    ? s
        .getDataRange()
        .getDisplayValues()
        .map((r) => r.join('\t'))
        .join('\n')
    : '';
}

/** Plants a cell error ("#N/A", "#REF!", "#DIV/0!", "#VALUE!"…): getValues/getDisplayValues return it. */
export function setCellError(sheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet, a1: string, error: string): void {
  const s = raw(sheet) as FakeSheet;
  const p = parseA1(a1);
  const c = s._cell(p.row ?? 1, p.col ?? 1, true);
  c.error = error;
}

/** Gives a formula cell a computed value (what getValues returns instead of "#FORMULA"). */
export function setFormulaResult(
  sheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet,
  a1: string,
  value: string | number | boolean | Date,
): void {
  const s = raw(sheet) as FakeSheet;
  const p = parseA1(a1);
  const c = s._cell(p.row ?? 1, p.col ?? 1, true);
  if (c.formula === undefined) throw new Error(`Fake: ${a1} holds no formula`);
  c.value = value;
}

/** Texts of every table of a document body (not counted). */
export function docTables(d: FakeDocument | GoogleAppsScript.Document.Document): string[][][] {
  return (raw(d) as FakeDocument).body.getTables().map((t) => t._texts());
}

/** The range of a sheet by A1, raw (not counted). */
export function rangeOf(sheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet, a1: string): FakeRange {
  return (raw(sheet) as FakeSheet)._a1(a1);
}

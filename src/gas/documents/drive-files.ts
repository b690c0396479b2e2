// Drive through the Drive v3 advanced service only, under the drive.file scope: the output folder,
// new Google Docs created in it, trash, the trashed flag, the PDF next to each doc, and sharing.
//
// Why not DriveApp: every DriveApp/File/Folder method lists only https://www.googleapis.com/auth/drive
// under "Authorization" in the Apps Script reference, and a manifest that grants drive.file alone
// gets "You do not have permission to call DriveApp" (for getFolderById and the like). drive.file is described as
// "Create new Drive files, or modify existing files, that you open with an app or that the user
// shares with an app while using the Google Picker API or the app's file picker": files this app
// creates through Drive.Files.create are covered for the officer who created them. Whether they are
// covered for ANOTHER officer they are shared with is not said: every call here works either way
// (a file the app may not see answers 404 "File not found", handled per file, never as "Drive off").
import {
  accessText,
  covers,
  recipients,
  type Recipient,
  type ShareRole,
  type Supervisor,
} from '../../core/workbook/supervisors';

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const PDF_MIME = 'application/pdf';
/** Document property holding the id of the folder the add-on created for this workbook's documents. */
export const FOLDER_PROPERTY = 'ita.outputFolderId';

/** Is the Drive v3 advanced service enabled in this script? */
export function driveFilesOn(): boolean {
  return typeof Drive !== 'undefined' && !!Drive && !!Drive.Files && !!Drive.Permissions;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A Drive answer about one file (not found, not shared, not allowed), as opposed to the service being off. */
export function isFileError(message: string): boolean {
  return /not ?found|notFound|404|insufficient ?(file)?permissions? for file|sufficient permissions for file|appNotAuthorizedToFile|has not granted the app/i.test(
    message,
  );
}

export const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;
export const fileUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;
export const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;

/** Can the app see this folder (and is it a folder, not trashed)? One Files.get. */
export function folderUsable(id: string): boolean {
  try {
    const f = Drive!.Files!.get(id, { fields: 'id,mimeType,trashed' });
    return f.mimeType === FOLDER_MIME && !f.trashed;
  } catch {
    return false;
  }
}

/** A new folder in the user's My Drive, created by the app (so drive.file covers it). */
export function createFolder(name: string): string {
  return Drive!.Files!.create({ name, mimeType: FOLDER_MIME }).id!;
}

/**
 * A new, empty Google Doc, created by the app in `folderId` (or My Drive). Files.create with a Google
 * Docs mimeType makes the doc itself: no DocumentApp.create + move (moving needs DriveApp).
 */
export function createDocFile(title: string, folderId: string | null, media?: GoogleAppsScript.Base.Blob): string {
  const resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = { name: title, mimeType: DOC_MIME };
  if (folderId) resource.parents = [folderId];
  // With media, Drive imports it into the new Google Doc (page-shell.ts: a .docx with page numbers).
  return (media ? Drive!.Files!.create(resource, media) : Drive!.Files!.create(resource)).id!;
}

/** Moves a file to the trash (Files.update with trashed: true; only the owner may). Best effort. */
export function trashFile(id: string): boolean {
  try {
    Drive!.Files!.update({ trashed: true }, id);
    return true;
  } catch {
    return false;
  }
}

/**
 * Is the file in the trash? DocumentApp.openById does not say (the reference does not promise that it
 * refuses a trashed doc), so Drive is asked: true / false, or null when Drive cannot tell (the app
 * may not see the file under drive.file, or the service is off).
 */
export function isTrashed(id: string): boolean | null {
  if (!driveFilesOn()) return null;
  try {
    return Drive!.Files!.get(id, { fields: 'trashed' }).trashed === true;
  } catch {
    return null;
  }
}

export interface PdfResult {
  id: string;
  url: string;
  /** false: could not be written (reason in `error`). */
  ok: boolean;
  error: string;
}

/**
 * The doc as PDF next to it: Document.getAs('application/pdf') (documents scope; the doc must be saved
 * first: the caller passes a doc opened after saveAndClose), then the SAME PDF file updated in place
 * when there is one (Files.update with the new content: its link on the agency's website stays
 * valid), else a new file in the folder.
 */
export function writePdf(
  doc: GoogleAppsScript.Document.Document,
  title: string,
  folderId: string | null,
  previousPdfId: string,
): PdfResult {
  let blob: GoogleAppsScript.Base.Blob;
  try {
    blob = doc.getAs(PDF_MIME);
    blob.setName(`${title}.pdf`);
  } catch (e) {
    return { id: previousPdfId, url: previousPdfId ? fileUrl(previousPdfId) : '', ok: false, error: errorText(e) };
  }
  if (previousPdfId) {
    try {
      Drive!.Files!.update({ name: `${title}.pdf` }, previousPdfId, blob);
      return { id: previousPdfId, url: fileUrl(previousPdfId), ok: true, error: '' };
    } catch (e) {
      return { id: previousPdfId, url: fileUrl(previousPdfId), ok: false, error: errorText(e) };
    }
  }
  try {
    const resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = { name: `${title}.pdf`, mimeType: PDF_MIME };
    if (folderId) resource.parents = [folderId];
    const id = Drive!.Files!.create(resource, blob).id!;
    return { id, url: fileUrl(id), ok: true, error: '' };
  } catch (e) {
    return { id: '', url: '', ok: false, error: errorText(e) };
  }
}

/**
 * The workbook's editors' e-mails (Spreadsheet.getEditors: a Spreadsheet method, so under the
 * spreadsheets.currentonly scope; "If the user who executes the script does not have edit access to
 * the Spreadsheet, this method throws an exception"). An e-mail Google does not give ("") is skipped.
 * One getEmail per editor: a handful of people.
 */
export function workbookEditors(): { emails: string[]; error: string } {
  try {
    const users = SpreadsheetApp.getActiveSpreadsheet().getEditors();
    return { emails: users.map((u) => u.getEmail().trim().toLowerCase()).filter(Boolean), error: '' };
  } catch (e) {
    return { emails: [], error: errorText(e) };
  }
}

export interface ShareOutcome {
  /** Everyone with access after sharing, for the documents log. */
  access: string;
  /** People newly given access (or a stronger role). */
  added: Recipient[];
  /** People who could not be given access, with the reason. */
  failed: { who: Recipient; error: string }[];
}

/**
 * Shares one file with the recipients: ONE Permissions.list (with emailAddress, which is only returned
 * when asked for in `fields`), then one Permissions.create per person who lacks the role. Nobody is
 * downgraded (an officer who is also a supervisor stays a writer): creating a permission for someone
 * who has one is not described by the reference, so it is never done with a weaker role. `message`:
 * the notification text ("" = no e-mail; "sendNotificationEmail … defaults to true for users").
 */
export function shareFile(fileId: string, people: Recipient[], message: string): ShareOutcome {
  const have = new Map<string, string>();
  const list = Drive!.Permissions!.list(fileId, { fields: 'permissions(emailAddress,role,type)' });
  for (const p of list.permissions ?? [])
    if (p.emailAddress) have.set(p.emailAddress.toLowerCase(), String(p.role ?? ''));
  const added: Recipient[] = [];
  const failed: { who: Recipient; error: string }[] = [];
  for (const r of people) {
    if (covers(have.get(r.email), r.role)) continue;
    try {
      Drive!.Permissions!.create({ type: 'user', role: r.role, emailAddress: r.email }, fileId, {
        sendNotificationEmail: message !== '',
        ...(message ? { emailMessage: message } : {}),
      });
      have.set(r.email, r.role);
      added.push(r);
    } catch (e) {
      failed.push({ who: r, error: errorText(e) });
    }
  }
  const names = new Map(people.map((p) => [p.email, p.name]));
  const access = accessText(
    [...have].map(([email, role]) => ({
      email,
      name: names.get(email) ?? '',
      role: (role === 'owner' ? 'owner' : role) as ShareRole | 'owner',
    })),
  );
  return { access, added, failed };
}

/** Who should have access: the workbook's editors (writers) and the supervisors, minus the user running. */
export function wantedRecipients(supervisors: Supervisor[], me: string): { people: Recipient[]; error: string } {
  const editors = workbookEditors();
  return { people: recipients(editors.emails, supervisors, me), error: editors.error };
}

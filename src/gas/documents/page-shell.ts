// Page numbers in a Google Doc: a new doc imported from a .docx "shell" whose only content is the
// page-number header, which the writer then fills like any new doc.
//
// Why an import: nothing in Apps Script or the Docs API inserts a page number.
//   - Docs API: AutoText is "A ParagraphElement representing a spot in the text that's dynamically
//     replaced with content that can change over time, like a page number" (type PAGE_NUMBER /
//     PAGE_COUNT), but it is output only: documents.batchUpdate has createHeader, insertText… and no
//     request that inserts an AutoText.
//   - DocumentApp: Document.addHeader() gives a HeaderSection with appendParagraph/appendTable/…, and
//     ElementType has no page-number type (such an element reads as UNSUPPORTED); nothing inserts one.
//     (As an add-on's author put it in davidrthorn/cross_reference#28: "pages are not an element as far
//     as the code is concerned".)
//   - Drive converts Word files: Files.create with the Google Docs mimeType in the metadata and a .docx
//     as the media imports it, and Word PAGE fields become Google Docs page numbers, w:titlePg
//     "different first page".
// Google Docs shows page numbers in Arabic digits only: a Thai-digit document reads "- 2 -" in its
// Google Doc (its .docx keeps "- ๒ -").
// Cost: one Utilities.newBlob per part of the shell (7), one Utilities.zip, one Blob.setContentType and
// one Drive.Files.create, whatever the document's length; under drive.file, like createDocFile.
import { GOOGLE_DOCS_STYLE, type PageSetup } from '../../core/document';
import { pageNumberShell } from '../../core/document/page-number-shell';
import { createDocFile } from './drive-files';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A new Google Doc in `folderId` (or My Drive) with the page-number header and page setup of `page`. */
export function createNumberedDocFile(title: string, folderId: string | null, page: PageSetup): string {
  // Utilities.zip names each entry by its blob's name: "word/document.xml" is a path in the zip.
  const blobs = pageNumberShell(page, GOOGLE_DOCS_STYLE).map((p) =>
    Utilities.newBlob(p.xml, 'application/xml', p.path),
  );
  return createDocFile(title, folderId, Utilities.zip(blobs, 'shell.docx').setContentType(DOCX_MIME));
}

/**
 * The writer expects a new doc's body to be one empty paragraph. What a converted doc's body holds is
 * not documented (the shell's body is one empty w:p): anything else is cleared (Body.clear leaves one
 * empty paragraph). Two reads when it is as expected. The header is not touched.
 */
export function emptyBody(body: GoogleAppsScript.Document.Body): void {
  if (body.getNumChildren() !== 1 || body.getText() !== '') body.clear();
}

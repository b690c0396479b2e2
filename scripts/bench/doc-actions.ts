// The ONE call site of the add-on's document generation (the menu's generateDocument, Google Doc path
// on the fakes), and the DocInput it builds from the workbook.
import type { DocInput } from '../../src/core/document';
import { generateDocument } from '../../src/gas/document-actions';
import type { GenerateResult } from '../../src/shared/rpc';
import { workbookSource } from '../../src/gas/documents/source';

export type { GenerateResult };

/** Generates, or regenerates in place, one document of the workbook (fakes must be installed). */
export function generateDocumentAction(kind: string): GenerateResult {
  return generateDocument(kind);
}

/** The DocInput the Google Doc path reads from the workbook (one read per table). */
export function workbookDocInput(): DocInput {
  const loaded = workbookSource.load();
  if ('issues' in loaded) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.input;
}

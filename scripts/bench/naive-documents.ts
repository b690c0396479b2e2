// The naive way field scripts write a Google Doc from a sheet: read the sheet cell by cell, create a new
// document, and build every table one cell at a time (appendTableRow, then appendTableCell(text): one
// call per cell). "Regenerate" makes the document again from scratch (what copy-per-run tools do). Benchmark only.
import { docKindSpec, type DocModel } from '../../src/core/document';
import { DOC_TABLES, docInputFromTables } from './doc-input';
import { naiveReadTables } from './naive-io';

/** The documents the benchmark measures, in its order (the announcement is not benchmarked). */
export const BENCH_KINDS = ['measures-plan', 'results-report', 'analysis-report'] as const;
export type BenchDocKind = (typeof BENCH_KINDS)[number];

function writeModel(body: GoogleAppsScript.Document.Body, model: DocModel): void {
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
        body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.HEADING1);
        break;
      case 'paragraph':
        body.appendParagraph(block.text);
        break;
      case 'pageBreak':
        body.appendPageBreak();
        break;
      case 'signature':
        body.appendParagraph(block.name);
        body.appendParagraph(block.position);
        break;
      case 'table': {
        const table = body.appendTable();
        for (const cells of [...block.header, ...block.rows.map((r) => r.cells)]) {
          const row = table.appendTableRow();
          for (const text of cells) row.appendTableCell(text);
        }
        break;
      }
    }
  }
}

/** Reads the workbook cell by cell and writes a new Google Doc of `kind`. Returns the document id. */
export function naiveGenerate(kind: BenchDocKind): string {
  const input = docInputFromTables(naiveReadTables(DOC_TABLES));
  const model = docKindSpec(kind)!.build(input);
  const doc = DocumentApp.create(model.title);
  writeModel(doc.getBody(), model);
  doc.saveAndClose();
  return doc.getId();
}

/** Regeneration, naive: the same document rebuilt from scratch (body cleared, everything appended). */
export function naiveRegenerate(kind: BenchDocKind, docId: string): void {
  const input = docInputFromTables(naiveReadTables(DOC_TABLES));
  const model = docKindSpec(kind)!.build(input);
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  body.clear();
  writeModel(body, model);
  doc.saveAndClose();
}

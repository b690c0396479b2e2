// Where the documents' data comes from: the workbook (through the workbook engineer's readers), as a
// small interface so tests and other callers can pass a DocInput directly.
import { docInputFrom, type DocInputResult } from '../../core/workbook/doc-input';
import { isLoaded, loadAndAnalyse } from '../workbook/inputs';
import { sheetRows, type SheetRows } from '../../core/document/where';

export { readResultRows } from '../../core/workbook/doc-input';

/** The input, plus (when the source knows them) the sheet rows of the measures and results, for messages. */
export type SourceResult = DocInputResult & { rows?: SheetRows };

export interface DocSource {
  load(): SourceResult;
}

/** The workbook of the active spreadsheet: one read per table. */
export const workbookSource: DocSource = {
  load() {
    const loaded = loadAndAnalyse(['measures', 'results']);
    if (!isLoaded(loaded)) return { issues: loaded.issues };
    const result = docInputFrom(loaded);
    return 'input' in result ? { ...result, rows: sheetRows(loaded.snaps.measures, loaded.snaps.results) } : result;
  },
};

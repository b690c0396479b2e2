// The documents' input (DocInput) from the workbook's tables as read (one snapshot per table), for the
// naive document path: the add-on's own mapping (docInputFrom), after the same reading and analysis.
import { analyze } from '../../src/core/analysis';
import type { DocInput } from '../../src/core/document';
import { INPUT_TABLES, TableId, TableSnapshot, docInputFrom, isInputs, readInputs } from '../../src/core/workbook';

/** Tables a document is built from. */
export const DOC_TABLES: TableId[] = [...INPUT_TABLES, 'levels', 'oitItems', 'measures', 'results'];

export function docInputFromTables(snaps: Partial<Record<TableId, TableSnapshot>>): DocInput {
  const inputs = readInputs(snaps);
  if (!isInputs(inputs)) throw new Error(inputs.issues.map((i) => i.message).join('\n'));
  const made = docInputFrom({ inputs, result: analyze(inputs.scores, inputs.options), snaps });
  if ('issues' in made) throw new Error(made.issues.map((i) => i.message).join('\n'));
  return made.input;
}

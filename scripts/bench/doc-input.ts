// The documents' input (DocInput) from the workbook's tables as read (one snapshot per table). Used by
// the naive document path, and by the demo for the .docx files when the add-on exposes no reader.
import { analyze } from '../../src/core/analysis';
import type { DocInput } from '../../src/core/document';
import type { ThaiDate } from '../../src/core/thai';
import type { ResultRow, ResultStatus } from '../../src/core/types';
import {
  INPUT_TABLES,
  STATUS_LABELS,
  TableId,
  TableSnapshot,
  cellText,
  colIndex,
  dataRows,
  isInputs,
  readInputs,
  readMeasures,
} from '../../src/core/workbook';

/** Tables a document is built from. */
export const DOC_TABLES: TableId[] = [...INPUT_TABLES, 'levels', 'measures', 'results'];

const STATUS_BY_LABEL = new Map<string, ResultStatus>(
  (Object.entries(STATUS_LABELS) as [ResultStatus, string][]).map(([k, v]) => [v, k]),
);

export function readResults(snap: TableSnapshot): ResultRow[] {
  const k = (key: string) => colIndex('results', key);
  return dataRows(snap.values)
    .map(({ cells }) => {
      const t = (key: string) => cellText(cells[k(key)]);
      return {
        measureId: t('measureId'),
        status: STATUS_BY_LABEL.get(t('status')) ?? 'not-started',
        done: t('done'),
        outcome: t('outcome'),
        evidence: t('evidence'),
        updatedBy: t('updatedBy'),
        updatedAt: t('updatedAt'),
      };
    })
    .filter((r) => r.measureId !== '');
}

export function docInputFromTables(snaps: Partial<Record<TableId, TableSnapshot>>, today: ThaiDate): DocInput {
  const inputs = readInputs(snaps);
  if (!isInputs(inputs)) throw new Error(inputs.issues.map((i) => i.message).join('\n'));
  const analysis = analyze(inputs.scores, inputs.options);
  return {
    settings: inputs.settings,
    analysis,
    measures: snaps.measures ? readMeasures(snaps.measures).rows.filter((m) => m.id !== '') : [],
    results: snaps.results ? readResults(snaps.results) : [],
    today,
    catalogue: inputs.catalogue,
    questionScores: inputs.scores.current.questions,
  };
}

// Menu action: suggest measures for weak questions not yet covered — appended in one setValues. The
// loading of the measures table and the append step are shared with the sidebar's "add one measure".
import { planMeasures } from '../../core/measures';
import { InputIssue, MeasureRow } from '../../core/types';
import {
  MeasureRowRead,
  TableSnapshot,
  checkTable,
  measuresAppendBlock,
  missingTableMessage,
  readMeasures,
  suggestRows,
  unlinkedWeak,
  unlinkedWeakLines,
} from '../../core/workbook';
import { withDocumentLock } from './lock';
import { ActionResult, failure, guarded, success } from './messages';
import { Loaded, isLoaded, loadAndAnalyse } from './inputs';
import { writeBlock } from './tables';
import { fillResultMeasures } from './result-measures';

export const SUGGEST_TITLE = 'เสนอมาตรการ';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The workbook analysed, with its measures table found, checked and read. */
export interface MeasuresLoaded {
  loaded: Loaded;
  snap: TableSnapshot;
  sheet: Sheet;
  existing: MeasureRowRead[];
}

/** Loads what adding measures needs (one read per table); issues instead when something is wrong. */
export function loadMeasures(): MeasuresLoaded | { issues: InputIssue[] } {
  const loaded = loadAndAnalyse(['measures', 'results']);
  if (!isLoaded(loaded)) return { issues: loaded.issues };
  const snap = loaded.snaps.measures;
  const sheet = loaded.sheets.measures;
  if (!snap || !sheet) return { issues: [{ message: missingTableMessage('measures') }] };
  const headerIssues = checkTable(snap);
  if (headerIssues.length) return { issues: headerIssues };
  return { loaded, snap, sheet, existing: readMeasures(snap).rows };
}

/** Appends measure rows after the last used row of the measures table in ONE setValues; returns that row. */
export function appendMeasures(
  sheet: Sheet,
  existing: MeasureRowRead[],
  rows: (MeasureRow & { fingerprint?: string })[],
  usedRows = 0,
): number {
  const block = measuresAppendBlock(existing, rows, usedRows);
  writeBlock(sheet, block);
  return block.row;
}

export function runSuggest(): ActionResult {
  return guarded(SUGGEST_TITLE, () =>
    withDocumentLock(() => {
      const m = loadMeasures();
      if ('issues' in m) return failure(SUGGEST_TITLE, m.issues);
      const { result, inputs } = m.loaded;
      const plan = planMeasures(result, inputs.catalogue);
      const rows = suggestRows(plan, m.existing, inputs.settings);
      fillResultMeasures(m.loaded, [...m.existing, ...rows]);
      const firstNew = measuresAppendBlock(m.existing, rows, m.snap.values.length).row;
      const after = [
        ...m.existing,
        ...rows.map((r, i) => ({ ...r, row: firstNew + i, storedFingerprint: r.fingerprint })),
      ];
      const unlinked = unlinkedWeakLines(unlinkedWeak(plan, after, inputs.settings), m.snap.sheet);
      if (!rows.length) {
        const onlyQuestions = plan.every((p) => p.level === 'question');
        return success(
          SUGGEST_TITLE,
          !plan.length
            ? 'ยังไม่มีคะแนนของปีการประเมินที่จะใช้เสนอมาตรการ จึงไม่ได้เพิ่มมาตรการ'
            : unlinked.length
              ? `ไม่ได้เพิ่มแถวใหม่\n${unlinked.join('\n')}`
              : onlyQuestions
                ? 'ทุกข้อคำถามที่ต้องพัฒนามีมาตรการเชื่อมโยงแล้ว ไม่ได้เพิ่มแถวใหม่'
                : 'ทุกประเด็นที่ต้องพัฒนามีมาตรการเชื่อมโยงแล้ว ไม่ได้เพิ่มแถวใหม่',
          inputs.warnings,
        );
      }
      appendMeasures(m.sheet, m.existing, rows, m.snap.values.length);
      const list = rows.map((r) => `${r.id} ${r.measure} (${linkLabel(r)})`);
      return success(
        SUGGEST_TITLE,
        `เพิ่มมาตรการที่แนะนำ ${rows.length} รายการในชีต "${m.snap.sheet}":\n${list.join('\n')}\nแก้ไขข้อความได้ตามต้องการ แถวที่แก้ไขแล้วจะไม่ถูกเปลี่ยน` +
          (unlinked.length ? `\n${unlinked.join('\n')}` : ''),
        inputs.warnings,
      );
    }),
  );
}

/** "ข้อ e4, e5" / "ตัวชี้วัดที่ 9 ข้อ OIT o1, o2" / "ตัวชี้วัดที่ 7": what a new row answers. */
function linkLabel(r: MeasureRow): string {
  if (r.questions.length) return `ข้อ ${r.questions.join(', ')}`;
  const ind = r.indicators.length ? `ตัวชี้วัดที่ ${r.indicators.join(', ')}` : '';
  const oit = r.oitRefs.length && r.indicators.some((n) => n >= 9) ? ` ข้อ OIT ${r.oitRefs.join(', ')}` : '';
  return `${ind}${oit}`.trim();
}

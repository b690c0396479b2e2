// Menu action: suggest measures for weak questions not yet covered — appended in one setValues.
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  measureRowValues,
  missingTableMessage,
  readMeasures,
  safeGrid,
  suggestMeasures,
  checkTable,
} from '../../core/workbook';
import { withDocumentLock } from './lock';
import { ActionResult, failure, guarded, success } from './messages';
import { isLoaded, loadAndAnalyse } from './inputs';
import { writeBlock } from './tables';

export const SUGGEST_TITLE = 'เสนอมาตรการ';

export function runSuggest(): ActionResult {
  return guarded(SUGGEST_TITLE, () =>
    withDocumentLock(() => {
      const loaded = loadAndAnalyse(['measures']);
      if (!isLoaded(loaded)) return failure(SUGGEST_TITLE, loaded.issues);
      const { result, inputs, snaps, sheets } = loaded;
      const snap = snaps.measures;
      if (!snap || !sheets.measures) return failure(SUGGEST_TITLE, [{ message: missingTableMessage('measures') }]);
      const headerIssues = checkTable(snap);
      if (headerIssues.length) return failure(SUGGEST_TITLE, headerIssues);
      const existing = readMeasures(snap).rows;
      const rows = suggestMeasures(result.weakQuestions, existing, inputs.settings, inputs.catalogue);
      if (!rows.length) {
        return success(
          SUGGEST_TITLE,
          result.weakQuestions.length
            ? 'ทุกข้อคำถามที่ต้องพัฒนามีมาตรการรองรับแล้ว ไม่ได้เพิ่มแถวใหม่'
            : 'ไม่มีข้อคำถามที่ต่ำกว่าเกณฑ์ จึงไม่ได้เพิ่มมาตรการ',
          inputs.warnings,
        );
      }
      const lastUsed = existing.length ? Math.max(...existing.map((m) => m.row)) : HEADER_ROW;
      writeBlock(sheets.measures, { row: Math.max(lastUsed + 1, FIRST_DATA_ROW), col: 1, values: safeGrid(rows.map(measureRowValues)) });
      const list = rows.map((r) => `${r.id} ${r.measure} (${r.questions.join(', ')})`);
      return success(
        SUGGEST_TITLE,
        `เพิ่มมาตรการที่แนะนำ ${rows.length} รายการในชีต "${snap.sheet}":\n${list.join('\n')}\nแก้ไขข้อความได้ตามต้องการ แถวที่แก้ไขแล้วจะไม่ถูกเปลี่ยน`,
        inputs.warnings,
      );
    }),
  );
}

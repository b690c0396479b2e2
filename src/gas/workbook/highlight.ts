// Menu action: highlight weak questions — one setValues (flag columns), one getBackgrounds and one
// setBackgrounds (scores).
import { GAP_FORMATS, colIndex, highlightPlan, keepOfficerBackgrounds, safeGrid } from '../../core/workbook';
import { FIRST_DATA_ROW } from '../../core/workbook';
import { withDocumentLock } from './lock';
import { ActionResult, failure, guarded, success } from './messages';
import { isLoaded, loadAndAnalyse } from './inputs';

export const HIGHLIGHT_TITLE = 'เน้นข้อคำถามที่ต่ำกว่าเกณฑ์';

export function runHighlight(): ActionResult {
  return guarded(HIGHLIGHT_TITLE, () =>
    withDocumentLock(() => {
      const loaded = loadAndAnalyse();
      if (!isLoaded(loaded)) return failure(HIGHLIGHT_TITLE, loaded.issues);
      const { result, inputs, snaps, sheets } = loaded;
      const sheet = sheets.questionScores!;
      const plan = highlightPlan(snaps.questionScores!.values, result, inputs.catalogue);
      const n = plan.flags.length;
      if (n > 0) {
        sheet.getRange(FIRST_DATA_ROW, plan.flagCol, n, plan.flags[0].length).setValues(safeGrid(plan.flags));
        // One call: "ต่ำกว่าเกณฑ์ 8.00" shown, the number kept (see GAP_FORMATS).
        sheet
          .getRange(FIRST_DATA_ROW, colIndex('questionScores', 'gap') + 1, n, 1)
          .setNumberFormat(GAP_FORMATS.questionScores);
        // A colour an officer set on a score cell is kept (one read of the backgrounds first).
        const scores = sheet.getRange(FIRST_DATA_ROW, plan.scoreCol, n, plan.backgrounds[0].length);
        scores.setBackgrounds(keepOfficerBackgrounds(plan.backgrounds, scores.getBackgrounds()));
      }
      const weak = result.weakQuestions.filter((w) => w.instrument !== 'OIT');
      const codes = weak.map((w) => (w.part ? `${w.code} (ส่วนที่ ${w.part})` : w.code));
      const message = weak.length
        ? `ข้อคำถามที่ต่ำกว่า ${result.weakThreshold} คะแนน ${weak.length} รายการ: ${codes.join(', ')}\nไฮไลต์ในชีต "${sheet.getName()}" แล้ว`
        : `ไม่มีข้อคำถามที่ต่ำกว่า ${result.weakThreshold} คะแนน (ล้างไฮไลต์เดิมแล้ว)`;
      return success(HIGHLIGHT_TITLE, message, [...inputs.warnings, ...result.warnings]);
    }),
  );
}

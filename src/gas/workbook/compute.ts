// Menu action: compute gaps — one read per input table, one setValues and one setBackgrounds.
import { formatScore } from '../../core/thai/numbers';
import {
  FIRST_DATA_ROW,
  GAP_FORMATS,
  analysisOutput,
  colIndex,
  mergeIssues,
  missingTableMessage,
  safeGrid,
} from '../../core/workbook';
import { withDocumentLock } from './lock';
import { ActionResult, failure, guarded, success } from './messages';
import { isLoaded, loadAndAnalyse } from './inputs';
import { fillResultMeasures } from './result-measures';

export const COMPUTE_TITLE = 'คำนวณส่วนต่างจากค่าเป้าหมาย';

export function runCompute(): ActionResult {
  return guarded(COMPUTE_TITLE, () =>
    withDocumentLock(() => {
      const loaded = loadAndAnalyse(['measures', 'results'], ['analysis']);
      if (!isLoaded(loaded)) return failure(COMPUTE_TITLE, loaded.issues);
      const sheet = loaded.sheets.analysis;
      if (!sheet) return failure(COMPUTE_TITLE, [{ message: missingTableMessage('analysis') }]);
      const { result, inputs } = loaded;
      const previousRows = Math.max(sheet.getLastRow() - FIRST_DATA_ROW + 1, 0);
      const out = analysisOutput(result, previousRows);
      // Merged cells where the analysis is written (header included): refuse, write nothing.
      const width = out.values[0].length;
      const merged = sheet.getRange(1, 1, FIRST_DATA_ROW - 1 + out.values.length, width).getMergedRanges();
      if (merged.length)
        return failure(
          COMPUTE_TITLE,
          mergeIssues(
            sheet.getName(),
            merged.map((r) => r.getA1Notation()),
          ),
        );
      const range = sheet.getRange(FIRST_DATA_ROW, 1, out.values.length, out.values[0].length);
      range.setValues(safeGrid(out.values));
      range.setBackgrounds(out.backgrounds);
      // One call: the gap column in words, the values kept as numbers (see GAP_FORMATS).
      sheet
        .getRange(FIRST_DATA_ROW, colIndex('analysis', 'gap') + 1, out.values.length, 1)
        .setNumberFormat(GAP_FORMATS.analysis);
      fillResultMeasures(loaded);

      const fmt = (n: number | null) => formatScore(n, { thaiDigits: false });
      const short = result.indicators
        .filter((i) => i.pass === false)
        .map((i) => `${i.number} ${i.name} (${fmt(i.score)})`);
      const lines = [
        `ปี ${result.year}: คะแนนรวม ${fmt(result.overall.score)}${result.overall.level ? ` ระดับ ${result.overall.level}` : ''} (เป้าหมาย ${result.target})`,
        `IIT ${fmt(result.instruments[0].score)} · EIT ${fmt(result.instruments[1].score)} · OIT ${fmt(result.instruments[2].score)}`,
        short.length ? `ตัวชี้วัดที่ต่ำกว่าเป้าหมาย: ${short.join(', ')}` : 'ทุกตัวชี้วัดผ่านเป้าหมาย',
        `บันทึกผลในชีต "${sheet.getName()}" แล้ว`,
      ];
      return success(COMPUTE_TITLE, lines.join('\n'), [...inputs.warnings, ...result.warnings]);
    }),
  );
}

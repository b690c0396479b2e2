// Menu action: set up (or complete) the ITA template in the active spreadsheet. Non-destructive.
import { fiscalYearOf } from '../../core/thai/dates';
import { HEADER_ROW, LAYOUTS, METADATA_KEY, TABLE_ORDER, TableId, readSettings, setupPlan } from '../../core/workbook';
import { withDocumentLock } from './lock';
import { ActionResult, guarded, success } from './messages';
import { formatSettingsCell, formatTable } from './format';
import { locateTables, readTable, readTables, rememberTable, writeBlock } from './tables';
import { hideInternalColumns } from '../documents/log';

export const SETUP_TITLE = 'ตั้งค่าแม่แบบ ITA';

/** The default assessment year: the fiscal year that ended before today. */
export function defaultAssessmentYear(today: Date): number {
  return fiscalYearOf(today) - 1;
}

/** A free sheet name: "มาตรการ", else "มาตรการ (ITA)", "มาตรการ (ITA 2)"… */
function freeName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (ITA)` : `${base} (ITA ${n})`;
    if (!ss.getSheetByName(name)) return name;
  }
}

export function runSetup(today: Date = new Date()): ActionResult {
  return guarded(SETUP_TITLE, () =>
    withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheets = locateTables(ss);
      const snaps = readTables(sheets, TABLE_ORDER);
      const plan = setupPlan(snaps, defaultAssessmentYear(today));

      for (const id of plan.create) {
        const sheet = ss.insertSheet(freeName(ss, LAYOUTS[id].sheetName));
        sheet.addDeveloperMetadata(METADATA_KEY, id);
        rememberTable(id, sheet);
        sheets[id] = sheet;
      }
      const added: Partial<Record<TableId, number>> = {};
      const headerWritten = new Set<TableId>(plan.create);
      for (const block of plan.writes) {
        writeBlock(sheets[block.table]!, block);
        if (block.refresh) continue;
        if (block.row > 1) added[block.table] = (added[block.table] ?? 0) + block.values.length;
        else if (block.col === 1) headerWritten.add(block.table);
      }
      // New year columns at their place among the existing ones (right to left: positions stay valid; the
      // writes above never reach into the year columns, so they are not shifted wrongly).
      for (const ins of plan.insertYearColumns) {
        const sheet = sheets.scoresByYear!;
        sheet.insertColumnsBefore(ins.before, ins.years.length);
        sheet.getRange(HEADER_ROW, ins.before, 1, ins.years.length).setValues([ins.years]);
      }
      // The divisions as they are now on the settings sheet.
      const settings = readSettings(readTable(sheets.settings!, 'settings'));
      const skipped = new Set(plan.issues.map((i) => i.sheet));
      for (const id of TABLE_ORDER) {
        const sheet = sheets[id]!;
        if (skipped.has(snaps[id]?.sheet)) continue;
        formatTable(sheet, id, settings.settings.divisions, headerWritten.has(id));
      }
      formatSettingsCell(sheets.settings!, settings.rowOf.thaiDigits);
      // The documents log's internal columns (written by the documents, not by setup) stay out of sight.
      if (snaps.documents && !skipped.has(snaps.documents.sheet))
        hideInternalColumns(sheets.documents!, snaps.documents.values[0] ?? []);

      const lines: string[] = [];
      if (plan.create.length) lines.push(`สร้างชีตใหม่: ${plan.create.map((id) => LAYOUTS[id].sheetName).join(', ')}`);
      const addedText = Object.entries(added).map(([id, n]) => `${LAYOUTS[id as TableId].sheetName} ${n} แถว`);
      if (addedText.length) lines.push(`เพิ่มแถวที่ยังไม่มี: ${addedText.join(', ')}`);
      if (!lines.length) lines.push('แม่แบบครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
      lines.push(`ปีการประเมิน: ${plan.year}`);
      lines.push('ข้อมูลที่กรอกไว้เดิมไม่ถูกแก้ไข');
      const warnings = [
        ...(plan.catalogueWarning ? [plan.catalogueWarning] : []),
        ...plan.issues.map((i) => i.message),
      ];
      return success(SETUP_TITLE, lines.join('\n'), warnings);
    }),
  );
}

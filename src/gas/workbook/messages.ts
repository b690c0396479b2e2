// What an action tells the officer: a JSON-safe result, shown as an alert from the menu.
import { InputIssue } from '../../core/types';
import { BusyError } from './lock';
import { thaiError } from '../../core/errors';

export interface ActionResult {
  ok: boolean;
  /** Thai title and message. */
  title: string;
  message: string;
  /** Located problems (sheet, row, column, Thai message). */
  issues: InputIssue[];
  warnings: string[];
}

/** Issues listed in an alert; the rest are counted. */
export const MAX_LISTED_ISSUES = 12;

export function failure(title: string, issues: InputIssue[], warnings: string[] = []): ActionResult {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `• ${i.message}`);
  if (issues.length > MAX_LISTED_ISSUES) listed.push(`…และอีก ${issues.length - MAX_LISTED_ISSUES} รายการ`);
  return {
    ok: false,
    title,
    message: `ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขรายการต่อไปนี้แล้วลองใหม่\n${listed.join('\n')}`,
    issues,
    warnings,
  };
}

export function success(title: string, message: string, warnings: string[] = []): ActionResult {
  const extra = warnings.length ? `\n\nข้อควรทราบ:\n${warnings.map((w) => `• ${w}`).join('\n')}` : '';
  return { ok: true, title, message: message + extra, issues: [], warnings };
}

/** Runs an action; a busy lock or an unexpected error becomes a Thai result, never a stack trace. */
export function guarded(title: string, run: () => ActionResult): ActionResult {
  try {
    return run();
  } catch (e) {
    if (e instanceof BusyError) return { ok: false, title, message: e.message, issues: [], warnings: [] };
    const why = thaiError(e);
    return {
      ok: false,
      title,
      message: `เกิดข้อผิดพลาด ทำรายการไม่สำเร็จ: ${why}`,
      issues: [{ message: why }],
      warnings: [],
    };
  }
}

/** Shows the result to the officer in an alert. */
export function show(result: ActionResult): ActionResult {
  const ui = SpreadsheetApp.getUi();
  ui.alert(result.title, result.message, ui.ButtonSet.OK);
  return result;
}

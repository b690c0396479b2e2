// Menu and sidebar entry functions for the Google Docs (exported from main.ts). Every return value is
// JSON-safe (no Date, no undefined): it crosses google.script.run unchanged.
import { generateKind, type GenerateResult } from './documents/generate';
import { pullAllComments, type PullResult } from './documents/pull';
import { documentsStatusList, type DocumentStatus } from './documents/status';
import { workbookSource } from './documents/source';
import { TITLES } from './documents/messages';
import { withTableScope } from './workbook/tables';

function alert(title: string, message: string, warnings: string[]): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const extra = warnings.length ? `\n\nข้อควรทราบ:\n${warnings.map((w) => `• ${w}`).join('\n')}` : '';
    ui.alert(title, message + extra, ui.ButtonSet.OK);
  } catch {
    /* no UI (sidebar call or trigger): the caller shows the returned message */
  }
}

/** Generates or regenerates one document: "measures-plan" | "results-report" | "analysis-report". */
export function generateDocument(kind: string): GenerateResult {
  return withTableScope(() => generateKind(String(kind), workbookSource));
}

function fromMenu(kind: string): GenerateResult {
  const r = generateDocument(kind);
  alert(TITLES.generate, r.message, r.warnings);
  return r;
}

export function generateMeasuresPlan(): GenerateResult {
  return fromMenu('measures-plan');
}

export function generateResultsReport(): GenerateResult {
  return fromMenu('results-report');
}

export function generateAnalysisReport(): GenerateResult {
  return fromMenu('analysis-report');
}

/** Copies every comment thread of the generated docs into the comments sheet (sidebar: no alert). */
export function pullComments(): PullResult {
  return withTableScope(() => pullAllComments(workbookSource));
}

/** Menu variant of pullComments: shows the result. */
export function pullCommentsFromMenu(): PullResult {
  const r = pullComments();
  alert(TITLES.pull, r.message, r.warnings);
  return r;
}

/** The generated documents for the sidebar. */
export function documentsStatus(): DocumentStatus[] {
  try {
    return withTableScope(() => documentsStatusList(workbookSource));
  } catch {
    return [];
  }
}

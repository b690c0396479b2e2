// Menu and sidebar entry functions for the Google Docs (exported from main.ts). Every return value is
// JSON-safe (no Date, no undefined): it crosses google.script.run unchanged.
import type { GenerateResult, PullResult } from '../shared/rpc';
import { generateKind } from './documents/generate';
import { pullAllComments } from './documents/pull';
import { documentsStatusList, documentsStatusText, type DocumentStatus } from './documents/status';
import { workbookSource, type DocSource } from './documents/source';
import { MSG, TITLES } from '../core/document/messages';
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

/**
 * Generates or regenerates one document of the registry (src/core/document/kinds.ts), e.g. "measures-plan".
 * `newVersionIfDriveOff` (sidebar: "สร้างฉบับใหม่แทน"): when Drive is off and the doc changed, create a
 * new version instead of refusing.
 */
export function generateDocument(kind: string, options?: { newVersionIfDriveOff?: boolean }): GenerateResult {
  return withTableScope(() =>
    generateKind(String(kind), workbookSource, { newVersionIfDriveOff: options?.newVersionIfDriveOff === true }),
  );
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

export function generateAnnouncement(): GenerateResult {
  return fromMenu('announcement');
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

/**
 * Menu "สถานะเอกสาร": an alert listing each generated document (version, generated when and by whom,
 * out of date with the sheet or not, open comments). Read-only. Returns the list shown.
 */
export function showDocumentsStatus(): DocumentStatus[] {
  return withTableScope(() => {
    let issues: string[] = [];
    const source: DocSource = {
      load() {
        const r = workbookSource.load();
        if ('issues' in r) issues = r.issues.map((i) => i.message);
        return r;
      },
    };
    let list: DocumentStatus[];
    try {
      list = documentsStatusList(source);
    } catch (e) {
      alert(TITLES.status, MSG.statusFailed(e instanceof Error ? e.message : String(e)), []);
      return [];
    }
    alert(TITLES.status, documentsStatusText(list, issues), []);
    return list;
  });
}

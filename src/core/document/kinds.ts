// THE list of document kinds: every place that names a kind (the Google Docs side, the menu, the
// sidebar, the RPC types, the CLI, the demo) reads it from here, so a kind added here is generated,
// listed and written everywhere, and nowhere answers "unknown kind" for a kind another place offers.

import type { DocInput, DocKind, DocModel } from './model';
import { buildMeasuresPlan } from './measures-plan';
import { buildResultsReport } from './results-report';
import { buildAnalysisReport } from './analysis-report';
import { buildAnnouncement } from './announcement';

export interface DocKindSpec {
  kind: DocKind;
  /**
   * Thai name of the kind (documents log, sidebar, status, messages). No OIT item number: the number
   * changes by year (o34 in 2567, o25 in 2569); places that know the year add it (itemCodeLabel).
   */
  label: string;
  build: (input: DocInput) => DocModel;
  /** The .docx file the CLI and the demo write. */
  file: string;
  /** The top-level server function of the add-on menu item (src/gas/main.ts exports it). */
  menuFn: string;
  /** The menu item's Thai label (no item number: onOpen cannot read the year from the sheet). */
  menuLabel: string;
}

/** In the order of the work: the plan, its announcement, the analysis memo, the year-end report. */
export const DOC_KINDS: readonly DocKindSpec[] = [
  {
    kind: 'measures-plan',
    label: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    build: buildMeasuresPlan,
    file: 'measures-plan.docx',
    menuFn: 'generateMeasuresPlan',
    menuLabel: 'สร้าง/ปรับปรุงมาตรการใน Google Docs',
  },
  {
    kind: 'announcement',
    label: 'ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    build: buildAnnouncement,
    file: 'announcement.docx',
    menuFn: 'generateAnnouncement',
    menuLabel: 'สร้าง/ปรับปรุงประกาศมาตรการใน Google Docs',
  },
  {
    kind: 'results-report',
    label: 'รายงานผลการดำเนินการตามมาตรการ',
    build: buildResultsReport,
    file: 'results-report.docx',
    menuFn: 'generateResultsReport',
    menuLabel: 'สร้าง/ปรับปรุงรายงานผลการดำเนินการใน Google Docs',
  },
  {
    kind: 'analysis-report',
    label: 'รายงานผลการวิเคราะห์ ITA',
    build: buildAnalysisReport,
    file: 'analysis.docx',
    menuFn: 'generateAnalysisReport',
    menuLabel: 'สร้าง/ปรับปรุงรายงานผลการวิเคราะห์ใน Google Docs',
  },
];

/** Every kind, in DOC_KINDS order. */
export const ALL_DOC_KINDS: readonly DocKind[] = DOC_KINDS.map((d) => d.kind);

/** The spec of a kind named by a caller (a string from the sidebar or a log row), or undefined. */
export function docKindSpec(kind: string): DocKindSpec | undefined {
  return DOC_KINDS.find((d) => d.kind === kind);
}

export function isDocKind(kind: string): kind is DocKind {
  return docKindSpec(kind) !== undefined;
}

/** Thai label per kind. */
export const DOC_KIND_LABELS = Object.fromEntries(DOC_KINDS.map((d) => [d.kind, d.label])) as Record<DocKind, string>;

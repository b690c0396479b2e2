// The results report (the year's results item: OIT o35 in 2567, o26 in 2569), shaped like seed 002.

import type { ResultRow, ResultStatus } from '../types';
import type { Block, DocInput, DocModel, TableRow } from './model';
import { fmt, latestDateText, plainList } from './text';
import { measureCells, periodsOf, periodWords, withoutPeriod, type Periods } from './measure-cells';
import { formatScore } from '../thai';
import { WORDS, coverBlocks, para, signedDocument } from './parts';
import { measureIdWarnings } from './measures-plan';
import { itemReferenceText, unconfirmedItemWarning } from '../catalogue';
import { identityWarnings, withIdentity } from './identity';
import { docPlan } from './plan';
import { lookups } from './deps';

export const RESULTS_REPORT_TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const RESULTS_TABLE_HEADER = [
  'มาตรการ/กิจกรรม',
  'วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ระยะเวลา',
  'ผลการดำเนินการ',
  'ผลลัพธ์หรือความสำเร็จ',
];

export const STATUS_LABELS: Record<ResultStatus, string> = {
  done: 'ดำเนินการแล้วเสร็จ',
  'in-progress': 'อยู่ระหว่างดำเนินการ',
  'not-started': 'ยังไม่ได้ดำเนินการ',
};

/** Counts per status; measures without a result row count as not reported. */
export function progressCounts(input: DocInput): Record<ResultStatus | 'not-reported', number> {
  const byId = resultsById(input.results);
  const counts = { done: 0, 'in-progress': 0, 'not-started': 0, 'not-reported': 0 };
  for (const m of input.measures) {
    const r = byId.get(m.id);
    counts[r ? r.status : 'not-reported'] += 1;
  }
  return counts;
}

/** Results by measure id; the last row wins when an id is repeated. */
export function resultsById(results: ResultRow[]): Map<string, ResultRow> {
  return new Map(results.map((r) => [r.measureId.trim(), r]));
}

/**
 * The opening says what the rows say: how many measures, how many reported (by status), how many not
 * yet, and the period the measures share when they all share one (the table then has no period
 * column). It never claims results were published when none is reported.
 */
export function introText(input: DocInput, periods: Periods | null = null): string {
  const s = input.settings;
  const a = input.analysis;
  const level = a.overall.level ? ` อยู่ในระดับ “${a.overall.level}”` : '';
  const score =
    a.overall.score === null ? '' : ` มีคะแนนรวม ${formatScore(a.overall.score, { thaiDigits: false })} คะแนน${level}`;
  const head =
    `ตามที่${s.agencyName}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ` +
    `ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}${score} และนำผลการวิเคราะห์มากำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear}`;
  const total = input.measures.length;
  if (total === 0) return `${head} นั้น ยังไม่มีมาตรการในชีต มาตรการ จึงยังไม่มีผลการดำเนินการที่จะรายงาน`;
  const c = progressCounts(input);
  const reported = total - c['not-reported'];
  const byStatus = (['done', 'in-progress', 'not-started'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${STATUS_LABELS[k]} ${c[k]} มาตรการ`);
  const status =
    reported === 0
      ? 'ยังไม่มีมาตรการใดรายงานผลการดำเนินการ'
      : `รายงานผลการดำเนินการแล้ว ${reported} มาตรการ (${plainList(byStatus)})` +
        (c['not-reported'] ? ` และ${WORDS.notReported} ${c['not-reported']} มาตรการ` : '');
  const when = periods ? ` ${periodWords(periods)}` : '';
  // "ยังไม่มีมาตรการใดรายงานผล ดังนี้" announced a list of nothing: the table lists the measures.
  return `${head} จำนวน ${total} มาตรการ${when} นั้น บัดนี้${status} ${reported === 0 ? 'รายละเอียดดังนี้' : 'ดังนี้'}`;
}

/**
 * Landscape A4: the report is one 6-column table of dated evidence (meetings, คำสั่ง numbers,
 * ประกาศ dates), unreadable in 16 cm portrait columns; seed 002 is laid out the same way.
 */
export function buildResultsReport(given: DocInput): DocModel {
  const planned = docPlan(given, lookups(given).catalogue);
  const input: DocInput = { ...withIdentity(given), measures: planned.measures };
  const s = input.settings;
  const f = fmt(s.thaiDigits);
  const byId = resultsById(input.results);
  const warnings = [
    ...identityWarnings(given.settings, { signer: true }),
    ...measureIdWarnings(input.measures),
    ...planned.warnings,
  ];
  const ids = new Set(input.measures.map((m) => m.id));
  input.results.forEach((r, i) => {
    if (!ids.has(r.measureId.trim())) {
      warnings.push(`ผลการดำเนินการแถวที่ ${i + 1} อ้างถึงรหัสมาตรการ "${r.measureId}" ที่ไม่มีในชีต มาตรการ จึงไม่ได้ใส่ในรายงาน`);
    }
  });

  // Which OIT item of the year this report is published as; by title alone while the number is not known.
  const item = lookups(input).items.report;
  const blocks: Block[] = coverBlocks(RESULTS_REPORT_TITLE, given.settings, f, `เผยแพร่ตาม${itemReferenceText(item)}`);
  if (!item.code) warnings.push(unconfirmedItemWarning(s.assessmentYear, 'results'));

  const periods = periodsOf(f, input.measures, s.planFiscalYear);
  blocks.push(para('intro', f.t(introText(input, periods))));

  const rows: TableRow[] = input.measures.map((m, i) => {
    const r = byId.get(m.id);
    // What was done, its status in brackets after it (on the same line when it fits), then the evidence.
    const done = r
      ? [
          [r.done.trim(), `(${STATUS_LABELS[r.status]})`].filter(Boolean).join(' '),
          r.evidence.trim() ? `หลักฐาน: ${r.evidence.trim()}` : '',
        ]
          .filter(Boolean)
          .join('\n')
      : '';
    return {
      key: m.id,
      cells: [
        ...measureCells(f, i, m, s.planFiscalYear, periods),
        r ? f.t(done) : WORDS.notReported,
        r ? f.t(r.outcome) : '',
      ],
    };
  });
  const header = withoutPeriod(RESULTS_TABLE_HEADER);
  blocks.push({
    type: 'table',
    key: 'table.results',
    header: [header],
    rows: rows.length
      ? rows
      : [{ key: 'placeholder', cells: header.map((_, c) => (c === 0 ? WORDS.noMeasures : '')), mergeAll: true }],
    // mm of a 160 mm width, scaled to the 247 mm of the landscape page; set by counting the lines of
    // the seed 001 rows (Laksaman widths, Thai word breaks): the steps and what was done are most of a
    // row's text and share the width. The responsible column (20.5 mm) holds "ทุกกอง/" (16.0 mm at
    // 14 pt, plus 3.8 mm of cell margins) whole. No period column (see measure-cells.ts).
    widths: [18.1, 57, 13.3, 50.2, 21.4],
    repeatHeader: true,
  });

  const c = progressCounts(input);
  const total = input.measures.length;
  const asOf = latestDateText(
    input.results.map((r) => r.updatedAt),
    s.thaiDigits,
  );
  // Statuses no measure has are left out ("ยังไม่ได้ดำเนินการ ๐ มาตรการ" says nothing), as in the opening.
  const counted = (['done', 'in-progress', 'not-started'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${STATUS_LABELS[k]} ${c[k]} มาตรการ`);
  if (c['not-reported']) counted.push(`${WORDS.notReported} ${c['not-reported']} มาตรการ`);
  const summary =
    total === 0
      ? 'ยังไม่มีมาตรการ จึงยังสรุปความก้าวหน้าไม่ได้'
      : `สรุปความก้าวหน้า${asOf ? ` ณ วันที่ ${asOf}` : ''} มีมาตรการทั้งหมด ${total} มาตรการ ${plainList(counted)}`;
  blocks.push(para('summary', f.t(summary), { spacing: { before: 'small' } }));
  return signedDocument('results-report', RESULTS_REPORT_TITLE, input, f, 'landscape', blocks, warnings);
}

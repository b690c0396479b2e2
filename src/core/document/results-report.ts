// The results report (the year's results item: OIT o35 in 2567, o26 in 2569), shaped like seed 002.

import type { ResultRow, ResultStatus } from '../types';
import { a4, type Block, type DocInput, type DocModel, type TableRow } from './model';
import { fmt, latestDateText, numbered, thaiList } from './text';
import { formatScore } from '../thai';
import { WORDS, locationLine, para, signature, titleBlocks } from './parts';
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
 * yet. It never claims results were published when none is reported.
 */
export function introText(input: DocInput): string {
  const s = input.settings;
  const a = input.analysis;
  const level = a.overall.level ? ` อยู่ในระดับ “${a.overall.level}”` : '';
  const score =
    a.overall.score === null ? '' : ` มีคะแนนรวม ${formatScore(a.overall.score, { thaiDigits: false })} คะแนน${level}`;
  const head =
    `ตามที่${s.agencyName}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
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
      : `รายงานผลการดำเนินการแล้ว ${reported} มาตรการ (${thaiList(byStatus)})` +
        (c['not-reported'] ? ` และ${WORDS.notReported} ${c['not-reported']} มาตรการ` : '');
  return `${head} จำนวน ${total} มาตรการ นั้น บัดนี้${status} รายละเอียดดังนี้`;
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

  const blocks: Block[] = [
    ...titleBlocks([RESULTS_REPORT_TITLE, s.agencyName, f.t(`ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear}`)]),
  ];
  const where = locationLine(input);
  if (where) blocks.push(para('title.location', where, { align: 'center', firstLineIndent: false }));
  // Which OIT item of the year this report is published as; by title alone while the number is not known.
  const item = lookups(input).items.report;
  blocks.push(para('title.item', `เผยแพร่ตาม${itemReferenceText(item)}`, { align: 'center', firstLineIndent: false }));
  if (!item.code) warnings.push(unconfirmedItemWarning(s.assessmentYear, 'results'));

  blocks.push(para('intro', f.t(introText(input))));

  const periodDefault = f.period(s.planFiscalYear, 'short');
  const rows: TableRow[] = input.measures.map((m, i) => {
    const r = byId.get(m.id);
    const done = r
      ? [r.done.trim(), r.evidence.trim() ? `หลักฐาน: ${r.evidence.trim()}` : ''].filter(Boolean).join('\n')
      : '';
    const status = r ? `(${STATUS_LABELS[r.status]})` : '';
    return {
      key: m.id,
      cells: [
        numbered(f, i + 1, m.measure),
        f.t(m.method),
        f.t(m.responsible),
        m.period.trim() ? f.t(m.period) : periodDefault,
        r ? f.t([done, status].filter(Boolean).join('\n')) : WORDS.notReported,
        r ? f.t(r.outcome) : '',
      ],
    };
  });
  blocks.push({
    type: 'table',
    key: 'table.results',
    header: [RESULTS_TABLE_HEADER],
    rows: rows.length ? rows : [{ key: 'placeholder', cells: [WORDS.noMeasures, '', '', '', '', ''], mergeAll: true }],
    // mm of a 160 mm width, scaled to 247 mm: responsible and period get 30 mm, enough for
    // "ผู้รับผิดชอบ" unbroken and "๑ ต.ค.๖๗ –" / "๓๐ ก.ย.๖๘" on two lines.
    widths: [26, 32.4, 19.4, 19.4, 35.6, 27.2],
    repeatHeader: true,
  });

  const c = progressCounts(input);
  const total = input.measures.length;
  const asOf = latestDateText(
    input.results.map((r) => r.updatedAt),
    s.thaiDigits,
  );
  const summary =
    total === 0
      ? 'ยังไม่มีมาตรการ จึงยังสรุปความก้าวหน้าไม่ได้'
      : `สรุปความก้าวหน้า${asOf ? ` ณ วันที่ ${asOf}` : ''}: มาตรการทั้งหมด ${total} มาตรการ ` +
        `${STATUS_LABELS.done} ${c.done} มาตรการ ${STATUS_LABELS['in-progress']} ${c['in-progress']} มาตรการ ` +
        `${STATUS_LABELS['not-started']} ${c['not-started']} มาตรการ` +
        (c['not-reported'] ? ` และ${WORDS.notReported} ${c['not-reported']} มาตรการ` : '');
  blocks.push(para('summary', f.t(summary), { spacing: { before: 'large' } }));
  blocks.push(...signature('signature', input, f));

  return {
    kind: 'results-report',
    title: f.t(`${RESULTS_REPORT_TITLE} ${s.agencyName} ปีงบประมาณ ${s.planFiscalYear}`),
    page: a4('landscape', s.thaiDigits),
    blocks,
    warnings,
  };
}

// What the documents say follows from the data: the planned measures of the result (src/core/measures),
// the measures a document lists (the sheet's, or the planned ones while the sheet is empty), and the
// officer's warnings about what the sheet does not cover. Never a placeholder row in a published text.

import { formatFiscalPeriod } from '../thai';
import type { Catalogue, MeasureRow } from '../types';
import {
  coverageOf,
  dataLevels,
  plannedRowText,
  planMeasures,
  type DataLevels,
  type PlannedMeasure,
} from '../measures';
import type { DocInput } from './model';

export interface DocPlan {
  plan: PlannedMeasure[];
  levels: DataLevels;
  /** The measures the document lists: the sheet's, else the planned ones (ids M01…). */
  measures: MeasureRow[];
  /** For the officer (CLI standard error, the sidebar, the menu's message), never printed in the document. */
  warnings: string[];
  /** The measure text that answers a planned measure: the covering row's, else the planned title. */
  titleOf(p: PlannedMeasure): string;
}

/** "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" */
export function indicatorLabel(cat: Catalogue, n: number): string {
  const name = cat.indicators.find((i) => i.number === n)?.name ?? '';
  return `ตัวชี้วัดที่ ${n}${name ? ` ${name}` : ''}`;
}

/**
 * `uncovered`: also warn about each planned measure the sheet's measures do not cover (the measures plan
 * and the analysis report, which lay out the plan; not the announcement or the results report).
 */
export function docPlan(input: DocInput, catalogue: Catalogue, opts: { uncovered?: boolean } = {}): DocPlan {
  const sheet = 'มาตรการ';
  const plan = planMeasures(input.analysis, catalogue);
  const levels = dataLevels(input.analysis);
  const period = formatFiscalPeriod(input.settings.planFiscalYear, { style: 'short', thaiDigits: false });
  const warnings: string[] = [];
  let measures = input.measures;
  if (!measures.length && plan.length) {
    measures = plan.map((p, i) => ({
      id: `M${String(i + 1).padStart(2, '0')}`,
      ...plannedRowText(p, period),
      questions: [...p.questions],
      indicators: [...p.indicators],
      oitRefs: [...p.oitRefs],
      origin: 'suggested' as const,
    }));
    warnings.push(
      `ชีต "${sheet}" ยังไม่มีมาตรการ เอกสารนี้จึงใช้มาตรการที่ระบบเสนอตามผลการประเมิน ${plan.length} รายการ ` +
        `— ใช้เมนู เสนอมาตรการ แล้วตรวจสอบและแก้ไขในชีต "${sheet}" ก่อนเผยแพร่`,
    );
  } else if (!measures.length) {
    warnings.push(`ชีต "${sheet}" ยังไม่มีมาตรการ และยังไม่มีคะแนนที่ใช้เสนอมาตรการ ตารางมาตรการในเอกสารจึงว่าง`);
  } else if (opts.uncovered) {
    for (const p of plan) {
      if (p.maintain || coverageOf(p, measures, period)) continue;
      const what = p.questions.length
        ? `ข้อ ${p.questions.join(', ')}`
        : p.subIndicator
          ? `${indicatorLabel(catalogue, p.indicator)} (ตัวชี้วัดย่อยที่ ${p.subIndicator})`
          : indicatorLabel(catalogue, p.indicator);
      warnings.push(
        `${what} ต่ำกว่าค่าเป้าหมายแต่ยังไม่มีมาตรการในชีต "${sheet}" (มาตรการที่เสนอ: ${p.title}) — ใช้เมนู เสนอมาตรการ หรือเพิ่มเอง`,
      );
    }
  }
  const titleOf = (p: PlannedMeasure) => coverageOf(p, measures, period)?.row.measure.trim() || p.title;
  return { plan, levels, measures, warnings, titleOf };
}

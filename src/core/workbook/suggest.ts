// Planner: the measure rows to add for what the result calls for (src/core/measures: planned measures at
// every level, THE coverage rule). Never changes existing rows.
import { AgencySettings, AnalysisResult, Catalogue, MeasureRow } from '../types';
import {
  coverageOf,
  measureFingerprint,
  plannedRowText,
  planMeasures,
  uncovered,
  type PlannedMeasure,
} from '../measures';
import { formatFiscalPeriod } from '../thai/dates';
import { safeGrid } from './cells';
import { FIRST_DATA_ROW, HEADER_ROW, LAYOUTS, ORIGIN_LABELS } from './layouts';
import { MeasureRowRead } from './readers';
import type { CellBlock } from './setup';

export { measureFingerprint };

function nextIds(existing: Pick<MeasureRowRead, 'id'>[]): () => string {
  let max = 0;
  for (const m of existing) {
    const n = /^M(\d+)$/i.exec(m.id.trim());
    if (n) max = Math.max(max, Number(n[1]));
  }
  return () => {
    max += 1;
    return `M${String(max).padStart(2, '0')}`;
  };
}

export interface SuggestedMeasure extends MeasureRow {
  fingerprint: string;
}

/**
 * The period written into a suggested measure: the plan's fiscal year in the short form real reports use
 * ("1 ต.ค.67 – 30 ก.ย.68"), which fits the narrow ระยะเวลาดำเนินการ column of the documents.
 */
export function measurePeriod(planFiscalYear: number): string {
  return formatFiscalPeriod(planFiscalYear, { style: 'short', thaiDigits: false });
}

/** New rows (ids after the existing ones) for the planned measures no existing row covers, in plan order. */
export function suggestRows(
  plan: PlannedMeasure[],
  existing: MeasureRowRead[],
  settings: Pick<AgencySettings, 'planFiscalYear'>,
): SuggestedMeasure[] {
  const period = measurePeriod(settings.planFiscalYear);
  const nextId = nextIds(existing);
  return uncovered(plan, existing, period).map((p) => {
    const text = plannedRowText(p, period);
    return {
      id: nextId(),
      ...text,
      questions: [...p.questions],
      indicators: [...p.indicators],
      oitRefs: [...p.oitRefs],
      origin: 'suggested',
      fingerprint: measureFingerprint(text),
    };
  });
}

/**
 * One new row per planned measure (src/core/measures/plan.ts: weak questions, weak OIT items, failing
 * indicators and instruments, or a short "maintain" plan) that no existing row covers (the coverage rule
 * of src/core/measures/coverage.ts).
 */
export function suggestMeasures(
  result: AnalysisResult,
  existing: MeasureRowRead[],
  settings: Pick<AgencySettings, 'planFiscalYear'>,
  catalogue: Catalogue,
): SuggestedMeasure[] {
  return suggestRows(planMeasures(result, catalogue), existing, settings);
}

/** A planned measure that no row links but a row holds (same text or fingerprint): nothing is added for it. */
export interface UnlinkedWeak {
  /** What it answers: "ข้อ e7", "ตัวชี้วัดที่ 7", "ตัวชี้วัดย่อยที่ 9.1". */
  label: string;
  /** What to type in the row to link it, and in which column. */
  link: string;
  column: string;
  /** The row holding the same measure (1-based) and its id. */
  row?: number;
  id?: string;
}

/** Planned measures held by a row that does not link them (an officer removed the link), per question for question measures. */
export function unlinkedWeak(
  plan: PlannedMeasure[],
  rows: (
    | MeasureRowRead
    | (Pick<MeasureRowRead, 'id' | 'measure' | 'questions' | 'indicators' | 'oitRefs' | 'storedFingerprint'> & {
        row?: number;
      })
  )[],
  settings: Pick<AgencySettings, 'planFiscalYear'>,
): UnlinkedWeak[] {
  const period = measurePeriod(settings.planFiscalYear);
  const header = (key: string) => LAYOUTS.measures.columns.find((c) => c.key === key)!.header;
  const out: UnlinkedWeak[] = [];
  for (const p of plan) {
    const c = coverageOf(p, rows, period);
    if (!c || c.how === 'linked') continue;
    const at = { row: c.row.row, id: c.row.id };
    if (p.questions.length) {
      for (const q of p.questions) out.push({ label: `ข้อ ${q}`, link: q, column: header('questions'), ...at });
    } else if (p.subIndicator) {
      out.push({ label: `ตัวชี้วัดย่อยที่ ${p.subIndicator}`, link: p.oitRefs.join(', '), column: header('oitRefs'), ...at });
    } else if (!p.maintain) {
      out.push({ label: `ตัวชี้วัดที่ ${p.indicator}`, link: String(p.indicator), column: header('indicators'), ...at });
    }
  }
  return out;
}

/** Thai lines explaining what is held by a row that does not link it (empty when there is none). */
export function unlinkedWeakLines(list: UnlinkedWeak[], sheet: string): string[] {
  return list.map(
    (u) =>
      `${u.label} ต้องพัฒนาแต่ไม่มีมาตรการใดเชื่อมโยง: ไม่ได้เพิ่มแถวใหม่เพราะมีแถวมาตรการแนะนำข้อความเดียวกันอยู่แล้ว` +
      ` (ชีต "${sheet}"${u.row ? ` แถวที่ ${u.row}` : ''}${u.id ? ` รหัส ${u.id}` : ''}) — ใส่ ${u.link} ในคอลัมน์ "${u.column}" ของแถวนั้น หรือเพิ่มมาตรการเอง`,
  );
}

/** A measure as a row of the measures table (column order of the layout). */
export function measureRowValues(m: MeasureRow & { fingerprint?: string }): string[] {
  const byKey: Record<string, string> = {
    id: m.id,
    measure: m.measure,
    method: m.method,
    responsible: m.responsible,
    period: m.period,
    followUp: m.followUp,
    questions: m.questions.join(', '),
    indicators: m.indicators.join(', '),
    oitRefs: m.oitRefs.join(', '),
    origin: ORIGIN_LABELS[m.origin],
    fingerprint: m.fingerprint ?? '',
  };
  return LAYOUTS.measures.columns.map((c) => byKey[c.key] ?? '');
}

/**
 * Where and what to write to append measures: the row after the last non-blank row of the table (never
 * above the first data row), every cell formula-safe. Existing rows are never overwritten. `usedRows`:
 * the height of the table as read (getDataRange), which counts rows whose cells hold formulas that
 * evaluate to "" or content outside the table's columns: those rows look blank in the values but are
 * the officer's, so the block goes below them.
 */
export function measuresAppendBlock(
  existing: Pick<MeasureRowRead, 'row'>[],
  rows: (MeasureRow & { fingerprint?: string })[],
  usedRows = 0,
): CellBlock {
  const lastUsed = existing.length ? Math.max(...existing.map((m) => m.row)) : HEADER_ROW;
  return {
    table: 'measures',
    row: Math.max(lastUsed + 1, usedRows + 1, FIRST_DATA_ROW),
    col: 1,
    values: safeGrid(rows.map(measureRowValues)),
  };
}

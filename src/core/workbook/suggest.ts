// Planner: suggested measure rows for weak questions not yet covered. Never changes existing rows.
import { AgencySettings, Catalogue, MeasureRow, WeakQuestion } from '../types';
import { recommendationForQuestion } from '../recommendations';
import { formatFiscalPeriod } from '../thai/dates';
import { fingerprint, safeGrid } from './cells';
import { FIRST_DATA_ROW, HEADER_ROW, LAYOUTS, ORIGIN_LABELS } from './layouts';
import { MeasureRowRead } from './readers';
import type { CellBlock } from './setup';

/** The text whose hash marks a suggested row as untouched. */
export function measureFingerprint(m: Pick<MeasureRow, 'measure' | 'method' | 'responsible' | 'period' | 'followUp'>): string {
  return fingerprint([m.measure, m.method, m.responsible, m.period, m.followUp].join('\u0001'));
}

/** True when a suggested row's text no longer matches the fingerprint stored when it was written. */
export function isEditedMeasure(m: MeasureRowRead): boolean {
  return m.origin !== 'suggested' || m.storedFingerprint !== measureFingerprint(m);
}

function nextIds(existing: MeasureRowRead[]): () => string {
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
 * One new row per recommendation that answers an uncovered weak IIT/EIT question. A question is covered
 * when a measure row links it; a recommendation already present (same fingerprint) is never added again.
 */
export function suggestMeasures(
  weak: WeakQuestion[],
  existing: MeasureRowRead[],
  settings: AgencySettings,
  catalogue: Catalogue,
): SuggestedMeasure[] {
  const covered = new Set(existing.flatMap((m) => m.questions));
  const present = new Set(existing.map((m) => m.storedFingerprint).filter((f) => f !== ''));
  const period = formatFiscalPeriod(settings.planFiscalYear, { style: 'abbr', thaiDigits: false });
  const nextId = nextIds(existing);
  const groups = new Map<string, { codes: string[]; indicators: Set<number> }>();
  const recs = new Map<string, NonNullable<ReturnType<typeof recommendationForQuestion>>>();
  for (const w of weak) {
    if (w.instrument === 'OIT' || covered.has(w.code)) continue;
    const rec = recommendationForQuestion(catalogue, w.code);
    if (!rec) continue;
    const key = rec.questions.join(',');
    recs.set(key, rec);
    const g = groups.get(key) ?? { codes: [], indicators: new Set<number>() };
    if (!g.codes.includes(w.code)) g.codes.push(w.code);
    g.indicators.add(w.indicator);
    groups.set(key, g);
  }
  const out: SuggestedMeasure[] = [];
  for (const [key, g] of groups) {
    const rec = recs.get(key)!;
    const base = { measure: rec.measure, method: rec.method, responsible: rec.responsible, period, followUp: rec.followUp };
    const fp = measureFingerprint(base);
    if (present.has(fp)) continue;
    present.add(fp);
    const order = (c: string) => catalogue.questions.findIndex((q) => q.code === c);
    out.push({
      id: nextId(),
      ...base,
      questions: g.codes.sort((a, b) => order(a) - order(b)),
      indicators: [...g.indicators].sort((a, b) => a - b),
      oitRefs: [...rec.oitRefs],
      origin: 'suggested',
      fingerprint: fp,
    });
  }
  return out;
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
 * above the first data row), every cell formula-safe. Existing rows are never overwritten.
 */
export function measuresAppendBlock(existing: Pick<MeasureRowRead, 'row'>[], rows: (MeasureRow & { fingerprint?: string })[]): CellBlock {
  const lastUsed = existing.length ? Math.max(...existing.map((m) => m.row)) : HEADER_ROW;
  return { table: 'measures', row: Math.max(lastUsed + 1, FIRST_DATA_ROW), col: 1, values: safeGrid(rows.map(measureRowValues)) };
}

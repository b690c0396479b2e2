// Planner: suggested measure rows for weak questions not yet covered. Never changes existing rows.
import { AgencySettings, Catalogue, MeasureRow, WeakQuestion } from '../types';
import { recommendationForQuestion } from '../recommendations';
import { formatFiscalPeriod } from '../thai/dates';
import { fingerprint, safeGrid } from './cells';
import { FIRST_DATA_ROW, HEADER_ROW, LAYOUTS, ORIGIN_LABELS } from './layouts';
import { MeasureRowRead } from './readers';
import type { CellBlock } from './setup';

/** The text whose hash marks a suggested row as untouched. */
export function measureFingerprint(
  m: Pick<MeasureRow, 'measure' | 'method' | 'responsible' | 'period' | 'followUp'>,
): string {
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
/**
 * The period written into a suggested measure: the plan's fiscal year in the short form real reports use
 * ("1 ต.ค.67 – 30 ก.ย.68"), which fits the narrow ระยะเวลาดำเนินการ column of the documents.
 */
export function measurePeriod(planFiscalYear: number): string {
  return formatFiscalPeriod(planFiscalYear, { style: 'short', thaiDigits: false });
}

export function suggestMeasures(
  weak: WeakQuestion[],
  existing: MeasureRowRead[],
  settings: AgencySettings,
  catalogue: Catalogue,
): SuggestedMeasure[] {
  const covered = new Set(existing.flatMap((m) => m.questions));
  const present = new Set(existing.map((m) => m.storedFingerprint).filter((f) => f !== ''));
  const period = measurePeriod(settings.planFiscalYear);
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
    const base = {
      measure: rec.measure,
      method: rec.method,
      responsible: rec.responsible,
      period,
      followUp: rec.followUp,
    };
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

/** A weak IIT/EIT question no measure row links, and why suggest adds nothing for it. */
export interface UnlinkedWeak {
  code: string;
  /** "same-text": a row with the same suggested text (same fingerprint) exists, e.g. an officer removed the link. */
  reason: 'same-text' | 'no-recommendation';
  /** The row holding the same suggested text (1-based) and its id. */
  row?: number;
  id?: string;
}

/** Weak IIT/EIT questions linked by no measure row (after suggesting), each with the reason nothing is added. */
export function unlinkedWeak(
  weak: WeakQuestion[],
  rows: (Pick<MeasureRowRead, 'questions' | 'storedFingerprint' | 'id'> & { row?: number })[],
  settings: AgencySettings,
  catalogue: Catalogue,
): UnlinkedWeak[] {
  const covered = new Set(rows.flatMap((m) => m.questions));
  const period = measurePeriod(settings.planFiscalYear);
  const out: UnlinkedWeak[] = [];
  const seen = new Set<string>();
  for (const w of weak) {
    if (w.instrument === 'OIT' || covered.has(w.code) || seen.has(w.code)) continue;
    seen.add(w.code);
    const rec = recommendationForQuestion(catalogue, w.code);
    if (!rec) {
      out.push({ code: w.code, reason: 'no-recommendation' });
      continue;
    }
    const fp = measureFingerprint({
      measure: rec.measure,
      method: rec.method,
      responsible: rec.responsible,
      period,
      followUp: rec.followUp,
    });
    const same = rows.find((m) => m.storedFingerprint === fp);
    out.push(
      same
        ? { code: w.code, reason: 'same-text', row: same.row, id: same.id }
        : { code: w.code, reason: 'no-recommendation' },
    );
  }
  return out;
}

/** Thai lines explaining unlinked weak questions (empty when there are none). */
export function unlinkedWeakLines(list: UnlinkedWeak[], sheet: string): string[] {
  return list.map((u) =>
    u.reason === 'same-text'
      ? `ข้อ ${u.code} ต้องพัฒนาแต่ไม่มีมาตรการใดเชื่อมโยง: ไม่ได้เพิ่มแถวใหม่เพราะมีแถวมาตรการแนะนำข้อความเดียวกันอยู่แล้ว` +
        ` (ชีต "${sheet}"${u.row ? ` แถวที่ ${u.row}` : ''}${u.id ? ` รหัส ${u.id}` : ''}) — ใส่ ${u.code} ในคอลัมน์ "ข้อคำถามที่เกี่ยวข้อง" ของแถวนั้น หรือเพิ่มมาตรการเอง`
      : `ข้อ ${u.code} ต้องพัฒนาแต่ไม่มีมาตรการใดเชื่อมโยง และไม่มีข้อแนะนำสำเร็จรูปสำหรับข้อนี้ — เพิ่มมาตรการเองในชีต "${sheet}"`,
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
 * above the first data row), every cell formula-safe. Existing rows are never overwritten.
 */
export function measuresAppendBlock(
  existing: Pick<MeasureRowRead, 'row'>[],
  rows: (MeasureRow & { fingerprint?: string })[],
): CellBlock {
  const lastUsed = existing.length ? Math.max(...existing.map((m) => m.row)) : HEADER_ROW;
  return {
    table: 'measures',
    row: Math.max(lastUsed + 1, FIRST_DATA_ROW),
    col: 1,
    values: safeGrid(rows.map(measureRowValues)),
  };
}

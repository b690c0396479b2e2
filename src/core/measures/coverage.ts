// THE coverage rule: whether a planned measure is already in the measures table. Used by the menu's
// เสนอมาตรการ (what it adds), the sidebar (coveredBy / canAdd, and what "add one" accepts), the CLI
// (`suggestedMeasures`) and the documents — so they never disagree.
//
// A measure row covers a planned measure when
//   (a) it links what the planned measure answers: one of its questions (a row of e4 covers the e4/e5
//       measure), or — for a row that links no question — one of its OIT items or sub-indicator (OIT
//       measures), or its indicator (IIT/EIT indicator measures); or
//   (b) it holds the same measure: the same measure text, or it was suggested from it (its stored
//       fingerprint is this suggestion's, even if an officer edited the text since).
import { MeasureRow } from '../types';
import { fingerprint } from '../workbook/cells';
import { PlannedMeasure } from './plan';

/** What coverage needs of a measure row (the workbook's rows, the CLI's, the sidebar's). */
export type CoverableRow = Pick<MeasureRow, 'id' | 'measure' | 'questions' | 'indicators' | 'oitRefs'> & {
  /** The fingerprint written with a suggested row ("" or absent for rows typed by hand). */
  storedFingerprint?: string;
};

export interface Coverage<R extends CoverableRow = CoverableRow> {
  row: R;
  /** "linked": (a) above; "same-measure": (b). */
  how: 'linked' | 'same-measure';
}

/** The text whose hash marks a suggested row as untouched (and as made from one suggestion). */
export function measureFingerprint(
  m: Pick<MeasureRow, 'measure' | 'method' | 'responsible' | 'period' | 'followUp'>,
): string {
  return fingerprint([m.measure, m.method, m.responsible, m.period, m.followUp].join('\u0001'));
}

/** The row a planned measure becomes (without id), for a plan period such as "1 ต.ค.67 – 30 ก.ย.68". */
export function plannedRowText(p: PlannedMeasure, period: string) {
  const r = p.recommendation;
  return { measure: p.title, method: r.method, responsible: r.responsible, period, followUp: r.followUp };
}

const norm = (c: string) => c.trim().toLowerCase();

/** Whether a row links what a planned measure answers (rule (a)). */
export function linksPlanned(row: CoverableRow, p: PlannedMeasure): boolean {
  const questions = row.questions.map(norm).filter(Boolean);
  if (p.level === 'question' || p.questions.length) return p.questions.some((q) => questions.includes(q));
  if (questions.length) return false;
  if (p.subIndicator !== null) {
    const refs = new Set(row.oitRefs.map(norm));
    return refs.has(p.subIndicator) || p.oitRefs.some((o) => refs.has(norm(o)));
  }
  if (p.maintain) return false;
  return row.indicators.includes(p.indicator);
}

/** The row covering a planned measure, and how; null when it still has to be added. */
export function coverageOf<R extends CoverableRow>(p: PlannedMeasure, rows: R[], period: string): Coverage<R> | null {
  const linked = rows.find((r) => linksPlanned(r, p));
  if (linked) return { row: linked, how: 'linked' };
  const fp = measureFingerprint(plannedRowText(p, period));
  const same = rows.find(
    (r) => r.measure.trim() === p.title.trim() || (!!r.storedFingerprint && r.storedFingerprint === fp),
  );
  return same ? { row: same, how: 'same-measure' } : null;
}

/** The planned measures no row covers, in plan order. */
export function uncovered<R extends CoverableRow>(plan: PlannedMeasure[], rows: R[], period: string): PlannedMeasure[] {
  return plan.filter((p) => coverageOf(p, rows, period) === null);
}

// analyze(): from the scores of a year (and earlier years) to gaps, pass marks, level, changes and weak questions.
import { AnalysisOptions, AnalysisResult, INSTRUMENT_IDS, InstrumentResult, IndicatorResult, ScoreSet } from '../types';
import { DEFAULT_TARGET, catalogueForYear } from '../catalogue';
import { judgeLevel } from '../catalogue/levels';
import { msg } from './messages';
import { scoreYear } from './score-year';
import { weakQuestions } from './weak';
import { isScore } from './stats';
import { normaliseYear, round2 } from '../thai';
import { ceYearNote } from '../thai/dates';

/**
 * Pass marks and levels are judged on the score as published (2 decimals): a score printed as 85.00
 * passes a target of 85 even when its full-precision mean is 84.996. The gap keeps full precision.
 */
function published(score: number): number {
  return round2(score);
}

function line(
  score: number | null,
  target: number,
): { score: number | null; pass: boolean | null; gap: number | null } {
  if (score === null) return { score: null, pass: null, gap: null };
  return { score, pass: published(score) >= target, gap: target - score };
}

function change(now: number | null, before: number | null | undefined): number | null {
  return now !== null && isScore(before) ? now - before : null;
}

/**
 * Analyse the current year of a score set. Full precision throughout; round only when printing.
 * Throws (Thai message) on a target or threshold that is not a number.
 */
export function analyze(scores: ScoreSet, opts: AnalysisOptions = {}): AnalysisResult {
  // opts.year may be C.E. (2024): converted once here (normaliseYear throws a Thai message when out of range).
  const year = opts.year === undefined ? scores.current.year : normaliseYear(opts.year);
  const target = opts.target ?? DEFAULT_TARGET;
  const weakThreshold = opts.weakThreshold ?? target;
  if (!isScore(target)) throw new Error(`ค่าเป้าหมาย "${target}" ไม่ใช่ตัวเลข`);
  if (!isScore(weakThreshold)) throw new Error(`เกณฑ์ข้อที่ต้องปรับปรุง "${weakThreshold}" ไม่ใช่ตัวเลข`);

  const fromYear = catalogueForYear(year);
  const warning = fromYear.warning;
  const catalogue = opts.catalogue ?? fromYear.catalogue;
  const warnings: string[] = [];
  if (opts.year !== undefined && year !== opts.year) warnings.push(ceYearNote(opts.year, year));
  if (warning) warnings.push(warning);
  const now = scoreYear(scores.current, catalogue);
  warnings.push(...now.warnings);

  // The previous year: the latest history year before the current one, compared by indicator number.
  const earlier = scores.history.filter((h) => h.year < year).sort((a, b) => b.year - a.year)[0];
  const before = earlier ? scoreYear(earlier, catalogueForYear(earlier.year).catalogue) : null;
  const beforeIndicator = new Map(before?.indicators.map((i) => [i.number, i.score]) ?? []);

  const indicators: IndicatorResult[] = now.indicators.map((i) => ({
    number: i.number,
    name: i.name,
    instrument: i.instrument,
    ...line(i.score, target),
    change: change(i.score, beforeIndicator.get(i.number)),
    source: i.source,
    fromQuestions: i.fromQuestions,
    ...(i.partMeans ? { partMeans: i.partMeans } : {}),
  }));

  const instruments: InstrumentResult[] = INSTRUMENT_IDS.map((id) => ({
    id,
    name: catalogue.instrumentNames[id],
    ...line(now.instruments[id], target),
    change: change(now.instruments[id], before?.instruments[id]),
  }));

  const instrumentScores: Partial<Record<(typeof INSTRUMENT_IDS)[number], number>> = {};
  for (const id of INSTRUMENT_IDS) {
    const s = now.instruments[id];
    if (s !== null) instrumentScores[id] = published(s);
  }
  const levels = opts.levels ?? catalogue.levels;
  const judged = now.overall === null ? null : judgeLevel(levels, published(now.overall), instrumentScores);
  if (judged && judged.level === null)
    warnings.push(msg.levelUndecided(judged.undecided, judged.missing, judged.atLeast));
  const level = judged ? judged.level : null;

  return {
    year,
    framework: catalogue.framework,
    target,
    weakThreshold,
    overall: { ...line(now.overall, target), level },
    instruments,
    indicators,
    weakQuestions: weakQuestions(scores.current.questions, catalogue, weakThreshold, target),
    previousYear: earlier ? earlier.year : null,
    warnings,
  };
}

// Scores of one assessment year at every level: indicators (given or from questions), instruments, overall.
import { Catalogue, INSTRUMENT_IDS, InstrumentId, QuestionDef, YearScores } from '../types';
import { normalizeCode } from '../catalogue';
import { differs, isScore, mean } from './stats';
import { indicatorLabel, msg } from './messages';

export interface IndicatorScore {
  number: number;
  name: string;
  instrument: InstrumentId;
  score: number | null;
  source: 'given' | 'questions' | 'missing';
  fromQuestions: number | null;
  partMeans?: (number | null)[];
}

export interface YearScore {
  indicators: IndicatorScore[];
  instruments: Record<InstrumentId, number | null>;
  overall: number | null;
  warnings: string[];
}

/** Question lookup of a catalogue, built once per catalogue object. */
const questionIndexCache = new WeakMap<Catalogue, Map<string, { def: QuestionDef; order: number }>>();

export function lookupQuestion(cat: Catalogue, code: string): { def: QuestionDef; order: number } | undefined {
  const idx = questionIndex(cat);
  return idx.get(code) ?? idx.get(normalizeCode(code));
}

export function questionIndex(cat: Catalogue): Map<string, { def: QuestionDef; order: number }> {
  let idx = questionIndexCache.get(cat);
  if (!idx) {
    idx = new Map(cat.questions.map((def, order) => [def.code, { def, order }]));
    questionIndexCache.set(cat, idx);
  }
  return idx;
}

/** Part values of a question score by part index (0 or 1); null when not given. */
function partValue(scores: (number | null)[], part: number): number | null {
  const v = scores[part];
  return isScore(v) ? v : null;
}

/**
 * Score one year with its catalogue. Given figures stand; figures that can also be recomputed from the
 * level below are compared and a Thai warning is added when they differ by more than 0.01.
 */
export function scoreYear(year: YearScores, cat: Catalogue): YearScore {
  const warnings: string[] = [];
  const idx = questionIndex(cat);

  // Collect question values per code (the last entry wins when a code repeats).
  const values = new Map<string, (number | null)[]>();
  for (const q of year.questions) {
    const entry = lookupQuestion(cat, q.code);
    if (!entry) {
      warnings.push(msg.unknownQuestion(q.code, cat, year.year));
      continue;
    }
    if (entry.def.parts === 1 && q.scores.slice(1).some(isScore)) warnings.push(msg.extraPart(q.code));
    values.set(entry.def.code, q.scores);
  }

  const indicators: IndicatorScore[] = cat.indicators.map((ind) => {
    const label = indicatorLabel(ind.number, ind.name);
    const parts = Math.max(1, ...ind.questions.map((c) => idx.get(c)?.def.parts ?? 1));
    const partMeans: (number | null)[] = [];
    let got = 0;
    for (let p = 0; p < parts; p++) {
      const vals = ind.questions.map((c) => {
        const s = values.get(c);
        return s ? partValue(s, p) : null;
      });
      got += vals.filter((v) => v !== null).length;
      partMeans.push(mean(vals));
    }
    const expected = ind.questions.length * parts;
    const fromQuestions = mean(partMeans);
    const given = year.indicators[ind.number];
    const base = { number: ind.number, name: ind.name, instrument: ind.instrument, fromQuestions };
    const withParts = parts === 2 ? { partMeans } : {};

    if (isScore(given)) {
      if (fromQuestions !== null && differs(given, fromQuestions)) {
        warnings.push(msg.indicatorMismatch(label, given, fromQuestions));
      }
      return { ...base, ...withParts, score: given, source: 'given' as const };
    }
    if (fromQuestions !== null) {
      if (got < expected) warnings.push(msg.indicatorPartial(label, got, expected));
      return { ...base, ...withParts, score: fromQuestions, source: 'questions' as const };
    }
    warnings.push(msg.indicatorMissing(label));
    return { ...base, ...withParts, score: null, source: 'missing' as const };
  });

  const instruments = {} as Record<InstrumentId, number | null>;
  for (const id of INSTRUMENT_IDS) {
    const own = indicators.filter((i) => i.instrument === id);
    const missing = own.filter((i) => i.score === null).map((i) => i.number);
    const computed = missing.length === 0 && own.length > 0 ? mean(own.map((i) => i.score)) : null;
    const given = year.instruments[id];
    if (isScore(given)) {
      if (computed !== null && differs(given, computed)) warnings.push(msg.instrumentMismatch(id, given, computed));
      instruments[id] = given;
    } else {
      if (computed === null) warnings.push(msg.instrumentMissing(id, missing));
      instruments[id] = computed;
    }
  }

  const missingInstruments = INSTRUMENT_IDS.filter((id) => instruments[id] === null);
  const computedOverall =
    missingInstruments.length === 0
      ? INSTRUMENT_IDS.reduce((sum, id) => sum + cat.weights[id] * (instruments[id] as number), 0)
      : null;
  let overall: number | null;
  if (isScore(year.overall)) {
    if (computedOverall !== null && differs(year.overall, computedOverall)) {
      warnings.push(msg.overallMismatch(year.overall, computedOverall));
    }
    overall = year.overall;
  } else {
    if (computedOverall === null) warnings.push(msg.overallMissing(missingInstruments));
    overall = computedOverall;
  }

  return { indicators, instruments, overall, warnings };
}

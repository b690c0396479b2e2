// Core benchmark: analyze() on n synthetic agencies (2567 framework, question-level scores with both EIT
// parts, plus one history year). Parse-free: the ScoreSets are built directly. Run: tsx scripts/bench-core.ts
import { analyze } from '../src/core/analysis';
import { FRAMEWORK_2567 } from '../src/core/catalogue';
import { QuestionScore, ScoreSet } from '../src/core/types';

export interface CoreBenchResult {
  agencies: number;
  /** Wall-clock milliseconds spent in analyze() over all agencies. */
  ms: number;
  perAgencyMs: number;
  /** Weak question entries found in total (a checksum that the work was done). */
  weakQuestions: number;
}

/** mulberry32: a small seeded PRNG, so every run analyses the same agencies. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A survey score between 60 and 100 with 2 decimals, leaning high as real results do. */
function surveyScore(rand: () => number): number {
  return Math.round((100 - 40 * rand() * rand()) * 100) / 100;
}

export function syntheticAgency(rand: () => number): ScoreSet {
  const questions: QuestionScore[] = FRAMEWORK_2567.questions.map((q) => {
    if (q.instrument === 'OIT') return { code: q.code, scores: [rand() < 0.9 ? 100 : 0] };
    if (q.parts === 2) return { code: q.code, scores: [surveyScore(rand), surveyScore(rand)] };
    return { code: q.code, scores: [surveyScore(rand)] };
  });
  const previous: Record<number, number> = {};
  for (let n = 1; n <= 10; n++) previous[n] = surveyScore(rand);
  return {
    current: { year: 2567, overall: null, instruments: {}, indicators: {}, questions },
    history: [{ year: 2566, overall: null, instruments: {}, indicators: previous, questions: [] }],
  };
}

export function benchCore(n = 10000, seed = 2567): CoreBenchResult {
  const rand = prng(seed);
  const sets = Array.from({ length: n }, () => syntheticAgency(rand));
  let weakQuestions = 0;
  const start = performance.now();
  for (const set of sets) weakQuestions += analyze(set).weakQuestions.length;
  const ms = performance.now() - start;
  return { agencies: n, ms: Math.round(ms * 10) / 10, perAgencyMs: Math.round((ms / n) * 1e4) / 1e4, weakQuestions };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10000);
  console.log(JSON.stringify(benchCore(Number.isFinite(n) && n > 0 ? n : 10000), null, 2));
}

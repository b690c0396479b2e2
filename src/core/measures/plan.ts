// The measures a result calls for, at every level the data has, ranked by gap: THE list that the menu's
// เสนอมาตรการ, the sidebar, `ita analyze --json` and the documents all start from.
//
//   weak IIT/EIT questions            → one measure per recommendation (e4 and e5 share one)   level "question"
//   weak OIT items (item scores)      → one measure per sub-indicator group of missed items     level "item"
//   failing indicator, no weak part   → the indicator's measure; OIT: one per sub-indicator      level "indicator"
//   failing instrument, no indicators → the measures of the indicators it is made of             level "instrument"
//   only a failing overall score      → the measures of every indicator                          level "instrument"
//   nothing below the target anywhere → one short "maintain" measure per scored instrument      (maintain: true)
//
// Pure: no workbook, no coverage here (see ./coverage.ts).
import { questionsOfIndicator } from '../catalogue';
import {
  indicatorRecommendation,
  maintainRecommendation,
  oitGroupRecommendation,
  recommendationForQuestion,
} from '../recommendations';
import { AnalysisResult, Catalogue, INSTRUMENT_IDS, InstrumentId, Recommendation, WeakQuestion } from '../types';
import type { GapMark } from '../thai/gap-words';

export type MeasureLevel = 'question' | 'indicator' | 'instrument' | 'item';

export interface PlannedMeasure {
  /** Stable and unique within a plan: "q:e4,e5", "item:9.2", "sub:9.2", "ind:7", "keep:OIT". */
  key: string;
  level: MeasureLevel;
  /** A "maintain" measure of a passing result (nothing below the target at any level). */
  maintain: boolean;
  /** The measure (มาตรการ), and its recommendation (problem, method, responsible, follow-up, refs). */
  title: string;
  recommendation: Recommendation;
  /** The indicator it answers first (its largest gap), and every indicator it answers. */
  indicator: number;
  indicators: number[];
  /** Weak IIT/EIT question codes it answers (level "question"), catalogue order. */
  questions: string[];
  /** OIT items or sub-indicators it refers to; for OIT measures, the items concerned. */
  oitRefs: string[];
  /** The OIT sub-indicator of an OIT measure ("9.2"). */
  subIndicator: string | null;
  /** target − score of what it answers (question, indicator, instrument or overall); negative = above. */
  gap: number;
  /** Why it is suggested (Thai, Arabic digits: documents convert them). */
  reason: string;
  /** The weak question parts it answers (level "question") or the weak OIT items (level "item"). */
  weak: WeakQuestion[];
}

/**
 * The distance a planned measure shows people, and from which mark: questions and OIT items from the
 * weak-question threshold (their worst part's threshold − score), everything else from the target
 * (`gap`). `gap` itself stays target − score so that measures of every level sort together.
 */
export function shownGap(p: PlannedMeasure): { value: number; mark: GapMark } {
  if ((p.level === 'question' || p.level === 'item') && p.weak.length)
    return { value: Math.max(...p.weak.map((w) => w.belowThreshold)), mark: 'เกณฑ์' };
  return { value: p.gap, mark: 'เป้าหมาย' };
}

const two = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/** What the analysed data holds: question scores, indicator scores, instrument scores, an overall score. */
export interface DataLevels {
  questions: boolean;
  indicators: boolean;
  instruments: boolean;
  overall: boolean;
}

/**
 * Which levels of scores the result was given (or computed from what was given). Question scores exist
 * when some indicator was computed from, or compared with, question scores.
 */
export function dataLevels(result: AnalysisResult): DataLevels {
  return {
    questions: result.indicators.some((i) => i.fromQuestions !== null) || result.weakQuestions.length > 0,
    indicators: result.indicators.some((i) => i.score !== null),
    instruments: result.instruments.some((i) => i.score !== null),
    overall: result.overall.score !== null,
  };
}

/** "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล" */
function indicatorLabel(cat: Catalogue, n: number): string {
  const name = cat.indicators.find((i) => i.number === n)?.name ?? '';
  return `ตัวชี้วัดที่ ${n}${name ? ` ${name}` : ''}`;
}

function partText(w: WeakQuestion): string {
  return w.part === null ? '' : ` ส่วนที่ ${w.part}`;
}

/**
 * The planned measures of an analysed result, largest gap first (ties: indicator number, then catalogue
 * order), one per issue area, never two with the same key or the same measure text.
 */
export function planMeasures(result: AnalysisResult, cat: Catalogue): PlannedMeasure[] {
  const target = result.target;
  const out: PlannedMeasure[] = [];
  const order = new Map(cat.questions.map((q, i) => [q.code, i]));
  const subOrder = new Map(cat.subIndicators.map((s, i) => [s.id, i]));
  const rank = new Map<string, number>();

  const push = (p: PlannedMeasure, at: number) => {
    if (out.some((o) => o.key === p.key || o.title.trim() === p.title.trim())) return;
    rank.set(p.key, at);
    out.push(p);
  };

  // 1. Weak IIT/EIT questions, grouped by the recommendation that answers them.
  const groups = new Map<string, { rec: Recommendation; weak: WeakQuestion[] }>();
  for (const w of result.weakQuestions) {
    if (w.instrument === 'OIT') continue;
    const rec = recommendationForQuestion(cat, w.code);
    if (!rec) continue;
    const key = rec.questions.join(',');
    const g = groups.get(key) ?? { rec, weak: [] };
    g.weak.push(w);
    groups.set(key, g);
  }
  for (const { rec, weak } of groups.values()) {
    const codes = [...new Set(weak.map((w) => w.code))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const worst = [...weak].sort((a, b) => b.gap - a.gap)[0];
    const threshold = result.weakThreshold;
    push(
      {
        key: `q:${codes.join(',')}`,
        level: 'question',
        maintain: false,
        title: rec.measure,
        recommendation: { ...rec, questions: codes },
        indicator: worst.indicator,
        indicators: [...new Set(weak.map((w) => w.indicator))].sort((a, b) => a - b),
        questions: codes,
        oitRefs: [...rec.oitRefs],
        subIndicator: null,
        gap: worst.gap,
        reason:
          weak.map((w) => `ข้อ ${w.code}${partText(w)} ได้ ${two(w.score)} คะแนน`).join(' ') +
          ` ต่ำกว่าเกณฑ์ ${num(threshold)} คะแนน`,
        weak,
      },
      order.get(codes[0]) ?? 0,
    );
  }

  // 2. Weak OIT items (item-level input): one measure per sub-indicator group of missed items.
  const missed = new Map<string, WeakQuestion[]>();
  for (const w of result.weakQuestions) {
    if (w.instrument !== 'OIT') continue;
    const sub = cat.questions.find((q) => q.code === w.code)?.subIndicator;
    if (!sub) continue;
    missed.set(sub, [...(missed.get(sub) ?? []), w]);
  }
  for (const [sub, weak] of missed) {
    const items = cat.subIndicators.find((s) => s.id === sub)?.items.filter((i) => weak.some((w) => w.code === i));
    const rec = oitGroupRecommendation(cat, sub, items);
    if (!rec) continue;
    const worst = [...weak].sort((a, b) => b.gap - a.gap)[0];
    push(
      {
        key: `item:${sub}`,
        level: 'item',
        maintain: false,
        title: rec.measure,
        recommendation: rec,
        indicator: worst.indicator,
        indicators: [worst.indicator],
        questions: [],
        oitRefs: [...rec.oitRefs],
        subIndicator: sub,
        gap: worst.gap,
        reason: `ข้อ OIT ของตัวชี้วัดย่อยที่ ${sub} ที่ยังไม่ผ่านเกณฑ์: ${rec.oitRefs.join(', ')}`,
        weak,
      },
      1000 + (subOrder.get(sub) ?? 0),
    );
  }

  // 3–5. Indicators with nothing below them answered yet: the indicator's own measures.
  const answered = () => new Set(out.flatMap((p) => p.indicators));
  const indicatorMeasures = (
    n: number,
    level: 'indicator' | 'instrument',
    gap: number,
    why: string,
  ): PlannedMeasure[] => {
    const def = cat.indicators.find((i) => i.number === n);
    if (!def) return [];
    const base = { level, maintain: false, indicator: n, indicators: [n], questions: [], gap, weak: [] };
    if (def.instrument === 'OIT') {
      return cat.subIndicators
        .filter((s) => s.indicator === n)
        .flatMap((s) => {
          const rec = oitGroupRecommendation(cat, s.id);
          return rec
            ? [
                {
                  ...base,
                  key: `sub:${s.id}`,
                  title: rec.measure,
                  recommendation: rec,
                  oitRefs: [...rec.oitRefs],
                  subIndicator: s.id,
                  reason: `${why} จึงเสนอมาตรการตามตัวชี้วัดย่อยที่ ${s.id} ${s.name}`,
                },
              ]
            : [];
        });
    }
    const rec = indicatorRecommendation(cat, n);
    if (!rec) return [];
    return [
      {
        ...base,
        key: `ind:${n}`,
        title: rec.measure,
        recommendation: rec,
        oitRefs: [...rec.oitRefs],
        subIndicator: null,
        reason: `${why} จึงเสนอมาตรการของ${indicatorLabel(cat, n)}`,
      },
    ];
  };
  const addIndicator = (n: number, level: 'indicator' | 'instrument', gap: number, why: string) => {
    const firstCode = questionsOfIndicator(cat, n)[0]?.code;
    indicatorMeasures(n, level, gap, why).forEach((p, k) =>
      push(p, 2000 + n * 100 + (p.subIndicator ? (subOrder.get(p.subIndicator) ?? k) : (order.get(firstCode) ?? k))),
    );
  };

  // 3. A failing indicator that no question or item measure answers.
  const done = answered();
  for (const i of result.indicators) {
    if (i.pass !== false || i.gap === null || done.has(i.number)) continue;
    const noScores = i.fromQuestions === null ? ' (ไม่มีคะแนนรายข้อ)' : '';
    addIndicator(
      i.number,
      'indicator',
      i.gap,
      `${indicatorLabel(cat, i.number)} ได้ ${two(i.score!)} คะแนน ต่ำกว่าค่าเป้าหมาย ${num(target)} คะแนน${noScores}`,
    );
  }

  // 4. A failing instrument none of whose indicators has a measure yet (typically: no indicator scores).
  const byInstrument = (id: InstrumentId) => cat.indicators.filter((d) => d.instrument === id).map((d) => d.number);
  for (const ins of result.instruments) {
    if (ins.pass !== false || ins.gap === null) continue;
    const numbers = byInstrument(ins.id);
    const now = answered();
    if (numbers.some((n) => now.has(n))) continue;
    const scored = result.indicators.filter((i) => numbers.includes(i.number) && i.score !== null);
    const targets = scored.length ? scored.sort((a, b) => a.score! - b.score!).map((i) => i.number) : numbers;
    for (const n of targets) {
      addIndicator(
        n,
        'instrument',
        ins.gap,
        `แบบวัด ${ins.id} ได้ ${two(ins.score!)} คะแนน ต่ำกว่าค่าเป้าหมาย ${num(target)} คะแนน` +
          (scored.length ? '' : ' (ไม่มีคะแนนรายตัวชี้วัด)'),
      );
    }
  }

  // 5. Only a failing overall score: every indicator's measure.
  const o = result.overall;
  if (o.pass === false && o.gap !== null && !result.instruments.some((i) => i.score !== null) && !out.length) {
    for (const d of cat.indicators) {
      addIndicator(
        d.number,
        'instrument',
        o.gap,
        `คะแนนรวม ${two(o.score!)} คะแนน ต่ำกว่าค่าเป้าหมาย ${num(target)} คะแนน (ไม่มีคะแนนรายแบบวัดและรายตัวชี้วัด)`,
      );
    }
  }

  out.sort((a, b) => b.gap - a.gap || a.indicator - b.indicator || (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
  if (out.length || !nothingBelow(result)) return out;

  // 6. Nothing below the target at any level: a short plan that keeps the result.
  const keep: PlannedMeasure[] = [];
  for (const id of INSTRUMENT_IDS) {
    const ins = result.instruments.find((i) => i.id === id);
    if (!ins || ins.score === null) continue;
    const rec = maintainRecommendation(id);
    keep.push({
      key: `keep:${id}`,
      level: 'instrument',
      maintain: true,
      title: rec.measure,
      recommendation: rec,
      indicator: byInstrument(id)[0],
      indicators: byInstrument(id),
      questions: [],
      oitRefs: [],
      subIndicator: null,
      gap: ins.gap ?? 0,
      reason: `แบบวัด ${id} ได้ ${two(ins.score)} คะแนน ไม่ต่ำกว่าค่าเป้าหมาย ${num(target)} คะแนน จึงเสนอมาตรการรักษามาตรฐาน`,
      weak: [],
    });
  }
  return keep.sort((a, b) => b.gap - a.gap);
}

/** True when nothing at any level (overall, instrument, indicator, question) is below the target or threshold. */
export function nothingBelow(result: AnalysisResult): boolean {
  return (
    result.overall.pass !== false &&
    result.instruments.every((i) => i.pass !== false) &&
    result.indicators.every((i) => i.pass !== false && !partBelow(i.partMeans, result.target)) &&
    result.weakQuestions.length === 0
  );
}

/** A part mean of a two-part EIT indicator below the target (an EIT with part 2 below it has not "all passed"). */
export function partBelow(partMeans: (number | null)[] | undefined, target: number): boolean {
  return (partMeans ?? []).some((m) => typeof m === 'number' && Math.round(m * 100) / 100 < target);
}

// Weak questions: every question (or, for two-part EIT, every part) scored below the threshold.
import { Catalogue, QuestionScore, WeakQuestion } from '../types';
import { oitRefsForQuestion } from '../recommendations';
import { lookupQuestion } from './score-year';
import { isScore } from './stats';

/** oitRefsForQuestion() copies its data on every call; the references are static, so look each up once. */
const refsCache = new WeakMap<Catalogue, Map<string, string[]>>();

function oitRefs(cat: Catalogue, code: string): string[] {
  let byCode = refsCache.get(cat);
  if (!byCode) refsCache.set(cat, (byCode = new Map()));
  let refs = byCode.get(code);
  if (!refs) byCode.set(code, (refs = oitRefsForQuestion(cat, code)));
  return [...refs];
}

/**
 * One entry per weak question part, sorted by gap (target − score)
 * descending, ties by catalogue order, then part.
 */
export function weakQuestions(
  questions: QuestionScore[],
  cat: Catalogue,
  threshold: number,
  target: number,
): WeakQuestion[] {
  const found: { q: WeakQuestion; order: number }[] = [];
  const seen = new Set<string>();
  // The last entry of a repeated code wins, as in scoring.
  for (let k = questions.length - 1; k >= 0; k--) {
    const qs = questions[k];
    const entry = lookupQuestion(cat, qs.code);
    if (!entry || seen.has(entry.def.code)) continue;
    seen.add(entry.def.code);
    const { def, order } = entry;
    for (let p = 0; p < def.parts; p++) {
      const score = qs.scores[p];
      if (!isScore(score) || score >= threshold) continue;
      found.push({
        order: order * 2 + p,
        q: {
          code: def.code,
          part: def.parts === 2 ? ((p + 1) as 1 | 2) : null,
          score,
          gap: target - score,
          belowThreshold: threshold - score,
          indicator: def.indicator,
          instrument: def.instrument,
          text: def.text,
          oitRefs: oitRefs(cat, def.code),
        },
      });
    }
  }
  found.sort((a, b) => b.q.gap - a.q.gap || a.order - b.order);
  return found.map((f) => f.q);
}

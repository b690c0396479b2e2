// Suggested measures per weak question, by framework.
import { normalizeCode } from '../catalogue/codes';
import { Catalogue, Recommendation } from '../types';
import { RECOMMENDATIONS_2567 } from './recommendations-2567';

export { RECOMMENDATIONS_2567 };

/**
 * 2561–2566 fallback: the real question texts of that framework are not known, so each IIT/EIT
 * indicator gets one recommendation covering all its questions, reusing the text of the 2567
 * recommendation for the same concern, with OIT references into the 2564 item list. Confidence L.
 */
const FALLBACK_2561: { indicator: number; from: string; oitRefs: string[] }[] = [
  { indicator: 1, from: 'i1', oitRefs: ['o13', 'o14'] },
  { indicator: 2, from: 'i4', oitRefs: ['o18', 'o19', 'o20'] },
  { indicator: 3, from: 'i9', oitRefs: ['o25', 'o26', 'o27', 'o28'] },
  { indicator: 4, from: 'i11', oitRefs: ['o13'] },
  { indicator: 5, from: 'i14', oitRefs: ['o36', 'o37', 'o39', 'o41'] },
  { indicator: 6, from: 'e1', oitRefs: ['o13', 'o14'] },
  { indicator: 7, from: 'e4', oitRefs: ['9.1', '9.2', '9.3'] },
  { indicator: 8, from: 'e7', oitRefs: ['o32', 'o33'] },
];

function copy(r: Recommendation): Recommendation {
  return { ...r, questions: [...r.questions], oitRefs: [...r.oitRefs] };
}

function fallback2561(cat: Catalogue): Recommendation[] {
  const out: Recommendation[] = [];
  for (const f of FALLBACK_2561) {
    const base = RECOMMENDATIONS_2567.find((r) => r.questions.includes(f.from));
    const indicator = cat.indicators.find((i) => i.number === f.indicator);
    if (!base || !indicator) continue;
    out.push({ ...copy(base), questions: [...indicator.questions], oitRefs: [...f.oitRefs], confidence: 'L' });
  }
  return out;
}

/**
 * Recommendations of a catalogue, fresh copies (callers may edit them). 2567–2570: one per IIT/EIT
 * question (e4 and e5 share one). 2561–2566: one per IIT/EIT indicator (see FALLBACK_2561).
 * Unknown catalogues: [].
 */
export function recommendationsFor(cat: Catalogue): Recommendation[] {
  if (cat.id === '2567-2570') return RECOMMENDATIONS_2567.map(copy);
  if (cat.id === '2561-2566') return fallback2561(cat);
  return [];
}

/** The recommendation covering a question code (case-insensitive), or null (e.g. OIT items). */
export function recommendationForQuestion(cat: Catalogue, code: string): Recommendation | null {
  const c = normalizeCode(code);
  return recommendationsFor(cat).find((r) => r.questions.includes(c)) ?? null;
}

/** OIT items / sub-indicators a question's recommendation refers to; [] when there is none. */
export function oitRefsForQuestion(cat: Catalogue, code: string): string[] {
  return recommendationForQuestion(cat, code)?.oitRefs ?? [];
}

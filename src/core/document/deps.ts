// What the builders look up outside the document module: the catalogue, question texts and the
// recommendations. Kept in one place so the builders stay small.

import type { Catalogue, Recommendation } from '../types';
import { catalogueById, catalogueForYear, findQuestion, normalizeCode } from '../catalogue';
import { RECOMMENDATIONS_2567 } from '../recommendations/recommendations-2567';
import type { DocInput } from './model';

export interface Lookups {
  catalogue: Catalogue;
  /** Question text or OIT item title; "" when unknown. */
  questionText(code: string): string;
  recommend(code: string): Recommendation | null;
}

const RECOMMENDATIONS_BY_CATALOGUE: Record<string, Recommendation[]> = { '2567-2570': RECOMMENDATIONS_2567 };

function defaultRecommend(cat: Catalogue): (code: string) => Recommendation | null {
  const list = RECOMMENDATIONS_BY_CATALOGUE[cat.id] ?? [];
  return (code) => {
    const c = normalizeCode(code);
    return list.find((r) => r.questions.includes(c)) ?? null;
  };
}

export function lookups(input: DocInput): Lookups {
  const catalogue =
    input.catalogue ??
    catalogueById(input.analysis.framework) ??
    catalogueForYear(input.settings.assessmentYear || input.analysis.year).catalogue;
  return {
    catalogue,
    questionText: (code) => findQuestion(catalogue, code)?.text ?? '',
    recommend: input.recommend ?? defaultRecommend(catalogue),
  };
}

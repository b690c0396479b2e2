// What the builders look up outside the document module: the catalogue, question texts and the
// recommendations. Kept in one place so the builders stay small.

import type { Catalogue, Recommendation } from '../types';
import { catalogueForYear, findQuestion, measuresItemsOf, normalizeCode, type MeasuresItems } from '../catalogue';
import { recommendationForQuestion } from '../recommendations';
import type { DocInput } from './model';
import { PLACEHOLDER_QUESTION_TEXTS } from '../catalogue/framework-2561';

/** A question text fit to publish: "" for the placeholder texts of the 2561–2566 catalogue. */
export function publishableText(text: string): string {
  return PLACEHOLDER_QUESTION_TEXTS.has(text) ? '' : text;
}

export interface Lookups {
  catalogue: Catalogue;
  /** Question text or OIT item title; "" when unknown. */
  questionText(code: string): string;
  recommend(code: string): Recommendation | null;
  /** The year's measures and results items (the officer's typed codes in ตั้งค่า first); code null = not known. */
  items: MeasuresItems;
}

/**
 * The recommendations module's answer for a question of this catalogue (2567–2570 per question,
 * 2561–2566 per indicator). One object per recommendation and catalogue, so questions sharing a
 * recommendation (e4, e5) get the same object and the measures plan can group them.
 */
function defaultRecommend(cat: Catalogue): (code: string) => Recommendation | null {
  const cache = new Map<string, Recommendation>();
  return (code) => {
    const rec = recommendationForQuestion(cat, normalizeCode(code));
    if (!rec) return null;
    const key = rec.questions.join(',');
    if (!cache.has(key)) cache.set(key, rec);
    return cache.get(key)!;
  };
}

export function lookups(input: DocInput): Lookups {
  const catalogue = input.catalogue ?? catalogueForYear(input.analysis.year || input.settings.assessmentYear).catalogue;
  return {
    catalogue,
    questionText: (code) => publishableText(findQuestion(catalogue, code)?.text ?? ''),
    recommend: input.recommend ?? defaultRecommend(catalogue),
    items: measuresItemsOf(catalogue, { plan: input.settings.measuresItem, report: input.settings.resultsItem }),
  };
}

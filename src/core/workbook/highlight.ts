// Planner: highlight weak questions and fill the flag columns; highlights that no longer apply go away.
import { AnalysisResult, Catalogue } from '../types';
import { catalogueForYear, normalizeCode, findQuestion } from '../catalogue';
import { recommendationForQuestion } from '../recommendations';
import { round2 } from '../thai/numbers';
import { cellText, readInteger } from './cells';
import { COLORS, FIRST_DATA_ROW, colIndex } from './layouts';

export interface HighlightPlan {
  /** First 1-based column of `flags` (the "ต้องพัฒนา" column); rows start at FIRST_DATA_ROW. */
  flagCol: number;
  flags: (string | number)[][];
  /** First 1-based column of `backgrounds` (score part 1). */
  scoreCol: number;
  backgrounds: string[][];
  /** Number of weak question parts highlighted. */
  weakCount: number;
}

const instrumentsHighlighted = new Set(['IIT', 'EIT']);

/** Catalogue of a row's year, or null when the year is outside the accepted range. */
function catalogueOf(year: number | null, cache: Map<number, Catalogue | null>): Catalogue | null {
  if (year === null) return null;
  if (!cache.has(year)) {
    try {
      cache.set(year, catalogueForYear(year).catalogue);
    } catch {
      cache.set(year, null);
    }
  }
  return cache.get(year) ?? null;
}

/**
 * `values` = getValues of the question table (header first). Weak IIT and EIT questions (per part) of
 * the analysed year get the weak colour on their score cell and the flag columns; every other row gets
 * its input colours back and blank flags.
 */
export function highlightPlan(
  values: unknown[][],
  analysis: AnalysisResult,
  analysisCatalogue: Catalogue,
): HighlightPlan {
  const iYear = colIndex('questionScores', 'year');
  const iCode = colIndex('questionScores', 'code');
  const weak = new Map<string, { parts: number[]; gap: number; oitRefs: string[] }>();
  for (const w of analysis.weakQuestions) {
    if (!instrumentsHighlighted.has(w.instrument)) continue;
    const e = weak.get(w.code) ?? { parts: [], gap: 0, oitRefs: w.oitRefs };
    e.parts.push(w.part ?? 1);
    e.gap = Math.max(e.gap, w.belowThreshold);
    weak.set(w.code, e);
  }
  const flags: (string | number)[][] = [];
  const backgrounds: string[][] = [];
  const cache = new Map<number, Catalogue | null>();
  let weakCount = 0;
  for (let i = FIRST_DATA_ROW - 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    const y = readInteger(cells[iYear]);
    const year = y.ok ? y.value : null;
    const code = normalizeCode(cellText(cells[iCode]));
    const cat = catalogueOf(year, cache);
    const def = cat && code ? findQuestion(cat, code) : undefined;
    const twoPart = def?.parts === 2;
    const bg: string[] = [COLORS.input, twoPart ? COLORS.input : COLORS.computed];
    const w = year === analysis.year ? weak.get(code) : undefined;
    if (w) {
      for (const p of w.parts) bg[p - 1] = COLORS.weak;
      weakCount += w.parts.length;
      const rec = recommendationForQuestion(analysisCatalogue, code);
      const partText = twoPart ? ` (ส่วนที่ ${w.parts.sort().join(', ')})` : '';
      flags.push([`ต้องพัฒนา${partText}`, round2(w.gap), w.oitRefs.join(', '), rec ? rec.measure : '']);
    } else {
      flags.push(['', '', '', '']);
    }
    backgrounds.push(bg);
  }
  return {
    flagCol: colIndex('questionScores', 'flag') + 1,
    flags,
    scoreCol: colIndex('questionScores', 'score1') + 1,
    backgrounds,
    weakCount,
  };
}

/**
 * The backgrounds to write over the score cells: the plan's, except where the cell holds a colour the
 * add-on never sets (an officer's own marking), which is kept. Case-insensitive hex.
 */
export function keepOfficerBackgrounds(planned: string[][], current: string[][]): string[][] {
  const ours = new Set([COLORS.input, COLORS.computed, COLORS.weak, '#ffffff'].map((c) => c.toLowerCase()));
  return planned.map((row, i) =>
    row.map((bg, j) => {
      const now = current[i]?.[j];
      return now && !ours.has(now.toLowerCase()) ? now : bg;
    }),
  );
}

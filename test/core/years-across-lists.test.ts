// Year over year by indicator across the breaks of the OIT list (2566 → 2567 → 2569): question and item
// numbers differ, indicators 1–10 do not, so the change is computed by indicator.
import { analyze } from '../../src/core/analysis';
import type { YearScores } from '../../src/core/types';

const year = (y: number, base: number, questions: YearScores['questions'] = []): YearScores => ({
  year: y,
  overall: null,
  instruments: {},
  indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 1, base + i])),
  questions,
});

describe('change by indicator across OIT list breaks', () => {
  it('2569 against 2567, with 2566 further back', () => {
    const r = analyze({
      current: year(2569, 80, [{ code: 'o25', scores: [100] }]),
      history: [year(2567, 78, [{ code: 'o34', scores: [0] }]), year(2566, 70, [{ code: 'o42', scores: [50] }])],
    });
    expect(r.previousYear).toBe(2567);
    expect(r.indicators.map((i) => i.change)).toEqual(Array(10).fill(2));
    // The 2567 row "o34" is read with the 2567 list, not refused as a 2569 code.
    expect(r.warnings.join('\n')).not.toContain('o34');
  });

  it('2567 against 2566 (2561–2566 framework)', () => {
    const r = analyze({ current: year(2567, 80), history: [year(2566, 75)] });
    expect(r.previousYear).toBe(2566);
    expect(r.indicators.every((i) => i.change === 5)).toBe(true);
  });
});

import { benchCore, prng, syntheticAgency } from '../../scripts/bench-core';
import { analyze } from '../../src/core/analysis';

describe('core benchmark (no timing assertions)', () => {
  it('builds deterministic synthetic 2567 agencies with both EIT parts and a history year', () => {
    const a = syntheticAgency(prng(7));
    const b = syntheticAgency(prng(7));
    expect(a).toEqual(b);
    expect(a.current.questions.filter((q) => q.code.startsWith('e')).every((q) => q.scores.length === 2)).toBe(true);
    expect(a.history.map((h) => h.year)).toEqual([2566]);
    const r = analyze(a);
    expect(r.overall.score).not.toBeNull();
    expect(r.indicators.every((i) => i.source === 'questions' && i.change !== null)).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('runs analyze on every agency and reports the counts', () => {
    const r = benchCore(40);
    expect(r.agencies).toBe(40);
    expect(r.weakQuestions).toBeGreaterThan(0);
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect(r.perAgencyMs).toBeGreaterThanOrEqual(0);
    expect(benchCore(40).weakQuestions).toBe(r.weakQuestions);
  });
});

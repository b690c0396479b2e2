import { benchCore, prng, syntheticAgency } from '../../scripts/bench-core';
import { analyze } from '../../src/core/analysis';

describe('core benchmark', () => {
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

  it('runs analyze on every agency: its counts are those of analyze, its times consistent', () => {
    const r = benchCore(40, 11);
    const rand = prng(11);
    const expected = Array.from({ length: 40 }, () => analyze(syntheticAgency(rand)).weakQuestions.length);
    expect(r.agencies).toBe(40);
    expect(r.weakQuestions).toBe(expected.reduce((a, b) => a + b, 0));
    expect(r.weakQuestions).toBeGreaterThan(0);
    // ms is the whole loop, perAgencyMs its share per agency (both rounded for printing).
    expect(r.ms).toBeGreaterThan(0);
    expect(Math.abs(r.perAgencyMs * 40 - r.ms)).toBeLessThanOrEqual(0.1);
    // A loose budget that only a real regression breaks (about 1 ms per agency on this machine).
    expect(r.perAgencyMs).toBeLessThan(250);
  });
});

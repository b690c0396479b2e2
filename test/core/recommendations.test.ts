import { FRAMEWORK_2561, FRAMEWORK_2567, isOitRef, range } from '../../src/core/catalogue';
import { oitRefsForQuestion, recommendationForQuestion, recommendationsFor } from '../../src/core/recommendations';
import { Catalogue } from '../../src/core/types';

const surveyCodes = (cat: Catalogue) => cat.questions.filter((q) => q.instrument !== 'OIT').map((q) => q.code);

describe('2567 recommendations', () => {
  const cat = FRAMEWORK_2567;
  const recs = recommendationsFor(cat);

  it('cover every IIT/EIT question exactly once', () => {
    const covered = recs.flatMap((r) => r.questions);
    expect([...covered].sort()).toEqual([...range('i', 1, 15), ...range('e', 1, 9)].sort());
    expect(new Set(covered).size).toBe(covered.length);
  });

  it.each([...range('i', 1, 15), ...range('e', 1, 9)])('%s has a recommendation with every field filled', (code) => {
    const r = recommendationForQuestion(cat, code)!;
    expect(r).not.toBeNull();
    for (const field of ['problem', 'measure', 'method', 'responsible', 'followUp'] as const) {
      expect(r[field].trim().length).toBeGreaterThan(5);
    }
    expect(r.oitRefs.length).toBeGreaterThan(0);
    expect(r.method).toMatch(/^1\. /);
    expect(r.method).not.toMatch(/[๐-๙]/);
  });

  it('refer only to OIT items and sub-indicators of the catalogue, and to questions it has', () => {
    for (const r of recs) {
      for (const ref of r.oitRefs) expect(isOitRef(cat, ref)).toBe(true);
      for (const q of r.questions) expect(surveyCodes(cat)).toContain(q);
    }
  });

  it('follow the reference mapping of OIT items', () => {
    expect(oitRefsForQuestion(cat, 'e1')).toEqual(['o10', 'o11']);
    expect(oitRefsForQuestion(cat, 'e2')).toEqual(['o13', 'o10', 'o11']);
    expect(oitRefsForQuestion(cat, 'e4')).toEqual(['9.1', '9.2', '9.3']);
    expect(oitRefsForQuestion(cat, 'E5')).toEqual(['9.1', '9.2', '9.3']);
    expect(oitRefsForQuestion(cat, 'e6')).toEqual(['o6']);
    expect(oitRefsForQuestion(cat, 'e7')).toEqual(['o25']);
    expect(oitRefsForQuestion(cat, 'e8')).toEqual(['o25', 'o6']);
    expect(recommendationForQuestion(cat, 'e4')).toEqual(recommendationForQuestion(cat, 'e5'));
  });

  it('mark seed-supported rows H and inferred rows L', () => {
    for (const code of ['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8']) {
      expect(recommendationForQuestion(cat, code)!.confidence).toBe('H');
    }
    for (const code of [...range('i', 1, 15), 'e3', 'e9']) {
      expect(recommendationForQuestion(cat, code)!.confidence).toBe('L');
    }
  });

  it('phrase the EIT problems from the service users’ side', () => {
    for (const code of range('e', 1, 9)) {
      expect(recommendationForQuestion(cat, code)!.problem).toMatch(/^มีผู้รับบริการบางราย/);
    }
  });

  it('return nothing for OIT items and unknown codes', () => {
    expect(recommendationForQuestion(cat, 'o34')).toBeNull();
    expect(recommendationForQuestion(cat, 'i99')).toBeNull();
    expect(oitRefsForQuestion(cat, 'o34')).toEqual([]);
  });

  it('hand out copies that callers may edit', () => {
    const r = recommendationsFor(cat)[0];
    r.oitRefs.push('o99');
    r.measure = 'แก้ไข';
    expect(recommendationsFor(cat)[0].oitRefs).not.toContain('o99');
    expect(recommendationsFor(cat)[0].measure).not.toBe('แก้ไข');
  });
});

describe('2561 fallback recommendations', () => {
  const cat = FRAMEWORK_2561;
  const recs = recommendationsFor(cat);

  it('give one recommendation per IIT/EIT indicator covering all its questions', () => {
    expect(recs).toHaveLength(8);
    expect([...recs.flatMap((r) => r.questions)].sort()).toEqual([...surveyCodes(cat)].sort());
    expect(recommendationForQuestion(cat, 'i12')!.questions).toEqual(range('i', 7, 12));
    expect(recommendationForQuestion(cat, 'e15')!.questions).toEqual(range('e', 11, 15));
  });

  it('refer to the 2564 OIT list and are marked L', () => {
    for (const r of recs) {
      expect(r.confidence).toBe('L');
      expect(r.oitRefs.length).toBeGreaterThan(0);
      for (const ref of r.oitRefs) expect(isOitRef(cat, ref)).toBe(true);
    }
  });

  it('return [] for an unknown catalogue', () => {
    expect(recommendationsFor({ ...cat, id: '2571-2574' })).toEqual([]);
  });
});

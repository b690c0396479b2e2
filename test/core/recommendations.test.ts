import {
  CATALOGUE_2568,
  CATALOGUE_2569,
  FRAMEWORK_2561,
  FRAMEWORK_2567,
  catalogueForYear,
  isOitRef,
  range,
  themesFor,
} from '../../src/core/catalogue';
import * as topics from '../../src/core/catalogue/topics';
import {
  OIT_ADVICE,
  oitRefsForQuestion,
  RECOMMENDATIONS_2567,
  recommendationForQuestion,
  recommendationsFor,
} from '../../src/core/recommendations';
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
    const e4 = recommendationForQuestion(cat, 'e4')!;
    e4.questions.push('e9');
    e4.oitTopics!.push('eservice');
    expect(recommendationForQuestion(cat, 'e4')!.questions).toEqual(['e4', 'e5']);
    expect(recommendationForQuestion(cat, 'e4')!.oitTopics).not.toContain('eservice');
  });

  it('resolve the OIT topics once per catalogue, not at every lookup (a document looks up every row)', () => {
    const fresh: Catalogue = { ...cat }; // a catalogue object nothing was resolved for yet
    const resolve = jest.spyOn(topics, 'oitRefsForTopics');
    try {
      for (let i = 0; i < 50; i++) recommendationForQuestion(fresh, i % 2 ? 'e1' : 'i3');
      recommendationsFor(fresh);
      expect(resolve).toHaveBeenCalledTimes(RECOMMENDATIONS_2567.length);
    } finally {
      resolve.mockRestore();
    }
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
    expect(recommendationsFor({ ...cat, id: '2571-2574', framework: '2571-2574' })).toEqual([]);
  });
});

describe('recommendations by meaning, resolved per year', () => {
  const years = range('y', 2561, 2570).map((y) => Number(y.slice(1)));

  it.each(years)('%i: every recommendation and theme names only OIT items and sub-indicators of that year', (year) => {
    const cat = catalogueForYear(year).catalogue;
    const recs = recommendationsFor(cat);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      for (const ref of r.oitRefs) expect(`${year} ${ref}: ${isOitRef(cat, ref)}`).toBe(`${year} ${ref}: true`);
      for (const q of r.questions) expect(surveyCodes(cat)).toContain(q);
    }
    for (const t of themesFor(cat)) for (const o of t.oitItems) expect(isOitRef(cat, o)).toBe(true);
  });

  it('2569 cites its own numbers: E-Service o10, manuals o8/o9, participation o19, measures o25', () => {
    const cat = CATALOGUE_2569;
    expect(oitRefsForQuestion(cat, 'e2')).toEqual(['o10', 'o8', 'o9']);
    expect(oitRefsForQuestion(cat, 'e7')).toEqual(['o19']);
    expect(oitRefsForQuestion(cat, 'e8')).toEqual(['o19', 'o3']);
    expect(oitRefsForQuestion(cat, 'i13')).toEqual(['o20', 'o23', 'o25']);
    const max = Math.max(...recommendationsFor(cat).flatMap((r) => r.oitRefs.map((c) => Number(c.slice(1)))));
    expect(max).toBeLessThanOrEqual(26);
  });

  it('2568 leaves out what its list lacks (the measures item) instead of borrowing a number', () => {
    expect(oitRefsForQuestion(CATALOGUE_2568, 'i13')).toEqual(['o21', 'o25']);
    expect(oitRefsForQuestion(CATALOGUE_2568, 'e2')).toEqual(['o10', 'o8', 'o9']);
  });

  it('2567 keeps the numbers of the reference mapping', () => {
    expect(oitRefsForQuestion(FRAMEWORK_2567, 'i13')).toEqual(['o26', 'o27', 'o32', 'o34']);
    expect(oitRefsForQuestion(FRAMEWORK_2567, 'i14')).toEqual(['o20', 'o21', 'o30', 'o31', 'o32', 'o33']);
    expect(oitRefsForQuestion(FRAMEWORK_2567, 'i6')).toEqual(['o14', 'o15', 'o16', 'o17']);
  });
});

describe('OIT advice', () => {
  it('every sub-indicator of both OIT lists has its measure, steps, responsible unit and follow-up', () => {
    for (const [list, bySub] of Object.entries(OIT_ADVICE)) {
      expect(Object.keys(bySub)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
      for (const [sub, a] of Object.entries(bySub)) {
        for (const field of ['problem', 'measure', 'responsible', 'followUp'] as const)
          expect({ list, sub, field, filled: (a[field] ?? '').length > 5 }).toEqual({ list, sub, field, filled: true });
        expect(a.steps.length).toBeGreaterThan(0);
      }
    }
  });
});

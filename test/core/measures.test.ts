// Measures for every result (issue 10): the planned measures at each level the data has, in both
// frameworks, and THE coverage rule.
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analysis';
import { catalogueForYear, questionsOfIndicator } from '../../src/core/catalogue';
import { parseScores } from '../../src/core/intake';
import { coverageOf, dataLevels, planMeasures, uncovered, type PlannedMeasure } from '../../src/core/measures';
import { toJsonReport } from '../../src/core/analysis';
import { measurePeriod, suggestMeasures } from '../../src/core/workbook';
import type { AnalysisResult, Catalogue, MeasureRow } from '../../src/core/types';
import { SEED_INDICATORS, seedQuestions } from './analysis-fixtures';

function analysed(text: string, year?: number): { result: AnalysisResult; cat: Catalogue } {
  const parsed = parseScores(text, year ? { year } : {});
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const result = analyze(parsed.scores, year ? { year } : {});
  return { result, cat: catalogueForYear(result.year).catalogue };
}

const FAILING_2563 = readFileSync(join(__dirname, '../../examples/failing-agency-2563.txt'), 'utf8');

/** Indicator scores of a failing agency: 9 and 10 far below 85, 7 just below, in any framework year. */
const indicatorsOnly = (year: number) =>
  [
    `ITA ${year}`,
    'ตัวชี้วัด\tคะแนน',
    ...[96.95, 94.1, 95.8, 93.4, 97.25, 97.5, 84.2, 99.79, 26, 20].map((s, i) => `${i + 1}\t${s}`),
    'คะแนนรวม\t66.00',
  ].join('\n');

const instrumentsOnly = (year: number) => [`ITA ${year}`, 'IIT\t95.50', 'EIT\t84.10', 'OIT\t23.00'].join('\n');
const overallPlusInstruments = (year: number) => `${instrumentsOnly(year)}\nคะแนนรวม\t66.00`;

/** Every failing indicator has at least one measure answering it, named for it (its name is in the title). */
function expectMeasurePerFailingIndicator(
  plan: PlannedMeasure[],
  result: AnalysisResult,
  cat: Catalogue,
  numbers: number[],
) {
  for (const n of numbers) {
    const name = cat.indicators.find((i) => i.number === n)!.name;
    const mine = plan.filter((p) => p.indicators.includes(n));
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) expect(p.title).toContain(name);
  }
  // OIT measures carry the items of that year's catalogue, one sub-indicator each, covering all items.
  for (const n of numbers.filter((k) => cat.indicators.find((i) => i.number === k)!.instrument === 'OIT')) {
    const items = plan.filter((p) => p.indicators.includes(n)).flatMap((p) => p.oitRefs);
    expect(items).toEqual(questionsOfIndicator(cat, n).map((q) => q.code));
  }
  expect(result.weakQuestions).toEqual([]);
}

const gaps = (plan: PlannedMeasure[]) => plan.map((p) => p.gap);
const sortedDesc = (xs: number[]) => [...xs].sort((a, b) => b - a);

describe('planMeasures: a failing agency with indicator scores only', () => {
  test.each([2563, 2567])('ITA %i: measures for indicators 10, 9 and 7, largest gap first', (year) => {
    const { result, cat } = analysed(indicatorsOnly(year));
    const plan = planMeasures(result, cat);
    expect(dataLevels(result).questions).toBe(false);
    expect(gaps(plan)).toEqual(sortedDesc(gaps(plan)));
    expect([...new Set(plan.map((p) => p.indicator))]).toEqual([10, 9, 7]);
    expect(plan.every((p) => p.level === 'indicator')).toBe(true);
    expectMeasurePerFailingIndicator(plan, result, cat, [7, 9, 10]);
    // One measure per sub-indicator of 9 and 10, never two with one key or one text.
    expect(plan.filter((p) => p.indicator === 9).map((p) => p.subIndicator)).toEqual([
      '9.1',
      '9.2',
      '9.3',
      '9.4',
      '9.5',
    ]);
    expect(new Set(plan.map((p) => p.key)).size).toBe(plan.length);
    expect(new Set(plan.map((p) => p.title)).size).toBe(plan.length);
  });

  test('the demo sample (a ranked table in Thai digits, 2563): the 2564 OIT items, o42/o43 in 10.2', () => {
    const { result, cat } = analysed(FAILING_2563);
    expect(result.year).toBe(2563);
    expect(result.overall.score).toBeCloseTo(66, 2);
    expect(result.overall.level).toBe('C');
    const plan = planMeasures(result, cat);
    expectMeasurePerFailingIndicator(plan, result, cat, [7, 9, 10]);
    expect(plan.find((p) => p.subIndicator === '10.2')!.oitRefs).toEqual(['o42', 'o43']);
    expect(plan.find((p) => p.subIndicator === '10.2')!.recommendation.method).toContain('o42 มาตรการส่งเสริมคุณธรรม');
  });
});

describe('planMeasures: instrument scores without indicator scores', () => {
  test.each([
    ['instrument-only', instrumentsOnly],
    ['overall-plus-instruments', overallPlusInstruments],
  ])('%s, both frameworks: EIT and OIT fail → measures for indicators 6–10, level "instrument"', (_label, make) => {
    for (const year of [2563, 2567]) {
      const { result, cat } = analysed(make(year));
      const plan = planMeasures(result, cat);
      expect(plan.every((p) => p.level === 'instrument')).toBe(true);
      expect([...new Set(plan.map((p) => p.indicator))].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10]);
      expect(gaps(plan)).toEqual(sortedDesc(gaps(plan)));
      // OIT first (gap 62), then EIT (gap 0.90)
      expect(plan[0].gap).toBeCloseTo(62, 6);
      expect(plan[plan.length - 1].gap).toBeCloseTo(0.9, 6);
      expectMeasurePerFailingIndicator(plan, result, cat, [6, 7, 8, 9, 10]);
      for (const p of plan) expect(p.reason).toMatch(/ไม่มีคะแนนรายตัวชี้วัด/);
    }
  });
});

describe('planMeasures: OIT item-level input', () => {
  test('2567: one measure per sub-indicator group of missed items, only the missed items', () => {
    const missing = new Set(['o8', 'o9', 'o16', 'o17', 'o34', 'o35']);
    const lines = [
      'ITA 2567',
      ...Array.from({ length: 35 }, (_, k) => `o${k + 1}\t${missing.has(`o${k + 1}`) ? 0 : 100}`),
    ];
    const { result, cat } = analysed(lines.join('\n'));
    const plan = planMeasures(result, cat);
    expect(plan.map((p) => [p.level, p.subIndicator, p.oitRefs])).toEqual([
      ['item', '9.2', ['o8', 'o9']],
      ['item', '9.3', ['o16', 'o17']],
      ['item', '10.2', ['o34', 'o35']],
    ]);
    expect(plan[0].title).toContain('การเปิดเผยข้อมูล');
    expect(plan[2].title).toContain('การป้องกันการทุจริต');
  });
});

describe('planMeasures: question scores (seed 001) and a passing result', () => {
  test('seed 001: one measure per recommendation of the weak questions, as before (e4/e5 share one)', () => {
    const result = analyze({
      current: {
        year: 2567,
        overall: null,
        instruments: {},
        indicators: { ...SEED_INDICATORS },
        questions: seedQuestions(),
      },
      history: [],
    });
    const plan = planMeasures(result, catalogueForYear(2567).catalogue);
    expect(plan.every((p) => p.level === 'question')).toBe(true);
    expect(plan.map((p) => p.questions.join(','))).toEqual(['e9', 'e7', 'e8', 'e1', 'e6', 'e2', 'e4,e5']);
  });

  test('nothing below the target anywhere: a short maintain plan, one per instrument', () => {
    const { result, cat } = analysed(['ITA 2567', 'IIT\t96', 'EIT\t92', 'OIT\t99', 'คะแนนรวม\t95.80'].join('\n'));
    const plan = planMeasures(result, cat);
    expect(plan.map((p) => [p.maintain, p.key])).toEqual([
      [true, 'keep:EIT'],
      [true, 'keep:IIT'],
      [true, 'keep:OIT'],
    ]);
  });

  test('a passing overall with one indicator below the target is not a "maintain" plan', () => {
    const { result, cat } = analysed(
      ['ITA 2567', ...[96, 95, 97, 93, 97, 91, 84.5, 99, 100, 100].map((s, i) => `${i + 1}\t${s}`)].join('\n'),
    );
    const plan = planMeasures(result, cat);
    expect(plan.map((p) => [p.key, p.maintain])).toEqual([['ind:7', false]]);
  });
});

describe('the coverage rule', () => {
  const settings = { planFiscalYear: 2564 };
  const asRows = (rows: ReturnType<typeof suggestMeasures>) =>
    rows.map((r) => ({ ...r, storedFingerprint: r.fingerprint, row: 0, isBlank: false }));

  test('rows added from a plan cover the whole plan; a second run adds nothing', () => {
    const { result, cat } = analysed(FAILING_2563);
    const first = suggestMeasures(result, [], settings, cat);
    expect(first).toHaveLength(planMeasures(result, cat).length);
    expect(suggestMeasures(result, asRows(first) as any, settings, cat)).toEqual([]);
  });

  test('a row typed by hand that names indicator 7 covers the indicator-7 measure; one naming 9.2 items covers 9.2', () => {
    const { result, cat } = analysed(FAILING_2563);
    const plan = planMeasures(result, cat);
    const manual = (over: Partial<MeasureRow>): MeasureRow => ({
      id: 'M01',
      measure: 'ทำเอง',
      method: '',
      responsible: '',
      period: '',
      followUp: '',
      questions: [],
      indicators: [],
      oitRefs: [],
      origin: 'manual',
      ...over,
    });
    const period = measurePeriod(2564);
    const left = uncovered(
      plan,
      [manual({ indicators: [7] }), manual({ id: 'M02', indicators: [9], oitRefs: ['o12'] })],
      period,
    );
    expect(left.map((p) => p.key)).not.toContain('ind:7');
    expect(left.map((p) => p.key)).not.toContain('sub:9.2');
    expect(left).toHaveLength(plan.length - 2);
    // The same measure text, not linked: covered as "same-measure".
    const p7 = plan.find((p) => p.key === 'ind:7')!;
    expect(coverageOf(p7, [manual({ measure: p7.title })], period)).toMatchObject({ how: 'same-measure' });
    // A question measure's OIT references do not count as covering OIT items.
    expect(
      coverageOf(
        plan.find((p) => p.key === 'sub:9.1')!,
        [manual({ questions: ['e6'], oitRefs: ['o1'] })],
        period,
      ),
    ).toBeNull();
  });

  test('`ita analyze --json` lists the same measures the workbook adds to an empty table', () => {
    const { result, cat } = analysed(FAILING_2563);
    const json = toJsonReport(result).suggestedMeasures;
    const rows = suggestMeasures(result, [], settings, cat);
    expect(json.map((j) => [j.title, j.oitRefs])).toEqual(rows.map((r) => [r.measure, r.oitRefs]));
    expect(json[0]).toMatchObject({ indicator: 10, level: 'indicator', questions: [], gap: 65 });
  });
});

describe('OIT measures by year: the wording of the list they belong to', () => {
  test('2567 uses the 2567 wording; 2569 (another list) a plain measure with its own items, never a 2567 number', () => {
    const p67 = planMeasures(analysed(indicatorsOnly(2567)).result, catalogueForYear(2567).catalogue);
    expect(p67.find((p) => p.subIndicator === '10.1')!.title).toBe(
      'มาตรการขับเคลื่อนนโยบาย No Gift Policy และแผนการป้องกันการทุจริต',
    );
    const { result, cat } = analysed(indicatorsOnly(2569));
    const p69 = planMeasures(result, cat);
    const oit = p69.filter((p) => p.subIndicator !== null);
    expect(oit.length).toBe(cat.subIndicators.length);
    expect(oit.flatMap((p) => p.oitRefs).sort()).toEqual(
      cat.questions
        .filter((q) => q.instrument === 'OIT')
        .map((q) => q.code)
        .sort(),
    );
    for (const p of oit) expect(p.title).toMatch(/การเปิดเผยข้อมูล|การป้องกันการทุจริต/);
  });
});

// Issue 14: the intake's invariants, as property tests (fast-check, fixed seed, bounded runs):
// 1. every number-like cell of the input is either used as a score (exactly, for its own label) or named
//    in an error or warning with its line and column;
// 2. a score is never read from a cell other than the one its column header names (year columns);
// 3. reading never depends on the order of unrelated lines.
import fc from 'fast-check';
import { parseScores } from '../../src/core/intake';
import { FRAMEWORK_2567 } from '../../src/core/catalogue';
import type { InputIssue, ParseResult } from '../../src/core/types';

const RUNS = { seed: 1414, numRuns: 60 };
const INDICATORS = FRAMEWORK_2567.indicators;
const QUESTIONS = FRAMEWORK_2567.questions.filter((q) => q.instrument !== 'OIT');

const score = fc.integer({ min: 0, max: 10000 }).map((x) => (x / 100).toFixed(x % 3 === 0 ? 0 : 2));
/** Number-like cells that are not scores: each must be reported where it is. */
const junk = fc.constantFrom('95,38', 'N/A', '#N/A', '(95)', '101', '-5', '#REF!', '>90', '9 5', '95.3.8');

type Row =
  | { kind: 'indicator'; n: number; cells: string[]; value: number | null }
  | { kind: 'question'; code: string; cells: string[]; values: (number | null)[] | null }
  | { kind: 'text'; cells: string[] };

/** Rows with distinct labels (indicators and questions), some with a junk cell, plus title lines. */
const rows = fc
  .record({
    inds: fc.uniqueArray(fc.integer({ min: 0, max: INDICATORS.length - 1 }), { maxLength: 6 }),
    qs: fc.uniqueArray(fc.integer({ min: 0, max: QUESTIONS.length - 1 }), { maxLength: 8 }),
    scores: fc.array(score, { minLength: 30, maxLength: 30 }),
    bad: fc.array(fc.option(junk, { freq: 3 }), { minLength: 30, maxLength: 30 }),
    texts: fc.array(fc.constantFrom('สรุปผลการประเมิน', 'ตารางคะแนนรายข้อ', 'หมายเหตุ: คะแนนเต็ม'), { maxLength: 3 }),
  })
  .map(({ inds, qs, scores, bad, texts }) => {
    const out: Row[] = [];
    let k = 0;
    for (const i of inds) {
      const d = INDICATORS[i];
      const j = bad[k];
      const s = scores[k++];
      out.push(
        j === null
          ? { kind: 'indicator', n: d.number, cells: [d.name, s], value: Number(s) }
          : { kind: 'indicator', n: d.number, cells: [d.name, j], value: null },
      );
    }
    for (const i of qs) {
      const q = QUESTIONS[i];
      const j = bad[k];
      const s1 = scores[k++];
      const s2 = scores[k++];
      const cells = q.parts === 2 ? [q.code, j ?? s1, s2] : [q.code, j ?? s1];
      const values = j !== null ? null : q.parts === 2 ? [Number(s1), Number(s2)] : [Number(s1)];
      out.push({ kind: 'question', code: q.code, cells, values });
    }
    for (const t of texts) out.push({ kind: 'text', cells: [t] });
    return out;
  });

function paste(list: Row[]): string {
  return ['ITA 2567', ...list.map((r) => r.cells.join('\t'))].join('\n');
}

const at = (issues: InputIssue[], line: number, column: number) =>
  issues.some((i) => i.line === line && i.column === column);

describe('intake invariants (property tests)', () => {
  it('every number-like cell is used exactly for its own label, or reported at its line and column', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const r = parseScores(paste(list));
        const cur = r.scores.current;
        expect(cur.year).toBe(2567);
        list.forEach((row, i) => {
          const line = i + 2;
          if (row.kind === 'indicator') {
            if (row.value !== null) expect(cur.indicators[row.n]).toBe(row.value);
            else {
              expect(cur.indicators[row.n]).toBeUndefined();
              expect(at([...r.errors, ...r.warnings], line, 2)).toBe(true);
            }
          } else if (row.kind === 'question') {
            const got = cur.questions.find((q) => q.code === row.code);
            if (row.values !== null) expect(got?.scores).toEqual(row.values);
            else {
              expect(got).toBeUndefined();
              expect(at([...r.errors, ...r.warnings], line, 2)).toBe(true);
            }
          }
        });
        // Nothing read that the input did not hold.
        const expectedInds = list.filter((x) => x.kind === 'indicator' && x.value !== null).length;
        expect(Object.keys(cur.indicators)).toHaveLength(expectedInds);
        const expectedQs = list.filter((x) => x.kind === 'question' && x.values !== null).length;
        expect(cur.questions).toHaveLength(expectedQs);
      }),
      RUNS,
    );
  });

  it('a score is read from the column its year header names, blanks and dashes included', () => {
    const cell = fc.oneof(score, fc.constantFrom('', '-'));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: INDICATORS.length - 1 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(cell, cell), { minLength: 10, maxLength: 10 }),
        (inds, pairs) => {
          const lines = ['ตัวชี้วัด\t2566\t2567'];
          inds.forEach((i, k) => lines.push(`${INDICATORS[i].name}\t${pairs[k][0]}\t${pairs[k][1]}`));
          const r = parseScores(lines.join('\n'));
          expect(r.errors).toEqual([]);
          const hist = r.scores.history.find((y) => y.year === 2566);
          inds.forEach((i, k) => {
            const n = INDICATORS[i].number;
            const [a, b] = pairs[k];
            const want = (s: string) => (s === '' || s === '-' ? undefined : Number(s));
            // The analysed year may be 2566 when 2567 holds nothing at all (said in a warning).
            const y2567 = r.scores.current.year === 2567 ? r.scores.current : undefined;
            expect(y2567?.indicators[n]).toBe(y2567 ? want(b) : undefined);
            const y2566 = r.scores.current.year === 2566 ? r.scores.current : hist;
            expect(y2566?.indicators[n]).toBe(want(a));
          });
        },
      ),
      RUNS,
    );
  });

  it('reading does not depend on the order of unrelated lines', () => {
    const summary = (r: ParseResult) => ({
      current: {
        ...r.scores.current,
        questions: [...r.scores.current.questions].sort((a, b) => a.code.localeCompare(b.code)),
      },
      errors: r.errors.length,
      warnings: r.warnings.length,
    });
    fc.assert(
      fc.property(
        rows.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(summary(parseScores(paste(shuffled)))).toEqual(summary(parseScores(paste(list))));
        },
      ),
      RUNS,
    );
  });
});

// A weak-question threshold other than the target (ตั้งค่า: target 85, threshold 96 — officers watch
// questions below 96): "ต่ำกว่าเกณฑ์ N" must measure from the threshold everywhere people read it, and a
// two-part question weak in both parts is one question when the plan counts questions.
import { analyze, formatTextReport, toJsonReport } from '../../src/core/analysis';
import { blockText, buildMeasuresPlan, findBlock } from '../../src/core/document';
import { highlightPlan } from '../../src/core/workbook/highlight';
import { FRAMEWORK_2567 } from '../../src/core/catalogue';
import { docInput, SEED001_SCORES, settings } from './document-fixture';

const opts = { target: 85, weakThreshold: 96 };
const result = analyze(SEED001_SCORES, opts);
const thai = (n: number) => String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

describe('weak questions below a threshold that is not the target', () => {
  it('each weak part carries threshold − score beside target − score', () => {
    // e1 scores 95.25 (part 1) and 77 (part 2): both below 96; part 1 is above the target.
    const e1 = result.weakQuestions.filter((w) => w.code === 'e1');
    expect(e1.map((w) => [w.part, w.gap, w.belowThreshold])).toEqual([
      [2, 8, 19],
      [1, -10.25, 0.75],
    ]);
    const j = toJsonReport(result).weakQuestions.find((w) => w.code === 'e1' && w.part === 1)!;
    expect(j).toMatchObject({ gap: -10.25, belowThreshold: 0.75 });
  });

  it('the text report says "ต่ำกว่าเกณฑ์ 0.75", never "สูงกว่าเกณฑ์" for a weak question', () => {
    const text = formatTextReport(result);
    expect(text).toMatch(/e1\s+1\s+95\.25\s+ต่ำกว่าเกณฑ์ 0\.75/);
    expect(text).not.toContain('สูงกว่าเกณฑ์');
    // A suggested measure at question level: the distance below the threshold of its worst part.
    expect(text).toMatch(/ระดับข้อคำถาม · ต่ำกว่าเกณฑ์ 33\.50\]/); // e9 part 1: 96 − 62.50
  });

  it('the plan counts questions, not parts', () => {
    const input = docInput({ settings: settings({ ...opts }), analysis: result });
    const plan = buildMeasuresPlan(input);
    const parts = result.weakQuestions.filter((w) => w.instrument !== 'OIT').length;
    const questions = new Set(result.weakQuestions.map((w) => w.code)).size;
    expect(questions).toBeLessThan(parts);
    expect(blockText(findBlock(plan, 's2.weak')!)).toContain(
      `ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ๙๖ คะแนน มี ${thai(questions)} ข้อ`,
    );
  });

  it('the workbook flag column holds the distance below the threshold', () => {
    const rows: unknown[][] = [['header'], [2567, 'e1', 95.25, 77]];
    const plan = highlightPlan(rows, result, FRAMEWORK_2567);
    expect(plan.flags[0][1]).toBe(19); // its worst part: 96 − 77
  });
});

// linkedMeasure: digits normalised on both sides, only the measure and method texts, a unique match of
// a minimum length.
import { linkedMeasure, MIN_LINK_QUOTE } from '../../src/core/document/comments';
import { MEASURES } from '../core/document-fixture';

describe('linkedMeasure', () => {
  test('Thai digits in the doc match Arabic digits in the sheet', () => {
    expect(linkedMeasure('๒. เผยแพร่ผ่าน Facebook และ Line', MEASURES)).toBe('M02');
    expect(linkedMeasure('๑. จัดประชุมประชาคมรับฟังความคิดเห็น', MEASURES)).toBe('M03');
    expect(linkedMeasure('เผยแพร่คู่มือทางเว็บไซต์ https://www.ko.go.th/๒๕๖๘', MEASURES)).toBe('M01');
  });

  test('responsible, period and follow-up texts do not link (many rows share them)', () => {
    expect(linkedMeasure(MEASURES[0].responsible, MEASURES)).toBe('');
    expect(linkedMeasure(MEASURES[0].followUp, MEASURES)).toBe('');
    expect(linkedMeasure('1 ม.ค. 68 – 30 ก.ย. 68', MEASURES)).toBe('');
  });

  test('a word every measure has, or a quote shorter than the minimum, links nothing', () => {
    expect(linkedMeasure('มาตรการ', MEASURES)).toBe('');
    expect(linkedMeasure('เผยแพร่', MEASURES)).toBe(''); // in M01, M02 and M03
    expect(linkedMeasure('ประชาคม'.slice(0, MIN_LINK_QUOTE - 1), MEASURES)).toBe('');
    expect(linkedMeasure('ประชาคม', MEASURES)).toBe('M03');
  });
});

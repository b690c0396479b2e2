// The terminal report of an analysis: a readable Thai plain-text summary with tables.
import { AnalysisResult } from '../types';
import { formatScore, formatSigned } from '../thai/numbers';
import { gapWords, type GapMark } from '../thai/gap-words';
import { withDigits } from '../thai/digits';
import { table } from './text-table';
import { catalogueOf } from './report-json';
import {
  dataLevels,
  LEVEL_LABELS,
  noQuestionScoresText,
  planMeasures,
  shownGap,
  type PlannedMeasure,
} from '../measures';

export interface TextReportOptions {
  /** Write ๐–๙ instead of 0–9 (default false: terminals read Arabic digits better). */
  thaiDigits?: boolean;
}

const PASS = '✓';
const FAIL = '✗';

export function formatTextReport(result: AnalysisResult, opts: TextReportOptions = {}): string {
  const thaiDigits = opts.thaiDigits ?? false;
  const num = (n: number | null): string => formatScore(n, { thaiDigits });
  const signed = (n: number | null): string => formatSigned(n, { thaiDigits });
  // Gaps in the documents' words (never a sign): "ต่ำกว่าเป้าหมาย 1.17", "สูงกว่าเป้าหมาย 12.43".
  const gap = (n: number | null, mark: GapMark = 'เป้าหมาย'): string => gapWords(n, { thaiDigits, mark });
  const shownGapText = (p: PlannedMeasure): string => {
    const s = shownGap(p);
    return gap(s.value, s.mark);
  };
  const mark = (p: boolean | null): string => (p === null ? '-' : p ? PASS : FAIL);
  const digits = (s: string): string => withDigits(s, thaiDigits);
  const out: string[] = [];

  out.push(digits(`ผลการวิเคราะห์การประเมิน ITA ปี ${result.year} (กรอบการประเมิน ${result.framework})`));
  out.push(`ค่าเป้าหมาย ${num(result.target)} คะแนน · ข้อคำถามที่ต่ำกว่า ${num(result.weakThreshold)} ถือว่าต้องปรับปรุง`);
  out.push('');

  const o = result.overall;
  const verdict = o.pass === null ? '' : o.pass ? `${PASS} ผ่านค่าเป้าหมาย` : `${FAIL} ต่ำกว่าค่าเป้าหมาย`;
  out.push(`คะแนนรวม ${num(o.score)}  ระดับ ${o.level ?? '-'}  ${verdict}  ${gap(o.gap)}`.trim());
  out.push('');

  const changeHead = result.previousYear ? digits(`เทียบปี ${result.previousYear}`) : 'เทียบปีก่อน';
  out.push('แบบวัด');
  out.push(
    ...table(
      [
        ['แบบวัด', 'คะแนน', 'เทียบกับเป้าหมาย', 'ผ่าน', changeHead, 'ชื่อแบบวัด'],
        ...result.instruments.map((i) => [i.id, num(i.score), gap(i.gap), mark(i.pass), signed(i.change), i.name]),
      ],
      [false, true, true, false, true, false],
    ).map((l) => `  ${l}`),
  );
  out.push('');

  out.push('ตัวชี้วัด');
  out.push(
    ...table(
      [
        ['ที่', 'ตัวชี้วัด', 'แบบวัด', 'คะแนน', 'เทียบกับเป้าหมาย', 'ผ่าน', changeHead],
        ...result.indicators.map((i) => [
          digits(String(i.number)),
          i.name,
          i.instrument,
          num(i.score),
          gap(i.gap),
          mark(i.pass),
          signed(i.change),
        ]),
      ],
      [true, false, false, true, true, false, true],
    ).map((l) => `  ${l}`),
  );
  out.push('');

  const weak = result.weakQuestions;
  if (!dataLevels(result).questions) {
    out.push(`ข้อคำถาม: ${noQuestionScoresText(dataLevels(result))}`);
  } else if (weak.length === 0) {
    out.push(`ข้อคำถามที่ต่ำกว่าเกณฑ์: ไม่มี`);
  } else {
    out.push(digits(`ข้อคำถามที่ต่ำกว่าเกณฑ์ (${weak.length} รายการ เรียงจากต่ำกว่าเกณฑ์มากที่สุด)`));
    out.push(
      ...table(
        [
          ['ข้อ', 'ส่วนที่', 'คะแนน', 'เทียบกับเกณฑ์', 'ตัวชี้วัด', 'อ้างอิง OIT', 'ข้อคำถาม'],
          ...weak.map((w) => [
            w.code,
            w.part === null ? '-' : digits(String(w.part)),
            num(w.score),
            gap(w.belowThreshold, 'เกณฑ์'),
            digits(String(w.indicator)),
            w.oitRefs.length ? w.oitRefs.join(', ') : '-',
            w.text,
          ]),
        ],
        [false, true, true, true, true, false, false],
      ).map((l) => `  ${l}`),
    );
  }

  const plan = planMeasures(result, catalogueOf(result));
  if (plan.length) {
    out.push('');
    out.push(digits(`มาตรการที่เสนอ (${plan.length} รายการ เรียงตามระยะห่างจากเป้าหมายหรือเกณฑ์)`));
    plan.forEach((p, k) => {
      const refs = [
        p.questions.length ? `ข้อ ${p.questions.join(', ')}` : '',
        p.oitRefs.length ? `OIT ${p.oitRefs.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      out.push(
        digits(`  ${k + 1}. ${p.title}`) +
          `  [ตัวชี้วัดที่ ${digits(String(p.indicator))} · ระดับ${LEVEL_LABELS[p.level]} · ${shownGapText(p)}]`,
      );
      out.push(`     เหตุผล: ${digits(p.reason)}`);
      if (refs) out.push(`     เชื่อมโยง: ${refs}`);
    });
  }

  if (result.warnings.length > 0) {
    out.push('');
    out.push('คำเตือน');
    for (const w of result.warnings) out.push(`  - ${w}`);
  }
  return out.join('\n') + '\n';
}

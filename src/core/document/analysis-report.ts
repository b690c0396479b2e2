// The analysis report (seed 001 shape): overall result, the indicator table, one table and one
// paragraph per theme (ประเด็น), then the implementation table built from the measures.

import type { Theme } from '../catalogue';
import { themesFor, normalizeCode } from '../catalogue';
import type { QuestionScore, WeakQuestion } from '../types';
import { a4, type Block, type DocInput, type DocModel, type TableBlock, type TableRow } from './model';
import { lookups, type Lookups } from './deps';
import { codeRanges, fmt, numbered, thaiList, type Fmt } from './text';
import {
  WORDS,
  indicatorTable,
  locationLine,
  overallParagraph,
  para,
  signature,
  titleBlocks,
  weakPhrase,
} from './parts';
import { measureIdWarnings } from './measures-plan';
import { identityWarnings, withIdentity } from './identity';
import { docPlan, indicatorLabel, type DocPlan } from './plan';
import { areaGroups, areaParagraph } from './urgent';
import { noQuestionScoresText } from '../measures';

export const ANALYSIS_REPORT_TITLE =
  'รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';
export const THEME_TABLE_HEADER = [
  'ลำดับ',
  'หัวข้อ',
  'เครื่องมือการประเมิน',
  'ข้อคำถาม',
  'คะแนน',
  'ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ',
];
export const IMPLEMENTATION_HEADER = [
  ['หัวข้อ', 'วิธีการนำผลวิเคราะห์ไปสู่การปฏิบัติ', '', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ขั้นตอน/วิธีปฏิบัติ', 'ระยะเวลาดำเนินงาน'],
  ['', 'ข้อคำถาม ITA', 'ข้อค้นพบ', '', '', ''],
];

interface Ctx {
  input: DocInput;
  f: Fmt;
  lk: Lookups;
  scores: Map<string, QuestionScore>;
  weak: Map<string, WeakQuestion[]>;
  dp: DocPlan;
}

function instrumentOf(ctx: Ctx, code: string): string {
  const q = ctx.lk.catalogue.questions.find((x) => x.code === code);
  return q ? q.instrument : code.startsWith('i') ? 'IIT' : code.startsWith('e') ? 'EIT' : 'OIT';
}

/** "95.25 / 77.00" for two-part EIT questions, "100.00" otherwise; the weak part's score when only that is known. */
function scoreCell(ctx: Ctx, code: string): string {
  const { f } = ctx;
  const s = ctx.scores.get(code);
  if (s && s.scores.some((v) => typeof v === 'number')) return s.scores.map((v) => f.score(v)).join(' / ');
  const w = ctx.weak.get(code);
  if (w && w.length)
    return w
      .map((x) => (x.part ? `${WORDS.part} ${f.t(String(x.part))} ${f.score(x.score)}` : f.score(x.score)))
      .join('\n');
  return '-';
}

function fixCell(ctx: Ctx, code: string): string {
  const w = ctx.weak.get(code);
  if (w && w.length) {
    const rec = ctx.lk.recommend(code);
    const gap = Math.max(...w.map((x) => x.gap));
    return ctx.f.t(rec ? rec.measure : `ปรับปรุง: ต่ำกว่าเกณฑ์ ${ctx.f.score(gap)} คะแนน`);
  }
  return ctx.scores.has(code) ? WORDS.keep : '-';
}

/** The codes of a theme that have a score (a row without one would only hold "-"). */
function scoredCodes(ctx: Ctx, theme: Theme): string[] {
  return [...theme.questions, ...theme.oitItems].filter((c) => ctx.scores.has(c) || ctx.weak.has(c));
}

function themeTable(ctx: Ctx, theme: Theme): TableBlock {
  const { f } = ctx;
  const codes = scoredCodes(ctx, theme);
  let lastInstrument = '';
  const rows: TableRow[] = codes.map((code, i) => {
    const inst = instrumentOf(ctx, code);
    const showInst = inst !== lastInstrument;
    lastInstrument = inst;
    return {
      key: `q.${code}`,
      cells: [
        f.ordinal(i + 1),
        i === 0 ? theme.title : '',
        showInst ? inst : '',
        f.t(`${code} ${ctx.lk.questionText(code)}`.trim()),
        scoreCell(ctx, code),
        fixCell(ctx, code),
      ],
    };
  });
  return {
    type: 'table',
    key: `theme.${theme.number}.table`,
    header: [THEME_TABLE_HEADER],
    rows,
    // mm of a 160 mm width (scaled to the 247 mm landscape width): the score column holds
    // "๙๕.๒๕ / ๗๗.๐๐" (34.3 mm at 14 pt in Laksaman + margins) on one line once scaled.
    widths: [10.5, 24, 20, 48, 26, 31.5],
    columnAlign: ['center', 'left', 'center', 'left', 'center', 'left'],
    repeatHeader: true,
  };
}

function linkedMeasures(ctx: Ctx, codes: string[]) {
  const set = new Set(codes);
  return ctx.input.measures.filter(
    (m) => m.questions.some((q) => set.has(normalizeCode(q))) || m.oitRefs.some((o) => set.has(normalizeCode(o))),
  );
}

function themeProse(ctx: Ctx, theme: Theme): string {
  const { f, input } = ctx;
  const agency = input.settings.agencyName;
  const codes = [...theme.questions, ...theme.oitItems];
  const weak = codes.flatMap((c) => ctx.weak.get(c) ?? []);
  const range = thaiList([theme.questions, theme.oitItems].filter((l) => l.length).map(codeRanges));
  const head = `ประเด็น${theme.title} พิจารณาจากข้อคำถาม ${range}`;
  const target = f.num(input.analysis.weakThreshold);
  if (weak.length === 0) {
    const scored = codes.filter((c) => ctx.scores.has(c)).length;
    const tail = scored
      ? `ทุกข้อที่มีคะแนนได้ไม่ต่ำกว่าเกณฑ์ ${target} คะแนน ${agency}ควรรักษามาตรฐานไว้และพัฒนาการดำเนินงานอย่างต่อเนื่อง`
      : 'ผลการประเมินที่ได้รับไม่มีคะแนนรายข้อของประเด็นนี้';
    return f.t(`${head} ${tail}`);
  }
  const worst = [...weak].sort((a, b) => b.gap - a.gap)[0];
  const measures = linkedMeasures(ctx, codes)
    .map((m) => m.measure.trim())
    .filter(Boolean);
  const recs = [...new Set(weak.map((w) => ctx.lk.recommend(w.code)?.measure).filter((x): x is string => !!x))];
  const plan = measures.length
    ? `ดังนั้น ${agency}จึงกำหนดมาตรการ ได้แก่ ${thaiList(measures)}`
    : recs.length
      ? `ดังนั้น ${agency}ควรกำหนด${thaiList(recs)}`
      : `ดังนั้น ${agency}ควรกำหนดมาตรการแก้ไขในประเด็นนี้`;
  return f.t(
    `${head} พบข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ${target} คะแนน จำนวน ${weak.length} รายการ ได้แก่ ${thaiList(weak.map((w) => weakPhrase(f, w)))} ` +
      `โดย${WORDS.question} ${worst.code} ห่างจากเกณฑ์มากที่สุด ${plan}`,
  );
}

function implementationTable(ctx: Ctx): TableBlock {
  const { f, input } = ctx;
  const period = f.period(input.settings.planFiscalYear, 'full');
  const rows: TableRow[] = ctx.dp.measures.map((m, i) => {
    const codes = [...new Set(m.questions.map(normalizeCode))];
    const weak = codes.flatMap((c) => ctx.weak.get(c) ?? []);
    const problems = [
      ...new Set(codes.map((c) => ctx.lk.recommend(c)?.problem).filter((x): x is string => !!x && weak.length > 0)),
    ];
    const planned = ctx.dp.plan.find((p) => p.level !== 'question' && ctx.dp.titleOf(p) === m.measure.trim());
    const findings = weak.length
      ? [thaiList(weak.map((w) => weakPhrase(f, w))), ...problems].join('\n')
      : planned
        ? [planned.reason, planned.recommendation.problem].join('\n')
        : codes.length && codes.every((c) => ctx.scores.has(c))
          ? `ข้อคำถามที่เกี่ยวข้องมีคะแนนไม่ต่ำกว่าเกณฑ์ ${f.num(input.analysis.weakThreshold)} คะแนน ควรรักษามาตรฐานไว้`
          : m.indicators.length
            ? m.indicators.map((n) => indicatorLabel(ctx.lk.catalogue, n)).join('\n')
            : '-';
    return {
      key: m.id,
      cells: [
        numbered(f, i + 1, m.measure),
        f.t(
          codes.map((c) => `${c} ${ctx.lk.questionText(c)}`.trim()).join('\n') ||
            m.indicators.map((n) => indicatorLabel(ctx.lk.catalogue, n)).join('\n') ||
            '-',
        ),
        f.t(findings),
        f.t(m.responsible),
        f.t(m.method),
        m.period.trim() ? f.t(m.period) : period,
      ],
    };
  });
  return {
    type: 'table',
    key: 'table.implementation',
    header: IMPLEMENTATION_HEADER.map((r) => [...r]),
    headerMerges: [
      { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 1, colSpan: 2 },
      { row: 0, col: 3, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 4, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 5, rowSpan: 2, colSpan: 1 },
    ],
    rows: rows.length ? rows : [{ key: 'placeholder', cells: [WORDS.noMeasures, '', '', '', '', ''], mergeAll: true }],
    widths: [23, 35, 31, 19.4, 32, 19.6],
    repeatHeader: true,
  };
}

/** "ตัวชี้วัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ …" (or the instruments, when only they were given); "" when none. */
function keepSentence(ctx: Ctx): string {
  const { f, input } = ctx;
  const a = input.analysis;
  const agency = input.settings.agencyName;
  const passing = a.indicators.filter((i) => i.pass === true);
  if (passing.length) {
    return f.t(
      `ตัวชี้วัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${thaiList(passing.map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name} (${f.score(i.score)} คะแนน)`))} ` +
        `${agency}จะรักษามาตรฐานการดำเนินงานในด้านเหล่านี้ไว้`,
    );
  }
  const ins = a.instruments.filter((i) => i.pass === true);
  if (!ins.length) return '';
  return f.t(
    `แบบวัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${thaiList(ins.map((i) => `${i.id} (${f.score(i.score)} คะแนน)`))} ` +
      `${agency}จะรักษามาตรฐานการดำเนินงานในด้านเหล่านี้ไว้`,
  );
}

/**
 * Landscape A4: every table of this report has 6 columns, two of them long question texts and
 * steps; in portrait they would shrink to 2–3 cm each.
 */
export function buildAnalysisReport(given: DocInput): DocModel {
  const identity = identityWarnings(given.settings, { signer: true, date: true });
  const input = withIdentity(given);
  const s = input.settings;
  const f = fmt(s.thaiDigits);
  const lk = lookups(input);
  const scores = new Map((input.questionScores ?? []).map((q) => [normalizeCode(q.code), q]));
  const weak = new Map<string, WeakQuestion[]>();
  for (const w of input.analysis.weakQuestions) weak.set(w.code, [...(weak.get(w.code) ?? []), w]);
  const dp = docPlan(input, lk.catalogue, { uncovered: true });
  const ctx: Ctx = { input, f, lk, scores, weak, dp };

  const blocks: Block[] = [
    ...titleBlocks([ANALYSIS_REPORT_TITLE, s.agencyName, f.t(`ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`)]),
  ];
  const where = locationLine(input);
  if (where) blocks.push(para('title.location', where, { align: 'center', firstLineIndent: false }));
  blocks.push({
    type: 'heading',
    key: 'part1',
    level: 2,
    text: f.t(`ส่วนที่ 1 การวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`),
  });
  blocks.push(overallParagraph('part1.overall', input, f));
  blocks.push(indicatorTable('table.indicators', input, f));

  if (!dp.levels.questions) {
    // No question scores: no question tables; the analysis is by indicator (or instrument).
    blocks.push(
      para('part1.data', f.t(`${noQuestionScoresText(dp.levels)} การวิเคราะห์จึงพิจารณาตามคะแนนดังกล่าว ดังนี้`), {
        spacing: { before: 'small' },
      }),
    );
    areaGroups(dp.plan).forEach((g, i) =>
      blocks.push(para(`area.${g.indicator}`, areaParagraph(f, input, lk.catalogue, dp, `${i + 1}.`, g))),
    );
    const keep = keepSentence(ctx);
    if (keep) blocks.push(para('area.keep', keep));
  } else {
    for (const theme of themesFor(lk.catalogue)) {
      blocks.push({
        type: 'heading',
        key: `theme.${theme.number}`,
        level: 3,
        text: f.t(`ประเด็นที่ ${theme.number} ${theme.title}`),
      });
      if (scoredCodes(ctx, theme).length) blocks.push(themeTable(ctx, theme));
      blocks.push(para(`theme.${theme.number}.prose`, themeProse(ctx, theme), { spacing: { before: 'small' } }));
    }
    // The part note only for a framework whose EIT has two parts, when EIT scores are shown.
    const twoParts = lk.catalogue.questions.some((q) => q.parts === 2 && (scores.has(q.code) || weak.has(q.code)));
    if (twoParts) {
      blocks.push(
        para('themes.note', f.t(`หมายเหตุ: คะแนนของแบบวัด EIT แสดงเป็น ${WORDS.part} 1 / ${WORDS.part} 2`), {
          firstLineIndent: false,
        }),
      );
    }
  }

  blocks.push({ type: 'pageBreak', key: 'break.part2' });
  blocks.push({
    type: 'heading',
    key: 'part2',
    level: 2,
    text: f.t(`ส่วนที่ 2 การกำหนดวิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. ${s.planFiscalYear}`),
  });
  blocks.push(implementationTable(ctx));
  blocks.push(...signature('signature', input, f));

  return {
    kind: 'analysis-report',
    title: f.t(`รายงานผลการวิเคราะห์ ITA ${s.agencyName} ปีงบประมาณ ${s.assessmentYear}`),
    page: a4('landscape', s.thaiDigits),
    blocks,
    warnings: [...identity, ...measureIdWarnings(dp.measures), ...dp.warnings, ...input.analysis.warnings],
  };
}

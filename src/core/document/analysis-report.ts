// The analysis report (seed 001 shape): overall result, the indicator table, one table and one
// paragraph per theme (ประเด็น), then the implementation table built from the measures.

import type { Theme } from '../catalogue';
import { themesFor, normalizeCode } from '../catalogue';
import type { QuestionScore, WeakQuestion } from '../types';
import { a4, type Block, type DocInput, type DocModel, type TableBlock, type TableRow } from './model';
import { lookups, type Lookups } from './deps';
import { codeRanges, fmt, numbered, plainList, thaiList, type Fmt } from './text';
import { WORDS, hasIndicatorScores, indicatorTable, overallParagraph, para, weakPhrase } from './parts';
import { measureIdWarnings } from './measures-plan';
import { agencyWithLocation, identityWarnings, withIdentity } from './identity';
import { approvalChain, memoClosing, memoHead, preparerSignature, signerRole } from './memo';
import { docPlan, indicatorLabel, type DocPlan } from './plan';
import { areaGroups, areaParagraph } from './urgent';
import { noQuestionScoresText, type DataLevels, type PlannedMeasure } from '../measures';
import { differs } from '../analysis/stats';

export const ANALYSIS_REPORT_TITLE =
  'รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';
/** The theme's title is its heading above the table, so the table has no หัวข้อ column. */
export const THEME_TABLE_HEADER = ['ลำดับ', 'เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน', 'ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ'];
/**
 * Part 2 links each measure to what it answers; its steps are not repeated here (the measures plan
 * carries them), which took seven landscape pages on the seed 001 data.
 */
export const IMPLEMENTATION_HEADER = [
  ['หัวข้อ', 'วิธีการนำผลวิเคราะห์ไปสู่การปฏิบัติ', '', 'ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง', 'ระยะเวลาดำเนินงาน'],
  ['', 'ข้อคำถาม ITA', 'ข้อค้นพบ', '', ''],
];

/** Told the officer when the settings' signer is the นายก, to whom the memo is addressed. */
export const PREPARER_WARNING =
  'ผู้ลงนามในชีต "ตั้งค่า" เป็นนายก ซึ่งเป็นผู้รับบันทึกข้อความ บันทึกจึงเว้นชื่อและตำแหน่งผู้รายงานเป็นเส้นประให้เติม';

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
    if (rec) return ctx.f.t(rec.measure);
    // An OIT item has no advice of its own; the measure of its sub-indicator answers it (part 2 lists it).
    const measure = ctx.dp.measures.find((m) => [...m.questions, ...m.oitRefs].some((q) => normalizeCode(q) === code));
    const below = Math.max(...w.map((x) => x.belowThreshold));
    return ctx.f.t(measure ? measure.measure.trim() : `ปรับปรุง: ต่ำกว่าเกณฑ์ ${ctx.f.score(below)} คะแนน`);
  }
  return ctx.scores.has(code) ? WORDS.keep : '-';
}

/** The codes of a theme that have a score (a row without one would only hold "-"). */
function scoredCodes(ctx: Ctx, theme: Theme): string[] {
  return [...theme.questions, ...theme.oitItems].filter((c) => ctx.scores.has(c) || ctx.weak.has(c));
}

/**
 * Runs of codes for the rows of a theme table: each weak code alone; consecutive codes of one
 * instrument that all hold are one run ("รักษาระดับ" once, e.g. o22–o35 in one row instead of 14).
 */
function codeRuns(ctx: Ctx, codes: string[]): string[][] {
  const runs: string[][] = [];
  for (const code of codes) {
    const last = runs[runs.length - 1];
    const holds = !ctx.weak.has(code);
    if (holds && last && !ctx.weak.has(last[0]) && instrumentOf(ctx, last[0]) === instrumentOf(ctx, code))
      last.push(code);
    else runs.push([code]);
  }
  return runs;
}

function themeTable(ctx: Ctx, theme: Theme, seen: Set<string>): TableBlock {
  const { f } = ctx;
  const codes = scoredCodes(ctx, theme);
  let lastInstrument = '';
  const rows: TableRow[] = codeRuns(ctx, codes).map((run, i) => {
    const code = run[0];
    const inst = instrumentOf(ctx, code);
    const showInst = inst !== lastInstrument;
    lastInstrument = inst;
    if (run.length > 1) {
      // A run that holds: codes and every score, no question texts. One score shared by every code
      // is said once ("ทุกข้อ ๑๐๐.๐๐"): fourteen "o23 ๑๐๐.๐๐," took a page of a 34 mm column.
      const cells = run.map((c) => scoreCell(ctx, c));
      return {
        key: `q.${code}-${run[run.length - 1]}`,
        cells: [
          f.ordinal(i + 1),
          showInst ? inst : '',
          f.t(codeRanges(run)),
          cells.every((c) => c === cells[0]) ? `ทุกข้อ ${cells[0]}` : run.map((c, k) => `${c} ${cells[k]}`).join(', '),
          WORDS.keep,
        ],
      };
    }
    // The question text once in the report: later themes name the code only.
    const text = seen.has(code) ? '' : ctx.lk.questionText(code);
    seen.add(code);
    return {
      key: `q.${code}`,
      cells: [
        f.ordinal(i + 1),
        showInst ? inst : '',
        f.t(`${code} ${text}`.trim()),
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
    widths: [8, 14, 56, 34, 48],
    columnAlign: ['center', 'center', 'left', 'center', 'left'],
    repeatHeader: true,
  };
}

function linkedMeasures(ctx: Ctx, codes: string[]) {
  const set = new Set(codes);
  return ctx.input.measures.filter(
    (m) => m.questions.some((q) => set.has(normalizeCode(q))) || m.oitRefs.some((o) => set.has(normalizeCode(o))),
  );
}

/** "e1 ส่วนที่ ๒" / "i3". */
function weakCode(f: Fmt, w: WeakQuestion): string {
  return w.part === null ? w.code : `${w.code} ${WORDS.part} ${f.t(String(w.part))}`;
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
    ? `ดังนั้น ${agency}จึงกำหนดมาตรการ ได้แก่ ${plainList(measures)}`
    : recs.length
      ? `ดังนั้น ${agency}ควรกำหนด${plainList(recs)}`
      : `ดังนั้น ${agency}ควรกำหนดมาตรการแก้ไขในประเด็นนี้`;
  return f.t(
    // The scores are in the table above: the prose names the questions and the largest gap only.
    `${head} พบข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ${target} คะแนน จำนวน ${weak.length} รายการ ได้แก่ ${thaiList(weak.map((w) => weakCode(f, w)))} ` +
      `โดย${weakPhrase(f, worst)} ห่างจากเกณฑ์มากที่สุด ${plan}`,
  );
}

/**
 * The finding of a measure planned above the question level. An indicator's measure: its sub-indicator
 * (OIT) and the problem only, since its score is in part 1's table beside it and the missing question
 * scores are said once, in ส่วนที่ ๓ (the reason repeated both in every row). From an instrument's or
 * the overall score the problem is a possibility, not a finding (the indicator itself may not be the
 * low one), as in the urgent section: the reason names the score it comes from.
 */
function plannedFinding(ctx: Ctx, p: PlannedMeasure): string {
  const problem = p.recommendation.problem;
  if (p.level === 'indicator') {
    const sub = p.subIndicator ? ctx.lk.catalogue.subIndicators.find((s) => s.id === p.subIndicator) : undefined;
    return ctx.f.t(sub ? `ตัวชี้วัดย่อยที่ ${sub.id} ${sub.name}: ${problem}` : problem);
  }
  return [p.reason, p.level === 'instrument' && !p.maintain ? `อาจเป็นเพราะ${problem}` : problem].join('\n');
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
        ? plannedFinding(ctx, planned)
        : codes.length && codes.every((c) => ctx.scores.has(c))
          ? `ข้อคำถามที่เกี่ยวข้องมีคะแนนไม่ต่ำกว่าเกณฑ์ ${f.num(input.analysis.weakThreshold)} คะแนน ควรรักษามาตรฐานไว้`
          : m.indicators.length
            ? m.indicators.map((n) => indicatorLabel(ctx.lk.catalogue, n)).join('\n')
            : '-';
    return {
      key: m.id,
      cells: [
        numbered(f, i + 1, m.measure),
        // Codes only: the question texts are printed once, in the theme tables of part 1.
        f.t(
          (codes.length ? codeRanges(codes) : '') ||
            m.indicators.map((n) => indicatorLabel(ctx.lk.catalogue, n)).join('\n') ||
            '-',
        ),
        f.t(findings),
        f.t(m.responsible),
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
    ],
    rows: rows.length ? rows : [{ key: 'placeholder', cells: [WORDS.noMeasures, '', '', '', ''], mergeAll: true }],
    widths: [40, 22, 58, 20, 20],
    repeatHeader: true,
  };
}

/** เรื่องเดิม: who assessed, the year, the agency and its result. */
function backgroundText(input: DocInput, f: Fmt): string {
  const s = input.settings;
  const o = input.analysis.overall;
  const result =
    o.score === null ? '' : ` ได้คะแนนรวม ${f.score(o.score)} คะแนน${o.level ? ` อยู่ในระดับ “${o.level}”` : ''}`;
  return f.t(
    `ตามที่ สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear} ` +
      `${agencyWithLocation(s)}${result} นั้น ` +
      `เพื่อนำผลการประเมินไปปรับปรุงการดำเนินงานในปีงบประมาณ พ.ศ. ${s.planFiscalYear} จึงขอรายงานผลการวิเคราะห์ ดังนี้`,
  );
}

/** ส่วนที่ ๓: what limits this analysis, each said only when the data shows it. */
function limitations(input: DocInput, f: Fmt, levels: DataLevels): string[] {
  const a = input.analysis;
  // Without question scores there are no questions below the threshold to reason from: say what
  // the analysis did rest on instead, and speak of a low score only when there is one.
  const below =
    a.overall.pass === false ||
    a.instruments.some((i) => i.pass === false) ||
    a.indicators.some((i) => i.pass === false);
  const unit = levels.indicators ? 'ตัวชี้วัด' : 'แบบวัด';
  const out: string[] = [
    levels.questions
      ? 'ผลการประเมินตามแบบวัด IIT และ EIT เป็นการรับรู้ของผู้ตอบแบบสำรวจ คะแนนรายข้อไม่ได้ระบุสาเหตุ ' +
        'การวิเคราะห์สาเหตุในรายงานนี้จึงพิจารณาจากข้อคำถามที่ได้คะแนนต่ำกว่าเกณฑ์ร่วมกับข้อเสนอแนะของสำนักงาน ป.ป.ช.'
      : below
        ? `${noQuestionScoresText(levels)} จึงยังไม่ทราบว่าข้อคำถามหรือข้อมูลรายการใดเป็นสาเหตุของคะแนนที่ต่ำ ` +
          `การวิเคราะห์ในรายงานนี้จึงพิจารณาจากองค์ประกอบของ${unit}ที่มีคะแนนต่ำกว่าค่าเป้าหมาย`
        : `${noQuestionScoresText(levels)} การวิเคราะห์ในรายงานนี้จึงพิจารณาตามคะแนนราย${unit}`,
  ];
  // Named, so a reader can check them: "(ตัวชี้วัดที่ ๒ และ ๕)", not "(๒ ตัวชี้วัด)".
  const mismatch = a.indicators.filter(
    (i) => i.source === 'given' && i.score !== null && i.fromQuestions !== null && differs(i.score, i.fromQuestions),
  );
  if (mismatch.length)
    out.push(
      `คะแนนตัวชี้วัดที่เผยแพร่บางตัวไม่ตรงกับค่าเฉลี่ยของคะแนนรายข้อ (ตัวชี้วัดที่ ${plainList(mismatch.map((i) => String(i.number)))}) ` +
        'รายงานนี้ใช้คะแนนที่เผยแพร่',
    );
  const history = a.indicators.some((i) => i.change !== null) || a.instruments.some((i) => i.change !== null);
  out.push(
    history
      ? 'การเปรียบเทียบกับปีก่อนใช้เฉพาะผลการประเมินย้อนหลังที่มีในข้อมูล'
      : 'ข้อมูลที่ใช้ไม่มีผลการประเมินของปีก่อน จึงยังไม่ได้เปรียบเทียบแนวโน้มของคะแนน',
  );
  return out.map((t, i) => f.t(`${i + 1}. ${t}`));
}

/** ส่วนที่ ๔: what the memo proposes, from the measures and the weak points. */
function suggestions(ctx: Ctx): string[] {
  const { f, input } = ctx;
  const s = input.settings;
  const n = ctx.dp.measures.length;
  // A two-part question weak in both parts is one question, as the plan counts them ("มี ๑๑ ข้อ").
  const weak = new Set(input.analysis.weakQuestions.map((w) => w.code)).size;
  const first = n
    ? `เห็นควรนำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear} จำนวน ${n} มาตรการ ` +
      `ไปปฏิบัติ${weak ? ` โดยเร่งดำเนินการในข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ${weak} ข้อ` : ''} และประกาศให้บุคลากรทราบ`
    : `เห็นควรกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear}`;
  return [
    f.t(`1. ${first}`),
    f.t('2. แจ้งทุกสำนักและกองให้ทราบ เพื่อดำเนินการในส่วนที่เกี่ยวข้อง และรายงานผลการดำเนินการเพื่อจัดทำรายงานผลการดำเนินการตามมาตรการ'),
  ];
}

/** "ตัวชี้วัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ …" (or the instruments, when only they were given); "" when none. */
function keepSentence(ctx: Ctx): string {
  const { f, input } = ctx;
  const a = input.analysis;
  const agency = input.settings.agencyName;
  const passing = a.indicators.filter((i) => i.pass === true);
  if (passing.length) {
    return f.t(
      `ตัวชี้วัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${plainList(passing.map((i) => `ตัวชี้วัดที่ ${i.number} ${i.name} (${f.score(i.score)} คะแนน)`))} ` +
        `${agency}จะรักษามาตรฐานการดำเนินงานในด้านเหล่านี้ไว้`,
    );
  }
  const ins = a.instruments.filter((i) => i.pass === true);
  if (!ins.length) return '';
  return f.t(
    `แบบวัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${plainList(ins.map((i) => `${i.id} (${f.score(i.score)} คะแนน)`))} ` +
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
    ...memoHead(s, f, `${ANALYSIS_REPORT_TITLE} ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`),
    { type: 'heading', key: 'background', level: 2, text: 'เรื่องเดิม' },
    para('background.text', backgroundText(input, f)),
  ];
  blocks.push({
    type: 'heading',
    key: 'part1',
    level: 2,
    text: f.t(`ส่วนที่ 1 การวิเคราะห์ผลการประเมินแต่ละตัวชี้วัด ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`),
  });
  blocks.push(overallParagraph('part1.overall', input, f));
  if (hasIndicatorScores(input)) blocks.push(indicatorTable('table.indicators', input, f));

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
    const seen = new Set<string>();
    // The part note only for a framework whose EIT has two parts, when EIT scores are shown: under the
    // first table that shows "๙๕.๒๕ / ๗๗.๐๐", where a reader first needs it (not pages later).
    const twoPart = new Set(lk.catalogue.questions.filter((q) => q.parts === 2).map((q) => q.code));
    let noted = false;
    for (const theme of themesFor(lk.catalogue)) {
      blocks.push({
        type: 'heading',
        key: `theme.${theme.number}`,
        level: 3,
        text: f.t(`ประเด็นที่ ${theme.number} ${theme.title}`),
      });
      const codes = scoredCodes(ctx, theme);
      if (codes.length) blocks.push(themeTable(ctx, theme, seen));
      if (!noted && codes.some((c) => twoPart.has(c))) {
        noted = true;
        blocks.push(
          para('themes.note', f.t(`หมายเหตุ: คะแนนของแบบวัด EIT แสดงเป็น ${WORDS.part} 1 / ${WORDS.part} 2`), {
            firstLineIndent: false,
          }),
        );
      }
      blocks.push(para(`theme.${theme.number}.prose`, themeProse(ctx, theme), { spacing: { before: 'small' } }));
    }
  }

  blocks.push({
    type: 'heading',
    key: 'part2',
    level: 2,
    text: f.t(`ส่วนที่ 2 การกำหนดวิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. ${s.planFiscalYear}`),
  });
  blocks.push(implementationTable(ctx));
  blocks.push({ type: 'heading', key: 'part3', level: 2, text: f.t(`ส่วนที่ 3 ข้อจำกัดในการวิเคราะห์ผลการประเมิน`) });
  limitations(input, f, dp.levels).forEach((t, i) => blocks.push(para(`part3.${i + 1}`, t)));
  blocks.push({ type: 'heading', key: 'part4', level: 2, text: f.t(`ส่วนที่ 4 ข้อเสนอแนะ`) });
  suggestions(ctx).forEach((t, i) => blocks.push(para(`part4.${i + 1}`, t)));
  blocks.push(...memoClosing(preparerSignature(s, f)));
  blocks.push(...approvalChain(s, f));

  return {
    kind: 'analysis-report',
    title: f.t(`รายงานผลการวิเคราะห์ ITA ${s.agencyName} ปีงบประมาณ ${s.assessmentYear}`),
    page: a4('landscape', s.thaiDigits),
    blocks,
    warnings: [
      ...identity,
      ...(signerRole(s) === 'chief' ? [PREPARER_WARNING] : []),
      ...measureIdWarnings(dp.measures),
      ...dp.warnings,
      ...input.analysis.warnings,
    ],
  };
}

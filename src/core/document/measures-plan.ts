// The measures plan (the year's measures item: OIT o34 in 2567, o25 in 2569): มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน.

import type { MeasureRow } from '../types';
import type { Block, DocInput, DocModel, TableBlock } from './model';
import { itemReferenceText, unconfirmedItemWarning } from '../catalogue';
import { lookups } from './deps';
import { identityWarnings, withIdentity } from './identity';
import { fmt, plainList, type Fmt } from './text';
import { measureCells, periodsOf, periodWords, withoutPeriod, type Periods } from './measure-cells';
import { docPlan } from './plan';
import { areaGroups, areaParagraph } from './urgent';
import { noQuestionScoresText, nothingBelow } from '../measures';
import {
  WORDS,
  coverBlocks,
  hasIndicatorScores,
  indicatorTable,
  overallParagraph,
  para,
  signedDocument,
  weakTable,
} from './parts';

export const MEASURES_PLAN_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';
export const MEASURES_TABLE_HEADER = [
  'มาตรการ/แนวทางการดำเนินงาน',
  'วิธีการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผล',
];

/**
 * " สำหรับข้อ e4 และ e5": the questions a measure answers (the row's links in the sheet), after its name
 * on the same line, so that section ๒'s table of weak questions needs no column pointing here and a
 * renumbered row is still edited by its number alone. No brackets: LibreOffice breaks a Thai word
 * right after "(" ("(ข้|อ e7)", seen on the rendered plan). "" for a measure linking no question.
 */
function answered(m: MeasureRow): string {
  const codes = [...new Set(m.questions.map((q) => q.trim()).filter(Boolean))];
  return codes.length ? ` สำหรับข้อ ${plainList(codes)}` : '';
}

export function measuresTable(
  key: string,
  f: Fmt,
  fiscalYear: number,
  measures: MeasureRow[],
  periods: Periods | null,
): TableBlock {
  const rows = measures.map((m: MeasureRow, i: number) => {
    return { key: m.id, cells: [...measureCells(f, i, m, fiscalYear, periods, answered(m)), f.t(m.followUp)] };
  });
  const header = withoutPeriod(MEASURES_TABLE_HEADER);
  return {
    type: 'table',
    key,
    header: [header],
    rows: rows.length
      ? rows
      : [{ key: 'placeholder', cells: header.map((_, c) => (c === 0 ? WORDS.noMeasures : '')), mergeAll: true }],
    // mm of the 160 mm portrait width, set by counting the lines of the seed 001 measures (Laksaman
    // widths, Thai word breaks): the steps are most of a row's text, so their column is the widest;
    // the measure and the follow-up hold 30-60 characters each; the responsible column holds
    // "ทุกกอง/" (16.0 mm at 14 pt, plus 3.8 mm of cell margins) whole, never "กอ|ง".
    widths: [30, 84, 20, 26],
    repeatHeader: true,
  };
}

/** Duplicate measure ids break the row keys: say so (Thai). */
export function measureIdWarnings(measures: MeasureRow[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  measures.forEach((m, i) => {
    if (!m.id.trim()) out.push(`มาตรการแถวที่ ${i + 1} ไม่มีรหัสมาตรการ (คอลัมน์ รหัส) จึงเชื่อมกับผลการดำเนินการไม่ได้`);
    else if (seen.has(m.id)) out.push(`รหัสมาตรการ "${m.id}" ซ้ำกัน (แถวที่ ${i + 1}) ต้องไม่ซ้ำกัน`);
    seen.add(m.id);
  });
  return out;
}

/**
 * Portrait A4: the plan is mostly prose (published as o34); its 5-column measures table fits the
 * 16 cm text width at the table size (one step below body text), as agencies print it.
 */
export function buildMeasuresPlan(given: DocInput): DocModel {
  const identity = identityWarnings(given.settings, { signer: true });
  const input = withIdentity(given);
  const s = input.settings;
  const f = fmt(s.thaiDigits);
  const lk = lookups(input);
  const a = input.analysis;
  // Which OIT item of the year this plan is published as; by title alone while the number is not known.
  const blocks: Block[] = coverBlocks(
    MEASURES_PLAN_TITLE,
    given.settings,
    f,
    `เผยแพร่ตาม${itemReferenceText(lk.items.plan)}`,
  );

  blocks.push({
    type: 'heading',
    key: 's1',
    level: 2,
    text: f.t(`1. การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${s.assessmentYear}`),
  });
  blocks.push(overallParagraph('s1.overall', input, f));
  if (hasIndicatorScores(input)) blocks.push(indicatorTable('table.indicators', input, f));
  const dp = docPlan(input, lk.catalogue, { uncovered: true });
  const threshold = f.num(a.weakThreshold);
  const weak = dp.levels.questions && a.weakQuestions.length > 0;
  if (!dp.levels.questions) {
    // No question scores: one sentence says what the data holds; no question table.
    blocks.push(
      para('s1.weak', f.t(`${noQuestionScoresText(dp.levels)} การวิเคราะห์และการกำหนดมาตรการจึงพิจารณาตามคะแนนดังกล่าว`), {
        spacing: { before: 'small' },
      }),
    );
  } else if (!weak) {
    blocks.push(
      para(
        's1.weak',
        f.t(
          `ไม่มีข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ (${threshold} คะแนน)` +
            (nothingBelow(a) ? ` ${s.agencyName}จะรักษามาตรฐานการดำเนินงานไว้` : ''),
        ),
        { spacing: { before: 'small' } },
      ),
    );
  }

  // Section ๒ lists the issues briefly: the weak questions in one table (text, part, score, distance
  // below the threshold), then the failing areas above the question level (indicators, instruments,
  // OIT items), largest gap first. Section ๓'s table holds the measures, the questions each answers
  // and the steps: nothing is said twice.
  blocks.push({ type: 'heading', key: 's2', level: 2, text: f.t('2. ประเด็นที่ต้องแก้ไข/ปรับปรุงโดยเร่งด่วน') });
  if (weak) {
    // Which measure answers each question is said in section ๓ (after each measure's name); the
    // sentence says so only when every weak question is answered there.
    const linked = new Set(dp.measures.flatMap((m) => m.questions.map((q) => q.trim().toLowerCase())));
    const all = a.weakQuestions.every((w) => linked.has(w.code.toLowerCase()));
    // A two-part question weak in both parts is one question (two rows of the table).
    const questions = new Set(a.weakQuestions.map((w) => w.code)).size;
    blocks.push(
      para(
        's2.weak',
        f.t(
          `ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ${threshold} คะแนน มี ${questions} ข้อ` +
            (all ? ' ซึ่งกำหนดมาตรการแก้ไขไว้ในข้อ 3 ทุกข้อ ดังนี้' : ' ดังนี้'),
        ),
        { keepWithNext: true },
      ),
    );
    blocks.push(weakTable('table.weak', input, f, lk.catalogue));
  }
  const areas = areaGroups(dp.plan).sort(
    (x, y) => Math.max(...y.measures.map((p) => p.gap)) - Math.max(...x.measures.map((p) => p.gap)),
  );
  areas.forEach((g, i) =>
    blocks.push(
      para(`s2.ind${g.indicator}`, areaParagraph(f, input, lk.catalogue, dp, `2.${i + 1}`, g, { steps: false })),
    ),
  );
  if (!weak && areas.length === 0) {
    blocks.push(
      para(
        's2.none',
        nothingBelow(a)
          ? `ไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน ${s.agencyName}จะรักษาระดับคะแนนและพัฒนาการดำเนินงานอย่างต่อเนื่อง`
          : `ผลการประเมินที่ได้รับยังไม่ระบุประเด็นที่ต้องแก้ไขโดยเร่งด่วน ${s.agencyName}จะทบทวนการดำเนินงานตามมาตรการในข้อ ${f.t('3')}`,
      ),
    );
  }

  blocks.push({
    type: 'heading',
    key: 's3',
    level: 2,
    text: f.t(`3. ${MEASURES_PLAN_TITLE}`),
  });
  // The sentence above the table says how many measures and the period most of them run over (the
  // table has no period column: see measure-cells.ts). It also lets the table start at the foot of a page:
  // LibreOffice moves a heading kept with a table whose header row repeats to the next page.
  const periods = periodsOf(f, dp.measures, s.planFiscalYear);
  if (periods) {
    blocks.push(
      para(
        's3.intro',
        f.t(`${s.agencyName}กำหนดมาตรการ จำนวน ${dp.measures.length} มาตรการ ${periodWords(periods)} ดังนี้`),
        {
          keepWithNext: true,
        },
      ),
    );
  }
  blocks.push(measuresTable('table.measures', f, s.planFiscalYear, dp.measures, periods));
  return signedDocument('measures-plan', MEASURES_PLAN_TITLE, input, f, 'portrait', blocks, [
    ...identity,
    ...measureIdWarnings(dp.measures),
    ...dp.warnings,
    ...(lk.items.plan.code ? [] : [unconfirmedItemWarning(s.assessmentYear, 'measures')]),
  ]);
}

// The measures plan (the year's measures item: OIT o34 in 2567, o25 in 2569): มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน.

import type { MeasureRow, Recommendation, WeakQuestion } from '../types';
import { a4, type Block, type DocInput, type DocModel, type TableBlock } from './model';
import { itemReferenceText, unconfirmedItemWarning } from '../catalogue';
import { lookups, publishableText } from './deps';
import { identityWarnings, withIdentity } from './identity';
import { fmt, numbered, thaiList, type Fmt } from './text';
import { docPlan } from './plan';
import { areaGroups, areaParagraph } from './urgent';
import { noQuestionScoresText, nothingBelow } from '../measures';
import {
  WORDS,
  indicatorTable,
  locationLine,
  overallParagraph,
  para,
  signature,
  titleBlocks,
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

/** Weak questions grouped by the recommendation that answers them (e4 and e5 share one). */
export interface WeakGroup {
  key: string;
  weak: WeakQuestion[];
  recommendation: Recommendation | null;
}

export function groupWeak(weak: WeakQuestion[], recommend: (code: string) => Recommendation | null): WeakGroup[] {
  const groups: WeakGroup[] = [];
  const byRec = new Map<Recommendation, WeakGroup>();
  const byCode = new Map<string, WeakGroup>();
  for (const w of weak) {
    const rec = recommend(w.code);
    let g = rec ? byRec.get(rec) : byCode.get(w.code);
    if (!g) {
      g = { key: '', weak: [], recommendation: rec };
      groups.push(g);
      if (rec) byRec.set(rec, g);
      else byCode.set(w.code, g);
    }
    g.weak.push(w);
  }
  for (const g of groups) g.key = [...new Set(g.weak.map((w) => w.code))].join('-');
  return groups;
}

/** "ก ข และ ค": a Thai list in official register (no commas), for references. */
function plainList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' ')} และ ${items[items.length - 1]}`;
}

/** "(อ้างอิงตัวชี้วัดย่อยที่ ๙.๑ ๙.๒ และ ๙.๓)" / "(อ้างอิงแบบตรวจ OIT ข้อ o13 และ o11)"; "" without references. */
export function referenceText(refs: string[]): string {
  const subs = refs.filter((r) => /^\d+\.\d+$/.test(r.trim()));
  const items = refs.filter((r) => !/^\d+\.\d+$/.test(r.trim()));
  const parts = [
    subs.length ? `ตัวชี้วัดย่อยที่ ${plainList(subs)}` : '',
    items.length ? `แบบตรวจ OIT ข้อ ${plainList(items)}` : '',
  ].filter(Boolean);
  return parts.length ? `(อ้างอิง${parts.join(' และ')})` : '';
}

/** "ส่วนที่ ๒ ได้ ๗๗.๐๐ คะแนน ต่ำกว่าเกณฑ์ ๘๕ คะแนนอยู่ ๘.๐๐ คะแนน" for the weak parts of one question. */
function scoreClause(f: Fmt, weak: WeakQuestion[], threshold: number): string {
  const parts = weak.map(
    (w) => `${w.part === null ? 'ได้' : `${WORDS.part} ${f.t(String(w.part))} ได้`} ${f.score(w.score)} คะแนน`,
  );
  const gap = Math.max(...weak.map((w) => w.gap));
  const gaps =
    weak.length > 1
      ? `ต่ำกว่าเกณฑ์ ${f.num(threshold)} คะแนน`
      : `ต่ำกว่าเกณฑ์ ${f.num(threshold)} คะแนนอยู่ ${f.score(gap)} คะแนน`;
  return `${thaiList(parts)} ${gaps}`;
}

/**
 * One numbered paragraph of section ๒ for a group of weak questions, in official register:
 * "๒.๑ ข้อ e9 “…” ส่วนที่ ๑ ได้ ๖๒.๕๐ คะแนน ต่ำกว่าเกณฑ์ ๘๕ คะแนนอยู่ ๒๒.๕๐ คะแนน ซึ่งสะท้อนว่า…
 * <agency>จึงกำหนด<measure> โดย (๑) … (๒) … (อ้างอิงแบบตรวจ OIT ข้อ o13 และ o11)". Every question
 * of the group is printed (e4 and e5 share one recommendation).
 */
export function urgentParagraph(
  f: Fmt,
  agency: string,
  index: number,
  g: WeakGroup,
  questionText: (c: string) => string,
  threshold = 85,
): string {
  const codes = [...new Set(g.weak.map((w) => w.code))];
  const questions = codes.map((code) => {
    const weak = g.weak.filter((w) => w.code === code);
    const text = (questionText(code) || publishableText(weak[0].text)).trim();
    return `${WORDS.question} ${code}${text ? ` “${text}”` : ''} ${scoreClause(f, weak, threshold)}`;
  });
  const head = `${f.t(`2.${index}`)} ${questions.join(' และ')}`;
  const rec = g.recommendation;
  if (!rec) return f.t(`${head} ${agency}จะทบทวนการดำเนินงานที่เกี่ยวข้องและกำหนดมาตรการแก้ไขไว้ในข้อ 3`);
  const refs = referenceText(rec.oitRefs);
  return f.t(
    `${head} ซึ่งสะท้อนว่า${rec.problem} ${agency}จึงกำหนด${rec.measure} (วิธีการดำเนินการตามข้อ 3)${refs ? ` ${refs}` : ''}`,
  );
}

export function measuresTable(
  key: string,
  input: DocInput,
  f: Fmt,
  periodDefault: string,
  measures: MeasureRow[] = input.measures,
): TableBlock {
  const rows = measures.map((m: MeasureRow, i: number) => ({
    key: m.id,
    cells: [
      numbered(f, i + 1, m.measure),
      f.t(m.method),
      f.t(m.responsible),
      m.period.trim() ? f.t(m.period) : periodDefault,
      f.t(m.followUp),
    ],
  }));
  return {
    type: 'table',
    key,
    header: [MEASURES_TABLE_HEADER],
    rows: rows.length ? rows : [{ key: 'placeholder', cells: [WORDS.noMeasures, '', '', '', ''], mergeAll: true }],
    // mm of the 160 mm portrait width: responsible and period 28 mm ("ผู้รับผิดชอบ" unbroken in
    // bold, the period on two lines).
    widths: [30, 62, 22, 20, 26],
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
  const blocks: Block[] = [
    ...titleBlocks([MEASURES_PLAN_TITLE, s.agencyName, f.t(`ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear}`)]),
  ];
  const where = locationLine(input);
  if (where) blocks.push(para('title.location', where, { align: 'center', firstLineIndent: false }));
  // Which OIT item of the year this plan is published as; by title alone while the number is not known.
  blocks.push(
    para('title.item', `เผยแพร่ตาม${itemReferenceText(lk.items.plan)}`, { align: 'center', firstLineIndent: false }),
  );

  blocks.push({
    type: 'heading',
    key: 's1',
    level: 2,
    text: f.t(`1. การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`),
  });
  blocks.push(overallParagraph('s1.overall', input, f));
  blocks.push(indicatorTable('table.indicators', input, f));
  const dp = docPlan(input, lk.catalogue, { uncovered: true });
  const threshold = f.num(a.weakThreshold);
  if (!dp.levels.questions) {
    // No question scores: one sentence says what the data holds; no question table.
    blocks.push(
      para('s1.weak', f.t(`${noQuestionScoresText(dp.levels)} การวิเคราะห์และการกำหนดมาตรการจึงพิจารณาตามคะแนนดังกล่าว`), {
        spacing: { before: 'small' },
      }),
    );
  } else if (a.weakQuestions.length) {
    blocks.push(
      para('s1.weak', f.t(`ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ (${threshold} คะแนน) มีจำนวน ${a.weakQuestions.length} รายการ ดังนี้`), {
        spacing: { before: 'small' },
      }),
    );
    blocks.push(weakTable('table.weak', input, f, lk.catalogue));
  } else {
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

  blocks.push({ type: 'heading', key: 's2', level: 2, text: f.t('2. ประเด็นที่ต้องแก้ไข/ปรับปรุงโดยเร่งด่วน') });
  // Weak question groups and failing areas (indicators, instruments, OIT items), largest gap first.
  const groups = groupWeak(a.weakQuestions, lk.recommend);
  const entries: { gap: number; key: string; text: (n: number) => string }[] = [
    ...groups.map((g) => ({
      gap: Math.max(...g.weak.map((w) => w.gap)),
      key: `s2.${g.key}`,
      text: (n: number) => urgentParagraph(f, s.agencyName, n, g, lk.questionText, a.weakThreshold),
    })),
    ...areaGroups(dp.plan).map((g) => ({
      gap: Math.max(...g.measures.map((p) => p.gap)),
      key: `s2.ind${g.indicator}`,
      text: (n: number) => areaParagraph(f, input, lk.catalogue, dp, `2.${n}`, g),
    })),
  ];
  entries.sort((x, y) => y.gap - x.gap);
  if (entries.length === 0) {
    blocks.push(
      para(
        's2.none',
        nothingBelow(a)
          ? `ไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน ${s.agencyName}จะรักษาระดับคะแนนและพัฒนาการดำเนินงานอย่างต่อเนื่อง`
          : `ผลการประเมินที่ได้รับยังไม่ระบุประเด็นที่ต้องแก้ไขโดยเร่งด่วน ${s.agencyName}จะทบทวนการดำเนินงานตามมาตรการในข้อ ${f.t('3')}`,
      ),
    );
  }
  entries.forEach((e, i) => blocks.push(para(e.key, e.text(i + 1))));

  blocks.push({
    type: 'heading',
    key: 's3',
    level: 2,
    text: f.t(`3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear}`),
  });
  blocks.push(measuresTable('table.measures', input, f, f.period(s.planFiscalYear, 'short'), dp.measures));
  blocks.push(...signature('signature', input, f));

  return {
    kind: 'measures-plan',
    title: f.t(`${MEASURES_PLAN_TITLE} ${s.agencyName} ปีงบประมาณ ${s.planFiscalYear}`),
    page: a4('portrait', s.thaiDigits),
    blocks,
    warnings: [
      ...identity,
      ...measureIdWarnings(dp.measures),
      ...dp.warnings,
      ...(lk.items.plan.code ? [] : [unconfirmedItemWarning(s.assessmentYear, 'measures')]),
    ],
  };
}

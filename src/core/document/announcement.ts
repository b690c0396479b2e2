// The announcement (ประกาศ) that puts the measures into force: ประกาศ<agency> / เรื่อง … / body /
// จึงประกาศให้ทราบโดยทั่วกัน / ประกาศ ณ วันที่ … / signature / แนบท้ายประกาศ with the measures table.

import type { Catalogue, MeasureRow } from '../types';
import { a4, type Block, type DocInput, type DocModel, type TableBlock, type TableRow } from './model';
import { lookups } from './deps';
import { fmt, numbered, type Fmt } from './text';
import { WORDS, para, signature, titleBlocks } from './parts';
import { announcementDateText, FILL_NAME, identityWarnings, withIdentity } from './identity';
import { MEASURES_PLAN_TITLE, measureIdWarnings } from './measures-plan';
import { docPlan } from './plan';

export const ANNOUNCEMENT_TABLE_HEADER = ['ตัวชี้วัด', 'มาตรการที่ต้องดำเนินการ'];
export const ANNOUNCEMENT_CLOSING = 'จึงประกาศให้ทราบโดยทั่วกัน';
/** Printed in place of the signer's name or position when the settings leave them empty. */
export const SIGNER_PLACEHOLDER = FILL_NAME;

/** "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘". */
function subjectLine(f: Fmt, planFiscalYear: number): string {
  return f.t(`เรื่อง ${MEASURES_PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${planFiscalYear}`);
}

/** The indicator numbers of a measure: its own, else those of its linked questions. */
function indicatorNumbers(m: MeasureRow, cat: Catalogue): number[] {
  if (m.indicators.length) return [...new Set(m.indicators)];
  const codes = new Set(m.questions.map((q) => q.trim().toLowerCase()));
  return cat.indicators.filter((d) => d.questions.some((q) => codes.has(q))).map((d) => d.number);
}

/** "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", one indicator a line; "-" when none is linked. */
function indicatorCell(f: Fmt, numbers: number[], name: (n: number) => string): string {
  if (numbers.length === 0) return '-';
  return numbers.map((n) => f.t(`ตัวชี้วัดที่ ${n}${name(n) ? ` ${name(n)}` : ''}`)).join('\n');
}

/**
 * One row per indicator, its measures listed under it (numbered as in the plan), as real announcements
 * print them; measures linked to no indicator come last under "-". Rows are keyed "ind.N" ("ind.1+2"
 * for neighbours sharing their measures), so adding a measure to an indicator rewrites that one row
 * when the document is regenerated.
 */
function announcementTable(key: string, input: DocInput, f: Fmt): TableBlock {
  const cat = lookups(input).catalogue;
  const name = (n: number) =>
    cat.indicators.find((d) => d.number === n)?.name ??
    input.analysis.indicators.find((i) => i.number === n)?.name ??
    '';
  const groups = new Map<number, string[]>();
  input.measures.forEach((m, i) => {
    const numbers = indicatorNumbers(m, cat);
    for (const n of numbers.length ? numbers : [0]) {
      if (!groups.has(n)) groups.set(n, []);
      groups.get(n)!.push(numbered(f, i + 1, m.measure));
    }
  });
  // Indicators next to each other with the same measures share one row (a passing result's "keep"
  // measure covers all five IIT indicators: printed once, not five times).
  const merged: { numbers: number[]; text: string }[] = [];
  for (const n of [...groups.keys()].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b))) {
    const text = groups.get(n)!.join('\n');
    const last = merged[merged.length - 1];
    if (n !== 0 && last && last.numbers[0] !== 0 && last.text === text) last.numbers.push(n);
    else merged.push({ numbers: [n], text });
  }
  const rows: TableRow[] = merged.map(({ numbers, text }) => ({
    key: numbers[0] === 0 ? 'ind.none' : `ind.${numbers.join('+')}`,
    cells: [numbers[0] === 0 ? '-' : indicatorCell(f, numbers, name), text],
  }));
  return {
    type: 'table',
    key,
    header: [ANNOUNCEMENT_TABLE_HEADER],
    rows: rows.length ? rows : [{ key: 'placeholder', cells: [WORDS.noMeasures, ''], mergeAll: true }],
    widths: [60, 100],
    repeatHeader: true,
  };
}

/** Why the agency sets the measures: the ITA result of the assessment year. */
function bodyText(input: DocInput, f: Fmt): string {
  const s = input.settings;
  const o = input.analysis.overall;
  const result =
    o.score === null ? '' : ` มีคะแนนรวม ${f.score(o.score)} คะแนน${o.level ? ` อยู่ในระดับ “${o.level}”` : ''}`;
  return (
    f.t(
      `ตามที่${s.agencyName}ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`,
    ) +
    result +
    ' นั้น ' +
    f.t(
      `เพื่อให้การดำเนินงานของ${s.agencyName}เป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ ` +
        `${s.agencyName}จึงกำหนด${MEASURES_PLAN_TITLE} ประจำปีงบประมาณ พ.ศ. ${s.planFiscalYear} ` +
        `เพื่อให้บุคลากรถือปฏิบัติ รายละเอียดตามแนบท้ายประกาศนี้`,
    )
  );
}

/** Portrait A4: one page of announcement, then the annex with the measures table. */
export function buildAnnouncement(given: DocInput): DocModel {
  const identity = identityWarnings(given.settings, { signer: true, date: true });
  const planned = docPlan(given, lookups(given).catalogue);
  const input: DocInput = { ...withIdentity(given), measures: planned.measures };
  const s = input.settings;
  const f = fmt(s.thaiDigits);
  const title = f.t(`ประกาศ${s.agencyName}`);
  const subject = subjectLine(f, s.planFiscalYear);
  const blocks: Block[] = [
    ...titleBlocks([title, subject]),
    para('body', bodyText(input, f), { spacing: { before: 'large' } }),
    para('closing', ANNOUNCEMENT_CLOSING),
    para('date', f.t(`ประกาศ ณ ${announcementDateText(s)}`), {
      align: 'center',
      firstLineIndent: false,
      spacing: { before: 'large' },
    }),
    ...signature('signature', input, f),
    { type: 'pageBreak', key: 'annex.break' },
    ...titleBlocks([f.t(`แนบท้ายประกาศ${s.agencyName}`), subject], 'annex'),
    announcementTable('table.measures', input, f),
  ];
  return {
    kind: 'announcement',
    title: f.t(`ประกาศ ${MEASURES_PLAN_TITLE} ${s.agencyName} ปีงบประมาณ ${s.planFiscalYear}`),
    page: a4('portrait', s.thaiDigits),
    blocks,
    warnings: [...identity, ...measureIdWarnings(input.measures), ...planned.warnings],
  };
}

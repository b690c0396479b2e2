// The workbook's OIT item list ("รายการ OIT"): each assessment year's items, pre-filled from the
// catalogue, corrected by the officer. Rule: setup adds a year's rows only when the sheet holds no row of
// that year; after that the rows are the officer's (edited titles, added or removed codes stay).
// The list of the assessment year replaces the catalogue's OIT items for the item input and the documents.
import type { Catalogue, InputIssue, QuestionDef } from '../types';
import { readItemCode } from '../catalogue';
import { cellText, readInteger } from './cells';
import { LAYOUTS, colIndex } from './layouts';
import { dataRows, issue, type TableSnapshot } from './readers';

/** The confidence label of an item whose year's OIT list is not confirmed. */
export const UNCONFIRMED_LIST = 'ยังไม่ยืนยัน';

export interface OitListItem {
  row: number;
  code: string;
  title: string;
  subIndicator: string;
}

/** True when the catalogue's OIT list is confirmed for this year. */
function listConfirmed(cat: Catalogue, year: number): boolean {
  return year >= cat.oitListConfirmed.firstYear && year <= cat.oitListConfirmed.lastYear;
}

/** The rows setup writes for a year: [year, code, title, sub-indicator, confidence], catalogue order. */
export function oitItemRows(cat: Catalogue, year: number): (string | number)[][] {
  const confirmed = listConfirmed(cat, year);
  return cat.questions
    .filter((q) => q.instrument === 'OIT')
    .map((q) => [year, q.code, q.text, q.subIndicator ?? '', confirmed ? q.confidence : UNCONFIRMED_LIST]);
}

/** True when the sheet holds a row of this year (then setup leaves the year's list alone). */
export function hasOitYear(values: unknown[][], year: number): boolean {
  const iYear = colIndex('oitItems', 'year');
  return dataRows(values).some(({ cells }) => {
    const y = readInteger(cells[iYear]);
    return y.ok && y.value === year;
  });
}

/**
 * The officer's list of one year: null when the sheet has no row of that year (the catalogue is used).
 * A bad or duplicate code, or a missing title, is a located issue.
 */
export function readOitItems(snap: TableSnapshot, year: number): { items: OitListItem[] | null; issues: InputIssue[] } {
  const cols = LAYOUTS.oitItems.columns;
  const k = (key: string) => colIndex('oitItems', key);
  const issues: InputIssue[] = [];
  const items: OitListItem[] = [];
  const seen = new Map<string, number>();
  let any = false;
  for (const { row, cells } of dataRows(snap.values)) {
    const y = readInteger(cells[k('year')]);
    if (!y.ok || y.value === null) {
      issues.push(
        issue(
          snap.sheet,
          row,
          k('year') + 1,
          cols[k('year')].header,
          `"${cellText(cells[k('year')])}" ต้องเป็นปี พ.ศ. เช่น 2569`,
        ),
      );
      continue;
    }
    if (y.value !== year) continue;
    any = true;
    const typed = cellText(cells[k('code')]);
    const code = readItemCode(typed);
    const at = (key: string, what: string) =>
      issues.push(issue(snap.sheet, row, k(key) + 1, cols[k(key)].header, what));
    if (!code) {
      at('code', `รหัสข้อ "${typed}" ไม่ใช่รหัสข้อ OIT ต้องเป็นรหัส เช่น o25`);
      continue;
    }
    if (seen.has(code)) {
      at('code', `รหัสข้อ ${code} ของปี ${year} ซ้ำกับแถวที่ ${seen.get(code)} ให้เหลือเพียงแถวเดียว`);
      continue;
    }
    seen.set(code, row);
    const title = cellText(cells[k('title')]).replace(/\s+/g, ' ');
    if (!title) {
      at('title', `ข้อ ${code} ไม่มีชื่อรายการ กรอกชื่อรายการตามคู่มือการประเมิน`);
      continue;
    }
    items.push({ row, code, title, subIndicator: cellText(cells[k('subIndicator')]) });
  }
  return { items: any ? items : null, issues };
}

/**
 * The catalogue with its OIT items replaced by the officer's list: known codes keep their facts (topics,
 * indicator) with the officer's title and sub-indicator; a new code joins the indicator its sub-indicator
 * names ("10.2" → 10), else the indicator of the catalogue's last OIT item.
 */
export function withOitList(cat: Catalogue, items: readonly OitListItem[]): Catalogue {
  const oit = cat.questions.filter((q) => q.instrument === 'OIT');
  // The list as pre-filled (nothing edited): the catalogue itself, same object.
  const same =
    items.length === oit.length &&
    items.every(
      (it, i) =>
        it.code === oit[i].code && it.title === oit[i].text && (it.subIndicator || '') === (oit[i].subIndicator ?? ''),
    );
  if (same) return cat;
  const oitIndicators = new Set(cat.indicators.filter((i) => i.instrument === 'OIT').map((i) => i.number));
  const fallback = oit[oit.length - 1]?.indicator ?? [...oitIndicators].pop() ?? 0;
  const listed: QuestionDef[] = items.map((it) => {
    const known = oit.find((q) => q.code === it.code);
    const sub = it.subIndicator || known?.subIndicator;
    const fromSub = sub ? Number(sub.split('.')[0]) : NaN;
    const base: QuestionDef = known ?? {
      code: it.code,
      instrument: 'OIT',
      indicator: oitIndicators.has(fromSub) ? fromSub : fallback,
      text: it.title,
      parts: 1,
      confidence: 'L',
    };
    return { ...base, text: it.title, ...(sub ? { subIndicator: sub } : {}) };
  });
  return { ...cat, questions: [...cat.questions.filter((q) => q.instrument !== 'OIT'), ...listed] };
}

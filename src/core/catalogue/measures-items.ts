// The measures item and the results item of an assessment year (o42/o43 in 2561–2566, o34/o35 in
// 2567, o25/o26 in 2569; not known for 2568): from the year's catalogue, or as typed by the officer in
// ตั้งค่า (which wins, so an unconfirmed or wrong number is corrected without a release). A published
// text names an item by number only when one of these gives it; otherwise by its title alone.
import type { Catalogue } from '../types';
import { normalizeCode } from './codes';
import { OIT_TOPICS } from './topics';

/** What the sidebar and the settings show while a year's number is not known. */
export const UNCONFIRMED_ITEM = 'ยังไม่ยืนยัน';

export interface MeasuresItemRef {
  /** "o25"; null when neither the catalogue nor the officer gives a number. */
  code: string | null;
  /** The item's title in the year's list, else the generic title of the topic. */
  title: string;
  /** Where the number came from. */
  source: 'settings' | 'catalogue' | 'none';
}

export interface MeasuresItems {
  plan: MeasuresItemRef;
  report: MeasuresItemRef;
}

/** A typed OIT code ("O25", "๐25", " o 25 ") as "o25"; null when blank, "ยังไม่ยืนยัน" or not an OIT code. */
export function readItemCode(typed: string | undefined): string | null {
  const t = (typed ?? '').trim();
  if (!t || t === UNCONFIRMED_ITEM) return null;
  const c = normalizeCode(t);
  return /^o\d+$/.test(c) ? c : null;
}

function ref(
  cat: Catalogue,
  fromCatalogue: string | null,
  typed: string | undefined,
  generic: string,
): MeasuresItemRef {
  const own = readItemCode(typed);
  const code = own ?? fromCatalogue;
  const title = (code && cat.questions.find((q) => q.code === code && q.instrument === 'OIT')?.text) || generic;
  return { code, title, source: own ? 'settings' : code ? 'catalogue' : 'none' };
}

/**
 * The measures and results items of a catalogue's year, the officer's typed codes (settings
 * measuresItem / resultsItem) first. `measuresItemsOf(CATALOGUE_2569)` → o25 / o26; 2568 with nothing
 * typed → code null, title the generic one.
 */
export function measuresItemsOf(cat: Catalogue, typed: { plan?: string; report?: string } = {}): MeasuresItems {
  return {
    plan: ref(cat, cat.measuresItems.plan, typed.plan, OIT_TOPICS.measures),
    report: ref(cat, cat.measuresItems.report, typed.report, OIT_TOPICS['measures-results']),
  };
}

/** "o25", or "ยังไม่ยืนยัน" when the number is not known: for labels (sidebar, documents log). */
export function itemCodeLabel(r: MeasuresItemRef): string {
  return r.code ?? UNCONFIRMED_ITEM;
}

/**
 * How a published document names the item: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ o25 <title>",
 * or, without a known number, "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายการ<title>": true either way.
 */
export function itemReferenceText(r: MeasuresItemRef): string {
  return r.code
    ? `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ข้อ ${r.code} ${r.title}`
    : `แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) รายการ${r.title}`;
}

/** The Thai warning for the officer when a document names an item without its number (once per document). */
export function unconfirmedItemWarning(year: number, which: 'measures' | 'results'): string {
  const what = which === 'measures' ? 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน' : 'รายงานผลการดำเนินการตามมาตรการ';
  const setting = which === 'measures' ? 'ข้อ OIT ของมาตรการ' : 'ข้อ OIT ของรายงานผลการดำเนินการ';
  const option = which === 'measures' ? '--measures-item' : '--results-item';
  return (
    `เลขข้อ OIT ของ${what}ในปี ${year} ยังไม่ยืนยัน เอกสารจึงอ้างชื่อรายการโดยไม่ระบุเลขข้อ ` +
    `กรอกเลขข้อตามคู่มือการประเมินในชีต "ตั้งค่า" แถว "${setting}" หรือตัวเลือก ${option} ` +
    `แล้วสร้างเอกสารอีกครั้ง`
  );
}

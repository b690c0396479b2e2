// OIT items referred to by meaning. The NACC renumbers the OIT list between years (E-Service is o17 in
// 2564, o13 in 2567, o10 in 2569; the measures item o42, o34, o25), so recommendations, themes and
// help never name an item number: they name a topic, and each year's catalogue says which of its
// items carry that topic. `oitItemsForTopics(cat, topics)` turns topics into that year's codes.
//
// To refer to OIT items in new data (recommendations, themes), list topics from OIT_TOPICS (or a
// group from OIT_GROUPS) and resolve them with oitRefsForTopics / oitItemsForTopics for the catalogue
// of the year being written about. A topic the year's list lacks resolves to nothing, never to a
// number borrowed from another year.
import type { Catalogue } from '../types';

/** What an OIT item is about (Thai description for people; ids are stable and English). */
export const OIT_TOPICS = {
  structure: 'โครงสร้างหน่วยงาน',
  executives: 'ข้อมูลผู้บริหาร',
  authority: 'อำนาจหน้าที่',
  contact: 'ข้อมูลการติดต่อ',
  laws: 'กฎหมายที่เกี่ยวข้อง',
  news: 'ข่าวประชาสัมพันธ์',
  'qa-channel': 'ช่องทางการติดต่อ-สอบถาม (Q&A)',
  'social-network': 'สื่อสังคมออนไลน์ของหน่วยงาน',
  'strategic-plan': 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
  'annual-plan': 'แผนดำเนินงานประจำปีและความก้าวหน้า',
  'budget-plan': 'แผนการใช้จ่ายงบประมาณประจำปีและความก้าวหน้า',
  'annual-report': 'รายงานผลการดำเนินงานประจำปี',
  'budget-report': 'รายงานผลการใช้จ่ายงบประมาณประจำปี',
  'work-manual': 'คู่มือหรือมาตรฐานการปฏิบัติงาน',
  'service-manual': 'คู่มือหรือมาตรฐานการให้บริการ',
  'service-stats': 'ข้อมูลสถิติการให้บริการ',
  'satisfaction-survey': 'ผลสำรวจความพึงพอใจการให้บริการ',
  eservice: 'การให้บริการออนไลน์ (E-Service)',
  'procurement-plan': 'แผนหรือรายการการจัดซื้อจัดจ้าง',
  'procurement-announcements': 'ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง',
  'procurement-progress': 'ความก้าวหน้าหรือสรุปผลการจัดซื้อจัดจ้างระหว่างปี',
  'procurement-report': 'รายงานผลการจัดซื้อจัดจ้างประจำปี',
  'hr-plan': 'นโยบาย หลักเกณฑ์ และแผนการบริหารและพัฒนาทรัพยากรบุคคล',
  'hr-report': 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล',
  ethics: 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม',
  'complaint-guideline': 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต',
  'complaint-channel': 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต',
  'complaint-stats': 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริต',
  participation: 'การเปิดโอกาสให้มีส่วนร่วม',
  'executive-commitment': 'เจตจำนงสุจริตและบทบาทของผู้บริหาร',
  'no-gift': 'นโยบาย No Gift Policy (ประกาศเจตนารมณ์และการสร้างวัฒนธรรม)',
  'no-gift-report': 'รายงานผลตามนโยบาย No Gift Policy',
  'gift-report': 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
  'risk-assessment': 'การประเมินความเสี่ยงการทุจริต',
  'risk-report': 'รายงานผลการจัดการความเสี่ยงการทุจริต',
  'anti-corruption-plan': 'แผนปฏิบัติการป้องกันการทุจริต',
  'anti-corruption-report': 'รายงานผลการดำเนินการป้องกันการทุจริต',
  /** The measures item: analysis of last year's ITA and the measures (o42 → o34 → o25). */
  measures: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  /** The results item: what was done under the measures (o43 → o35 → o26). */
  'measures-results': 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
} as const;

export type OitTopic = keyof typeof OIT_TOPICS;

/**
 * Groups of topics that a year may publish as one sub-indicator (the 2567 reference cites "9.1, 9.2,
 * 9.3" for e4/e5). A catalogue whose sub-indicator is known to be the group names it (SubIndicatorDef
 * .group) and oitRefsForTopics cites the sub-indicator; otherwise the group's items are cited one by one.
 */
export const OIT_GROUPS = {
  'basic-info': ['structure', 'executives', 'authority', 'contact', 'laws', 'news', 'qa-channel', 'social-network'],
  management: [
    'strategic-plan',
    'annual-plan',
    'annual-report',
    'work-manual',
    'service-manual',
    'service-stats',
    'satisfaction-survey',
    'eservice',
  ],
  procurement: [
    'budget-plan',
    'budget-report',
    'procurement-plan',
    'procurement-announcements',
    'procurement-progress',
    'procurement-report',
  ],
} as const satisfies Record<string, readonly OitTopic[]>;

export type OitGroup = keyof typeof OIT_GROUPS;

/** A reference by meaning: a topic, or a group of topics. */
export type OitRef = OitTopic | OitGroup;

export function isOitTopic(s: string): s is OitTopic {
  return Object.prototype.hasOwnProperty.call(OIT_TOPICS, s);
}

export function isOitGroup(s: string): s is OitGroup {
  return Object.prototype.hasOwnProperty.call(OIT_GROUPS, s);
}

function topicsOf(ref: OitRef): readonly OitTopic[] {
  return isOitGroup(ref) ? OIT_GROUPS[ref] : [ref];
}

/**
 * The year's OIT item codes for these topics (groups expand to their topics), in the order of the
 * topics given, each topic's items in catalogue order, without repeats. A topic the catalogue has no
 * item for contributes nothing. `oitItemsForTopics(cat2569, ['eservice'])` → ["o10"];
 * for 2567 → ["o13"].
 */
export function oitItemsForTopics(cat: Catalogue, topics: readonly OitRef[]): string[] {
  const out: string[] = [];
  for (const ref of topics) {
    for (const topic of topicsOf(ref)) {
      for (const q of cat.questions) {
        if (q.instrument === 'OIT' && q.topics?.includes(topic) && !out.includes(q.code)) out.push(q.code);
      }
    }
  }
  return out;
}

/**
 * Like oitItemsForTopics, but a group is cited as the catalogue's sub-indicator when the catalogue
 * marks one as that group ("basic-info" → "9.1" in 2567); otherwise as its items. This is what a
 * recommendation prints as its OIT references.
 */
export function oitRefsForTopics(cat: Catalogue, refs: readonly OitRef[]): string[] {
  const out: string[] = [];
  const add = (code: string) => {
    if (!out.includes(code)) out.push(code);
  };
  for (const ref of refs) {
    const sub = isOitGroup(ref) ? cat.subIndicators.find((s) => s.group === ref) : undefined;
    if (sub) add(sub.id);
    else oitItemsForTopics(cat, [ref]).forEach(add);
  }
  return out;
}

/** The one item of a topic in this year's list, or null when the year has none (or it is not known). */
export function oitItemForTopic(cat: Catalogue, topic: OitTopic): string | null {
  return oitItemsForTopics(cat, [topic])[0] ?? null;
}

// Suggested measures per weak question, by survey framework, with OIT references resolved to the
// numbering of the catalogue's own year (data names OIT items by meaning: see catalogue/topics.ts).
import { normalizeCode } from '../catalogue/codes';
import { OitRef, oitRefsForTopics } from '../catalogue/topics';
import { Catalogue, InstrumentId, Recommendation, RecommendationData } from '../types';
import { INDICATOR_ADVICE, MAINTAIN_ADVICE } from './indicator-advice';
import { OIT_ADVICE } from './oit-advice';
import { RECOMMENDATIONS_2567 } from './recommendations-2567';

export { RECOMMENDATIONS_2567, INDICATOR_ADVICE, MAINTAIN_ADVICE, OIT_ADVICE };

/**
 * 2561–2566: the real question texts of that framework are not known, so each IIT/EIT indicator gets one
 * recommendation covering all its questions (the indicator's measure, ./indicator-advice.ts), with OIT
 * references by meaning (topics), resolved into the 2564 item list. Confidence L.
 */
const FALLBACK_2561: { indicator: number; oit: OitRef[] }[] = [
  { indicator: 1, oit: ['work-manual', 'service-manual'] },
  { indicator: 2, oit: ['budget-plan', 'budget-report'] },
  { indicator: 3, oit: ['hr-plan', 'hr-report'] },
  { indicator: 4, oit: ['work-manual'] },
  { indicator: 5, oit: ['risk-assessment', 'risk-report', 'anti-corruption-plan', 'anti-corruption-report'] },
  { indicator: 6, oit: ['work-manual', 'service-manual'] },
  { indicator: 7, oit: ['basic-info', 'management', 'procurement'] },
  { indicator: 8, oit: ['participation'] },
];

/** A recommendation of the data for this catalogue: fresh arrays, OIT topics resolved to the year's refs. */
export function resolveRecommendation(cat: Catalogue, r: RecommendationData): Recommendation {
  const { oit, ...rest } = r;
  return { ...rest, questions: [...r.questions], oitRefs: oitRefsForTopics(cat, oit), oitTopics: [...oit] };
}

/** The indicator's measure as a Recommendation covering the given questions, with the given references. */
function fromAdvice(n: number, questions: string[], oitRefs: string[]): Recommendation | null {
  const a = INDICATOR_ADVICE.find((x) => x.indicator === n);
  if (!a) return null;
  return {
    questions: [...questions],
    problem: a.problem,
    measure: a.measure,
    method: a.method,
    oitRefs: [...oitRefs],
    responsible: a.responsible,
    followUp: a.followUp,
    confidence: 'L',
  };
}

function fallback2561(cat: Catalogue): Recommendation[] {
  const out: Recommendation[] = [];
  for (const f of FALLBACK_2561) {
    const indicator = cat.indicators.find((i) => i.number === f.indicator);
    const rec = indicator ? fromAdvice(f.indicator, indicator.questions, oitRefsForTopics(cat, f.oit)) : null;
    if (rec) out.push({ ...rec, oitTopics: [...f.oit] });
  }
  return out;
}

/**
 * The measure for a whole IIT/EIT indicator (when no question scores say which question is weak):
 * what its questions ask, in one measure. Its OIT references are those of the recommendations of the
 * indicator's questions in this catalogue (never written twice). `questions` is empty: it answers the
 * indicator, not a question. null for OIT indicators (see oitGroupRecommendation) and unknown numbers.
 */
export function indicatorRecommendation(cat: Catalogue, n: number): Recommendation | null {
  const indicator = cat.indicators.find((i) => i.number === n);
  if (!indicator || indicator.instrument === 'OIT') return null;
  const refs: string[] = [];
  for (const r of recommendationsFor(cat)) {
    if (!r.questions.some((q) => indicator.questions.includes(q))) continue;
    for (const ref of r.oitRefs) if (!refs.includes(ref)) refs.push(ref);
  }
  return fromAdvice(n, [], refs);
}

/** Up to this many items a measure names with their titles; a longer list is given as code ranges. */
const NAMED_ITEMS_MAX = 4;

/** "o1–o9" / "o8, o9": consecutive codes of one prefix as ranges (three or more). */
function codeRanges(codes: string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const m = /^([a-z]+)(\d+)$/.exec(codes[i]);
    let j = i;
    while (m && j + 1 < codes.length && codes[j + 1] === `${m[1]}${Number(m[2]) + (j + 1 - i)}`) j += 1;
    out.push(j - i >= 2 ? `${codes[i]}–${codes[j]}` : codes.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/** "o1 โครงสร้าง o2 ข้อมูลผู้บริหาร และ o3 อำนาจหน้าที่" from the catalogue's item titles; "ข้อ o1–o9" for a long list. */
function itemList(cat: Catalogue, items: string[]): string {
  if (items.length > NAMED_ITEMS_MAX) return `ข้อ ${codeRanges(items)}`;
  const named = items.map((code) => {
    const title = cat.questions.find((q) => q.code === code)?.text ?? '';
    return title ? `${code} ${title}` : code;
  });
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(' ')} และ ${named[named.length - 1]}`;
}

/**
 * The measure for a group of OIT items of one sub-indicator ("9.2"): the items the agency has to publish
 * (all the sub-indicator's items when no item scores were given, or the ones it missed), taken from the
 * year's catalogue. Text from ./oit-advice.ts; a sub-indicator without advice gets a plain measure named
 * after it. null when the sub-indicator is not in the catalogue.
 */
export function oitGroupRecommendation(cat: Catalogue, subId: string, items?: string[]): Recommendation | null {
  const sub = cat.subIndicators.find((s) => s.id === subId);
  if (!sub) return null;
  const list = items && items.length ? items.filter((i) => sub.items.includes(i)) : [...sub.items];
  const indicatorName = cat.indicators.find((i) => i.number === sub.indicator)?.name ?? '';
  const advice = OIT_ADVICE[cat.id]?.[subId] ?? {
    problem: `ข้อมูลด้าน${sub.name}ยังเผยแพร่ไม่ครบถ้วนตามเกณฑ์`,
    measure: `มาตรการส่งเสริม${indicatorName}ด้าน${sub.name}`,
    steps: [],
    responsible: 'สำนักปลัด',
    followUp: 'ตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์และรายงานผู้บริหารทุกไตรมาส',
  };
  const first =
    `มอบหมายผู้รับผิดชอบจัดทำและเผยแพร่ข้อมูลตามแบบตรวจ OIT ตัวชี้วัดย่อยที่ ${sub.id} ${sub.name} ` +
    `(${itemList(cat, list)}) บนเว็บไซต์ของหน่วยงานให้ครบถ้วน`;
  const method = [first, ...advice.steps].map((l, i) => `${i + 1}. ${l}`).join('\n');
  return {
    questions: [],
    problem: advice.problem,
    measure: advice.measure,
    method,
    oitRefs: list,
    responsible: advice.responsible,
    followUp: advice.followUp,
    confidence: 'L',
  };
}

/** The short "maintain" measure of an instrument, for a result with nothing below the target. */
export function maintainRecommendation(instrument: InstrumentId): Recommendation {
  const a = MAINTAIN_ADVICE[instrument];
  return {
    questions: [],
    problem: a.problem,
    measure: a.measure,
    method: a.method,
    oitRefs: [],
    responsible: a.responsible,
    followUp: a.followUp,
    confidence: 'L',
  };
}

/**
 * Recommendations of a catalogue, fresh copies (callers may edit them), their `oitRefs` in the
 * numbering of the catalogue's year (E-Service: o13 in 2567, o10 in 2569; a topic the year lacks is
 * left out). Framework 2567–2570: one per IIT/EIT question (e4 and e5 share one). 2561–2566: one per
 * IIT/EIT indicator (see FALLBACK_2561). Unknown frameworks: [].
 */
export function recommendationsFor(cat: Catalogue): Recommendation[] {
  return resolvedFor(cat).map(copyOf);
}

/**
 * The resolved recommendations of a catalogue, computed once per catalogue object: resolving the OIT
 * topics walks the year's item list for every topic, and a document looks a recommendation up for
 * every measure row. Never handed out: callers get copies (copyOf).
 */
const RESOLVED = new WeakMap<Catalogue, readonly Recommendation[]>();

function resolvedFor(cat: Catalogue): readonly Recommendation[] {
  let list = RESOLVED.get(cat);
  if (!list) {
    list =
      cat.framework === '2567-2570'
        ? RECOMMENDATIONS_2567.map((r) => resolveRecommendation(cat, r))
        : cat.framework === '2561-2566'
          ? fallback2561(cat)
          : [];
    RESOLVED.set(cat, list);
  }
  return list;
}

const copyOf = (r: Recommendation): Recommendation => ({
  ...r,
  questions: [...r.questions],
  oitRefs: [...r.oitRefs],
  ...(r.oitTopics ? { oitTopics: [...r.oitTopics] } : {}),
});

/** The recommendation covering a question code (case-insensitive), or null (e.g. OIT items). A fresh copy. */
export function recommendationForQuestion(cat: Catalogue, code: string): Recommendation | null {
  const c = normalizeCode(code);
  const rec = resolvedFor(cat).find((r) => r.questions.includes(c));
  return rec ? copyOf(rec) : null;
}

/** OIT items / sub-indicators a question's recommendation refers to, in the year's numbering; [] when none. */
export function oitRefsForQuestion(cat: Catalogue, code: string): string[] {
  return recommendationForQuestion(cat, code)?.oitRefs ?? [];
}

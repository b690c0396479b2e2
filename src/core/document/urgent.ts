// The urgent issues (ประเด็นที่ต้องแก้ไข/ปรับปรุงโดยเร่งด่วน) above the question level: the failing
// indicators, grouped by area ("ด้านการเปิดเผยข้อมูล"), each with the OIT items or the content concerned
// and the measures set for it, in official register.

import type { Catalogue } from '../types';
import type { PlannedMeasure } from '../measures';
import type { DocInput } from './model';
import type { Fmt } from './text';
import { plainList } from './text';
import { indicatorLabel, type DocPlan } from './plan';

/** The planned measures above the question level, grouped by the indicator they answer, in plan order. */
export function areaGroups(plan: PlannedMeasure[]): { indicator: number; measures: PlannedMeasure[] }[] {
  const out: { indicator: number; measures: PlannedMeasure[] }[] = [];
  for (const p of plan) {
    if (p.level === 'question' || p.maintain) continue;
    let g = out.find((x) => x.indicator === p.indicator);
    if (!g) out.push((g = { indicator: p.indicator, measures: [] }));
    g.measures.push(p);
  }
  return out;
}

/** "o1 โครงสร้าง o2 ข้อมูลผู้บริหาร และ o3 อำนาจหน้าที่": the items concerned, named (the measures give code ranges). */
function items(cat: Catalogue, codes: string[]): string {
  const named = codes.map((c) => {
    const t = cat.questions.find((q) => q.code === c)?.text ?? '';
    return t ? `${c} ${t}` : c;
  });
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(' ')} และ ${named[named.length - 1]}`;
}

/** "(๑) … (๒) …" from "1. …\n2. …". */
function inlineSteps(method: string): string {
  return method
    .split('\n')
    .map((l) => l.trim().replace(/^([0-9๐-๙]+)[.)]\s*/, '($1) '))
    .filter(Boolean)
    .join(' ');
}

/** What the score says: the indicator's own score, or its instrument's (or the overall) when only that was given. */
function scoreClause(f: Fmt, input: DocInput, cat: Catalogue, n: number, first: PlannedMeasure): string {
  const a = input.analysis;
  const target = f.num(a.target);
  const ind = a.indicators.find((i) => i.number === n);
  const label = indicatorLabel(cat, n);
  if (ind && ind.score !== null && ind.gap !== null && ind.gap > 0) {
    return `${label} ได้ ${f.score(ind.score)} คะแนน ต่ำกว่าค่าเป้าหมาย ${target} คะแนนอยู่ ${f.score(ind.gap)} คะแนน`;
  }
  // An indicator with its own score at or above the target is here for its items below the criterion
  // (not for its instrument's score, and it does have an indicator score).
  if (ind && ind.score !== null && first.level === 'item') {
    return `${label} ได้ ${f.score(ind.score)} คะแนน ไม่ต่ำกว่าค่าเป้าหมาย แต่มีข้อที่ยังไม่ผ่านเกณฑ์ของแบบตรวจ OIT`;
  }
  const instrument = cat.indicators.find((i) => i.number === n)?.instrument;
  const ins = a.instruments.find((i) => i.id === instrument);
  if (ins && ins.score !== null && ins.pass === false) {
    // The score is the instrument's: said of the instrument, which holds this indicator among others
    // (not "แบบวัด OIT ซึ่งประกอบด้วยตัวชี้วัดที่ ๙ … ได้ ๒๓.๐๐", which reads as the indicator's score).
    return (
      `${label} อยู่ในแบบวัด ${ins.id} ซึ่งได้ ${f.score(ins.score)} คะแนน ต่ำกว่าค่าเป้าหมาย ${target} คะแนน` +
      (ind && ind.score !== null ? '' : ' (ไม่มีคะแนนรายตัวชี้วัด)')
    );
  }
  if (first.level === 'item') return `${label} มีข้อที่ยังไม่ผ่านเกณฑ์ของแบบตรวจ OIT`;
  return `คะแนนรวมได้ ${f.score(a.overall.score)} คะแนน ต่ำกว่าค่าเป้าหมาย ${target} คะแนน จึงต้องปรับปรุง${label}`;
}

/**
 * One paragraph per area: "๒.๑ ด้านการเปิดเผยข้อมูล ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๒๖.๐๐ คะแนน ต่ำกว่า…
 * ข้อมูลที่ต้องจัดทำและเผยแพร่ ได้แก่ ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน (o1 โครงสร้าง …) … <agency>จึงกำหนด…".
 * IIT/EIT areas state what respondents perceive and, unless `steps` is false (the measures plan, whose
 * section ๓ table holds them), the steps of the measure.
 */
export function areaParagraph(
  f: Fmt,
  input: DocInput,
  cat: Catalogue,
  dp: DocPlan,
  number: string,
  group: { indicator: number; measures: PlannedMeasure[] },
  opts: { steps?: boolean } = {},
): string {
  const agency = input.settings.agencyName;
  const name = cat.indicators.find((i) => i.number === group.indicator)?.name ?? '';
  const head = `${number} ด้าน${name} ${scoreClause(f, input, cat, group.indicator, group.measures[0])}`;
  const titles = [...new Set(group.measures.map((p) => dp.titleOf(p)))];
  const oit = group.measures.filter((p) => p.subIndicator !== null);
  if (oit.length) {
    const subs = oit.map((p) => {
      const sub = cat.subIndicators.find((s) => s.id === p.subIndicator);
      return `ตัวชี้วัดย่อยที่ ${p.subIndicator}${sub ? ` ${sub.name}` : ''} (${items(cat, p.oitRefs)})`;
    });
    const what = oit.every((p) => p.level === 'item')
      ? 'ข้อที่ยังไม่ผ่านเกณฑ์และต้องจัดทำและเผยแพร่'
      : 'ข้อมูลที่ต้องจัดทำและเผยแพร่บนเว็บไซต์ของหน่วยงานให้ครบถ้วน';
    return f.t(`${head} ${what} ได้แก่ ${plainList(subs)} ${agency}จึงกำหนด${plainList(titles)}`);
  }
  const rec = group.measures[0].recommendation;
  const steps = opts.steps === false ? '' : ` โดย ${inlineSteps(rec.method)}`;
  // Only the indicator's own score below the target says something of what its respondents perceive;
  // from an instrument's or the overall score it may or may not (another indicator may be the low one).
  const reflects = group.measures[0].level === 'instrument' ? 'ซึ่งอาจสะท้อนว่า' : 'ซึ่งสะท้อนว่า';
  return f.t(`${head} ${reflects}${rec.problem} ${agency}จึงกำหนด${plainList(titles)}${steps}`);
}

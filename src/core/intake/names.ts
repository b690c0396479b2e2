// Matching indicator names, instrument names and overall-score labels, after normalisation.
import { toArabicDigits } from '../thai/digits';
import { Catalogue, IndicatorDef, InstrumentId } from '../types';
import { cleanCell } from './rows';

/** How far a cell may run past an indicator name and still be that indicator (Thai characters). */
const MAX_EXTRA_CHARS = 12;

/** Words that are ignored when names are compared (spelling variants seen in real documents). */
const IGNORED_WORDS = [/ระบบ/g];

/** Normalise a name for comparison: no spaces, Arabic digits, composed sara am, no prefixes. */
export function normaliseName(text: string): string {
  let s = toArabicDigits(cleanCell(text))
    .replace(/\u0e4d\u0e32/g, 'ำ')
    .replace(/\s+/g, '');
  s = s.replace(/^ตัวชี้วัด(?:ที่)?(?:\d{1,2}(?!\.\d))?[.:]?/, '');
  s = s.replace(/^ด้าน/, '');
  for (const w of IGNORED_WORDS) s = s.replace(w, '');
  s = s.replace(/^[.:;,()*\-–]+|[.:;,()*\-–"“”']+$/g, '');
  return s;
}

export type IndicatorLabel =
  | { kind: 'name'; def: IndicatorDef; stated: number | null; leading: number | null }
  | { kind: 'ambiguous'; candidates: IndicatorDef[] }
  | { kind: 'number'; number: number };

/** Normalised names per indicator, computed once (the catalogues are constant data). */
const NAMES = new WeakMap<IndicatorDef, string[]>();
function namesOf(def: IndicatorDef): string[] {
  let names = NAMES.get(def);
  if (!names) {
    names = [def.name, ...def.aliases].map(normaliseName).filter((n) => n !== '');
    NAMES.set(def, names);
  }
  return names;
}

function uniqueDefs(defs: IndicatorDef[]): IndicatorDef[] {
  const seen = new Map<number, IndicatorDef>();
  for (const d of defs) seen.set(d.number, d);
  return [...seen.values()];
}

function matchName(cat: Catalogue, text: string): IndicatorDef[] {
  const s = normaliseName(text);
  if (s === '') return [];
  const exact = cat.indicators.filter((d) => namesOf(d).includes(s));
  if (exact.length) return uniqueDefs(exact);
  const within = cat.indicators.filter((d) =>
    namesOf(d).some((n) => s.includes(n) && s.length - n.length <= MAX_EXTRA_CHARS),
  );
  return uniqueDefs(within);
}

/**
 * Read a cell naming an indicator: "การปฏิบัติหน้าที่", "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน",
 * "1. การปฏิบัติหน้าที่", or only "ตัวชี้วัดที่ 8". Null when the cell names no indicator.
 */
export function readIndicatorLabel(cat: Catalogue, cell: string): IndicatorLabel | null {
  const s = toArabicDigits(cleanCell(cell));
  // Sub-indicators ("9.1 …", "ตัวชี้วัดย่อยที่ 10.2") are not indicators.
  if (/^(?:ตัวชี้วัดย่อย)|^(?:ตัวชี้วัด(?:ที่)?\s*)?\d{1,2}\.\d/.test(s)) return null;
  let stated: number | null = null;
  let leading: number | null = null;
  let name = s;
  const sm = /^ตัวชี้วัด(?:ที่)?\s*(\d{1,2})(?!\.\d)\s*[.:]?\s*(.*)$/.exec(s);
  const lm = /^(\d{1,2})\s*[.)]?\s+(\D.*)$/.exec(s);
  if (sm) {
    stated = Number(sm[1]);
    name = sm[2];
  } else if (lm) {
    leading = Number(lm[1]);
    name = lm[2];
  }
  if (name.trim() === '') {
    return stated !== null && cat.indicators.some((d) => d.number === stated)
      ? { kind: 'number', number: stated }
      : null;
  }
  const found = matchName(cat, name);
  if (found.length === 1) return { kind: 'name', def: found[0], stated, leading };
  if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  return null;
}

/** The indicator a name stands for, or null when none or more than one could be meant. */
export function matchIndicatorName(cat: Catalogue, text: string): IndicatorDef | null {
  const r = readIndicatorLabel(cat, text);
  return r && r.kind === 'name' ? r.def : null;
}

/** Distinctive parts of the Thai instrument names (data, matched after normalisation). */
const INSTRUMENT_THAI: Record<InstrumentId, string[]> = {
  IIT: ['ผู้มีส่วนได้ส่วนเสียภายใน'],
  EIT: ['ผู้มีส่วนได้ส่วนเสียภายนอก'],
  OIT: ['ตรวจการเปิดเผยข้อมูลสาธารณะ', 'แบบวัดการเปิดเผยข้อมูลสาธารณะ'],
};

/**
 * Does the text spell out an instrument's Thai name ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", the name our own
 * report prints)? Such a cell is the instrument, even when an indicator's name (การเปิดเผยข้อมูล) is in it.
 */
export function namesInstrumentInThai(text: string): boolean {
  const flat = toArabicDigits(cleanCell(text)).replace(/\s+/g, '');
  return Object.values(INSTRUMENT_THAI).some((names) => names.some((n) => flat.includes(n)));
}
/** Instrument labels longer than this are prose, not labels. */
const MAX_INSTRUMENT_LABEL = 140;

export interface InstrumentLabel {
  id: InstrumentId;
  /** "EIT ส่วนที่ 1" → 1. */
  part: 1 | 2 | null;
}

/** Read a cell naming an instrument ("IIT", "แบบวัด EIT ส่วนที่ 1", the Thai names). */
export function readInstrumentLabel(text: string): InstrumentLabel | null {
  const s = toArabicDigits(cleanCell(text));
  if (s === '' || s.length > MAX_INSTRUMENT_LABEL) return null;
  const ids = new Set<InstrumentId>();
  for (const m of s.matchAll(/(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])/gi)) ids.add(m[1].toUpperCase() as InstrumentId);
  const flat = s.replace(/\s+/g, '');
  for (const [id, names] of Object.entries(INSTRUMENT_THAI) as [InstrumentId, string[]][]) {
    if (names.some((n) => flat.includes(n))) ids.add(id);
  }
  if (ids.size !== 1) return null;
  const pm = /ส่วนที่\s*([12])/.exec(s);
  return { id: [...ids][0], part: pm ? (Number(pm[1]) as 1 | 2) : null };
}

/** The instrument a text names, or null. */
export function matchInstrument(text: string): InstrumentId | null {
  return readInstrumentLabel(text)?.id ?? null;
}

/** Words of an overall-score label that are left after removing the generic ones. */
const OVERALL_CORES = ['ภาพรวม', 'รวม', 'เฉลี่ย', 'เฉลี่ยรวม', 'รวมเฉลี่ย'];

/** "คะแนนรวม", "ภาพรวม", "คะแนนเฉลี่ย", "ITA", "ผลการประเมินในภาพรวม", "คะแนน ITA". */
export function isOverallLabel(text: string): boolean {
  const s = toArabicDigits(cleanCell(text)).toLowerCase().replace(/\s+/g, '');
  const hasIta = /(?<![a-z])ita(?![a-z])/.test(s);
  const core = s.replace(/ita/g, '').replace(/ผลการประเมิน|ผลคะแนน|คะแนน|ใน|ปี(?:งบประมาณ)?(?:พ\.ศ\.)?\d{4}|[():]/g, '');
  return core === '' ? hasIta : OVERALL_CORES.includes(core);
}

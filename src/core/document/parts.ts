// Pieces shared by the documents: title lines, the overall paragraph, the 10-indicator table,
// the weak-question table, the signature.

import type { AnalysisResult, Catalogue, IndicatorResult, WeakQuestion } from '../types';
import { gapWords, type GapMark } from '../thai/gap-words';
import { publishableText } from './deps';
import type { Block, DocInput, ParagraphBlock, TableBlock, TableRow } from './model';
import type { Fmt } from './text';
import { thaiList } from './text';
import { locationText, signer } from './identity';

/** Words of the documents (Thai), kept together. */
export const WORDS = {
  pass: 'ผ่าน',
  below: 'ต่ำกว่าเป้าหมาย',
  /** The short word of the indicator table's result column (a 2 cm column). */
  fail: 'ไม่ผ่าน',
  noData: 'ไม่มีข้อมูล',
  keep: 'รักษาระดับ',
  notReported: 'ยังไม่ได้รายงานผล',
  /** Only when there are neither measures nor scores to plan from (the officer gets a warning). */
  noMeasures: 'ยังไม่มีมาตรการ',
  noWeak: 'ไม่มีข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์',
  part: 'ส่วนที่',
  question: 'ข้อ',
  points: 'คะแนน',
} as const;

/**
 * Short headers over the number columns so that a column only as wide as "๑๐๐.๐๐" does not break its
 * header into syllables. The comparison with the target is said in words ("สูงกว่าเป้าหมาย ๑๒.๔๓"),
 * never as a sign: the workbook's gap is target − score, a document's reader expects score − target,
 * and words cannot be read the wrong way round.
 */
export const INDICATOR_TABLE_HEADER = ['ที่', 'ตัวชี้วัด', 'แบบวัด', 'คะแนน', 'เป้าหมาย', 'เทียบกับเป้าหมาย', 'ผลการประเมิน'];
export const WEAK_TABLE_HEADER = ['ข้อ', 'ข้อคำถาม', 'ส่วนที่', 'คะแนน', 'เทียบกับเกณฑ์'];

/** The score compared with a mark, in words (gapWords: the one wording of every surface); "-" without a score. */
export function compareWords(f: Fmt, score: number | null, mark: number, word: GapMark): string {
  return gapWords(score === null ? null : mark - score, { thaiDigits: f.thai, mark: word });
}

/**
 * Column widths are in millimetres of the portrait A4 text width (160 mm); renderers scale them
 * to the page, so landscape pages only make them wider. A number column is NUMBER_COLUMN_MM:
 * "๑๐๐.๐๐" at the 14 pt table size measures 18.2 mm in Laksaman Bold (the TH SarabunPSK
 * stand-in on Linux, whose Thai is drawn larger than TH SarabunPSK's), plus 3.8 mm of Word's
 * default cell margins (2 × 0.19 cm): one line in Word and in LibreOffice. ("เป้าหมาย" in bold
 * needs 22.8 mm, hence +1 on that column.)
 */
export const NUMBER_COLUMN_MM = 22;

export function titleBlocks(lines: string[], keyPrefix = 'title'): Block[] {
  return lines.map((text, i) => ({
    type: 'heading',
    key: i === 0 ? keyPrefix : `${keyPrefix}.${i}`,
    level: 1,
    text,
    align: 'center',
  }));
}

export function para(key: string, text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return { type: 'paragraph', key, text, align: 'justify', firstLineIndent: true, ...extra };
}

/** "อำเภอลี้ จังหวัดลำพูน" from the settings; "" when neither is set. */
export function locationLine(input: DocInput): string {
  return locationText(input.settings);
}

export function passWord(pass: boolean | null, short = false): string {
  return pass === null ? WORDS.noData : pass ? WORDS.pass : short ? WORDS.fail : WORDS.below;
}

/** "IIT ได้ ๙๗.๐๐ คะแนน" list entries of instruments (EIT with its two parts). */
function instrumentEntry(f: Fmt, a: AnalysisResult, id: string, score: number | null): string {
  const eit = id === 'EIT' ? eitPartsText(f, a) : '';
  return `${id} ได้ ${f.score(score)} คะแนน${eit}`;
}

/** The EIT part means (part 1, part 2) over the EIT indicators that have both, or null. */
export function eitPartMeans(a: AnalysisResult): [number | null, number | null] | null {
  const eit = a.indicators.filter((i) => i.instrument === 'EIT' && i.partMeans && i.partMeans.length === 2);
  if (eit.length === 0) return null;
  const mean = (k: number) => {
    const v = eit.map((i) => i.partMeans?.[k]).filter((x): x is number => typeof x === 'number');
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
  };
  const means: [number | null, number | null] = [mean(0), mean(1)];
  // No part scores were given (indicator or instrument scores only): no part text at all, never "-".
  return means.some((m) => m !== null) ? means : null;
}

/** " (ส่วนที่ ๑ ได้ ๙๖.๕๘ คะแนน ส่วนที่ ๒ ได้ ๘๔.๒๘ คะแนน)" from the EIT indicators' part means, when known. */
function eitPartsText(f: Fmt, a: AnalysisResult): string {
  const parts = eitPartMeans(a);
  if (!parts) return '';
  return ` (${WORDS.part} ${f.t('1')} ได้ ${f.score(parts[0])} คะแนน ${WORDS.part} ${f.t('2')} ได้ ${f.score(parts[1])} คะแนน)`;
}

/**
 * THE statement of what passes, true at every level shown: the instruments at or above the target,
 * those below, then what lies below the target inside a passing instrument (an EIT part, an
 * indicator). "ทุกแบบวัด…" is said only when every instrument, every EIT part and every indicator is
 * at or above the target. Published 2-decimal scores are compared (as the pass flags are).
 */
export function passStatements(a: AnalysisResult, f: Fmt): string[] {
  const target = a.target;
  const out: string[] = [];
  const passing = a.instruments.filter((i) => i.pass === true).map((i) => instrumentEntry(f, a, i.id, i.score));
  const failing = a.instruments.filter((i) => i.pass === false).map((i) => instrumentEntry(f, a, i.id, i.score));
  const missing = a.instruments.filter((i) => i.pass === null).map((i) => i.id);
  const parts = eitPartMeans(a);
  const weakParts = (parts ?? [])
    .map((v, k) => ({ k, v }))
    .filter((p): p is { k: number; v: number } => typeof p.v === 'number' && Math.round(p.v * 100) / 100 < target);
  const belowInd = a.indicators.filter((i) => i.pass === false);
  const allAbove = failing.length === 0 && missing.length === 0 && weakParts.length === 0 && belowInd.length === 0;
  if (allAbove && passing.length) {
    out.push(`ทุกแบบวัด ได้แก่ ${thaiList(passing)} และทุกตัวชี้วัดมีคะแนนไม่ต่ำกว่าค่าเป้าหมาย`);
    return out;
  }
  if (passing.length) out.push(`แบบวัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ${thaiList(passing)}`);
  if (failing.length) out.push(`แบบวัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย ได้แก่ ${thaiList(failing)}`);
  if (missing.length) out.push(`ไม่มีข้อมูลคะแนนของแบบวัด ${thaiList(missing)}`);
  const eitPasses = a.instruments.find((i) => i.id === 'EIT')?.pass === true;
  if (weakParts.length) {
    const list = thaiList(weakParts.map((p) => `${WORDS.part} ${f.t(String(p.k + 1))} (${f.score(p.v)} คะแนน)`));
    out.push(eitPasses ? `แต่ EIT ${list} ต่ำกว่าค่าเป้าหมาย` : `โดย EIT ${list} ต่ำกว่าค่าเป้าหมาย`);
  }
  if (belowInd.length) {
    out.push(
      `ตัวชี้วัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย ได้แก่ ${thaiList(
        belowInd.map((i) => `ตัวชี้วัดที่ ${f.t(String(i.number))} ${i.name} (${f.score(i.score)} คะแนน)`),
      )}`,
    );
  }
  return out;
}

/** The paragraph with the overall score, the level and which instruments pass the target. */
export function overallParagraph(key: string, input: DocInput, f: Fmt): ParagraphBlock {
  const a = input.analysis;
  const s = input.settings;
  const target = f.num(a.target);
  const parts: string[] = [
    f.t(`ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${s.assessmentYear}`) +
      ' ' +
      `ของ${s.agencyName} มีคะแนนรวม ${f.score(a.overall.score)} คะแนน` +
      (a.overall.level ? ` อยู่ในระดับ “${a.overall.level}”` : '') +
      // "อยู่ในระดับ ผ่านดี ผ่านค่าเป้าหมาย" stuttered: the target is stated as a comparison instead.
      (a.overall.pass === null
        ? ''
        : a.overall.pass
          ? ` ไม่ต่ำกว่าค่าเป้าหมาย ${target} คะแนน`
          : ` ต่ำกว่าค่าเป้าหมาย ${target} คะแนน`),
  ];
  parts.push(...passStatements(a, f));
  return para(key, parts.join(' ') + ' รายละเอียดตามตารางต่อไปนี้');
}

function indicatorRow(f: Fmt, i: IndicatorResult, target: number): TableRow {
  return {
    key: `ind.${i.number}`,
    cells: [
      f.t(String(i.number)),
      i.name,
      i.instrument,
      f.score(i.score),
      f.num(target),
      compareWords(f, i.score, target, 'เป้าหมาย'),
      passWord(i.pass, true),
    ],
  };
}

export function indicatorTable(key: string, input: DocInput, f: Fmt): TableBlock {
  const a = input.analysis;
  const rows = [...a.indicators].sort((x, y) => x.number - y.number).map((i) => indicatorRow(f, i, a.target));
  return {
    type: 'table',
    key,
    header: [INDICATOR_TABLE_HEADER],
    rows,
    // "สูงกว่าเป้าหมาย" (about 30 mm at the table size) on one line, its number on the next.
    widths: [12, 31, 16, NUMBER_COLUMN_MM, NUMBER_COLUMN_MM + 1, 34, 22],
    columnAlign: ['center', 'left', 'center', 'center', 'center', 'center', 'center'],
    repeatHeader: true,
  };
}

export function weakKey(w: WeakQuestion): string {
  return w.part === null ? `q.${w.code}` : `q.${w.code}.${w.part}`;
}

/** "ข้อ e1 ส่วนที่ ๒ ได้ ๗๗.๐๐ คะแนน (ต่ำกว่าเกณฑ์ ๘.๐๐ คะแนน)". */
export function weakPhrase(f: Fmt, w: WeakQuestion): string {
  const part = w.part === null ? '' : ` ${WORDS.part} ${f.t(String(w.part))}`;
  return `${WORDS.question} ${w.code}${part} ได้ ${f.score(w.score)} คะแนน (ต่ำกว่าเกณฑ์ ${f.score(w.gap)} คะแนน)`;
}

/**
 * The weak questions (called only when there are some). A framework without parts (2561–2566) has no
 * ส่วนที่ column.
 */
export function weakTable(key: string, input: DocInput, f: Fmt, catalogue?: Catalogue): TableBlock {
  const a = input.analysis;
  const parts = catalogue
    ? catalogue.questions.some((q) => q.parts === 2)
    : a.weakQuestions.some((w) => w.part !== null);
  const rows: TableRow[] = a.weakQuestions.map((w) => ({
    key: weakKey(w),
    cells: parts
      ? [
          w.code,
          f.t(publishableText(w.text)),
          w.part === null ? '-' : f.t(String(w.part)),
          f.score(w.score),
          compareWords(f, w.score, a.weakThreshold, 'เกณฑ์'),
        ]
      : [w.code, f.t(publishableText(w.text)), f.score(w.score), compareWords(f, w.score, a.weakThreshold, 'เกณฑ์')],
  }));
  return {
    type: 'table',
    key,
    header: [parts ? WEAK_TABLE_HEADER : WEAK_TABLE_HEADER.filter((h) => h !== WORDS.part)],
    rows,
    widths: parts ? [12, 73, 16, NUMBER_COLUMN_MM, 37] : [12, 89, NUMBER_COLUMN_MM, 37],
    columnAlign: parts ? ['center', 'left', 'center', 'center', 'center'] : ['center', 'left', 'center', 'center'],
    repeatHeader: true,
  };
}

/** The signature block: the signer of the settings, or dotted lines to fill in by hand. */
export function signature(key: string, input: DocInput, f: Fmt): Block[] {
  const who = signer(input.settings);
  return [{ type: 'signature', key, name: f.t(who.name), position: f.t(who.position), signLine: true }];
}

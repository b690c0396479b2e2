// parseScores: read pasted ITA score tables (indicators, instruments, overall, questions; one or
// several years) into a ScoreSet, with located Thai errors and warnings. Never guesses a value.
import { CATALOGUES, catalogueForYear, codeRangeText, findQuestion } from '../catalogue';
import { toArabicDigits } from '../thai/digits';
import { Catalogue, InputIssue, InstrumentId, ParseResult, QuestionDef, YearScores } from '../types';
import { CodeCell, readCodeCell } from './codes';
import { EXPECTED_LABEL, where } from './messages';
import {
  isOverallLabel,
  namesInstrumentInThai,
  normaliseName,
  readIndicatorLabel,
  readInstrumentLabel,
  IndicatorLabel,
  InstrumentLabel,
} from './names';
import {
  findYearInTextEra,
  isBlankScore,
  isScoreLike,
  parseScoreNumber,
  readYearCellEra,
  withoutYears,
  YearRead,
} from './numbers';
import { ceYearNote, normaliseYear } from '../thai/dates';
import { cleanCell, splitRows } from './rows';
import { ScoreStore } from './store';

export interface ParseOptions {
  /** The assessment year (B.E.); default: the latest year found in the input. */
  year?: number;
  /** Catalogue to use for the assessment year (default: the catalogue of that year). */
  catalogue?: Catalogue;
}

/** Lines longer than this are prose (paragraphs), never table rows or year lines. */
const MAX_ROW_TEXT = 150;
/** Header words that mark the leading number column as a rank, not an indicator number. */
const RANK_WORDS = ['อันดับ', 'อันดับที่', 'ลำดับ', 'ลำดับที่', 'ที่'];
const LETTER_INSTRUMENT: Record<'i' | 'e' | 'o', InstrumentId> = { i: 'IIT', e: 'EIT', o: 'OIT' };

interface TableCtx {
  rank: boolean;
  yearCols: Map<number, number> | null;
  parts: 'both' | 1 | 2 | null;
  instrument: InstrumentId | null;
  /** The indicator of an indicator heading ("ตัวชี้วัดที่ 7") above the rows. */
  indicator: number | null;
}

function freshCtx(): TableCtx {
  return { rank: false, yearCols: null, parts: null, instrument: null, indicator: null };
}

type Label =
  | { kind: 'code'; at: number; code: CodeCell }
  | { kind: 'indicator'; at: number; ind: IndicatorLabel }
  | { kind: 'overall'; at: number }
  | { kind: 'instrument'; at: number; inst: InstrumentLabel };

interface ScoreValue {
  value: number | null;
  column: number;
  year: number | null;
}

/**
 * Years named by a line (B.E.): a year line, or year header cells. A row with a label (question
 * code, indicator, instrument, overall) or a score that is not a year is a score row: a "2024" or
 * "2567" there is a (bad) score, never a year.
 */
function yearsOfRow(cells: string[]): number[] {
  const filled = cells.filter((c) => c !== '');
  const out: number[] = [];
  if (filled.length === 1 && filled[0].length <= MAX_ROW_TEXT) {
    const y = findYearInTextEra(filled[0]);
    if (y !== null) out.push(y.year);
  }
  const years = filled.map((c) => readYearCellEra(c));
  const cat = CATALOGUES[CATALOGUES.length - 1];
  const isLabel = (c: string) =>
    readCodeCell(c) !== null ||
    isOverallLabel(withoutYears(c)) ||
    readInstrumentLabel(c) !== null ||
    readIndicatorLabel(cat, c) !== null;
  const scoreRow = filled.some((c, k) => (years[k] === null && isScoreLike(c)) || (years[k] === null && isLabel(c)));
  if (scoreRow) return out;
  for (const y of years) if (y !== null) out.push(y.year);
  return out;
}

/** Words whose following number belongs to the label ("ส่วนที่ 2", "ตัวชี้วัดที่ 6"), never a score. */
const NUMBERED_WORDS = /^(?:ส่วนที่|ตัวชี้วัดที่|ตัวชี้วัด)$/;
/**
 * A one-line part heading: "EIT ส่วนที่ 2", "ส่วนที่ 1", "แบบวัด EIT ส่วนที่ 1 และ 2". Groups: the text
 * before, the first part, the second part.
 */
const PART_HEADING = /^(.*?)\s*ส่วนที่\s*([12])(?:\s*(?:และ|,|\/|-|–)?\s*(?:ส่วนที่\s*)?([12]))?\s*$/;

/** Split "ข้อ e1 95.25 77.00" into a label and trailing number tokens; null when none trail. */
function tokenise(text: string): string[] | null {
  const tokens = text.split(' ');
  // "95.11 คะแนน": the unit belongs to the number.
  if (tokens.length >= 2 && /^(?:คะแนน|%)$/.test(tokens[tokens.length - 1]) && isScoreLike(tokens[tokens.length - 2])) {
    tokens.splice(tokens.length - 2, 2, `${tokens[tokens.length - 2]} ${tokens[tokens.length - 1]}`);
  }
  let k = tokens.length;
  while (
    k > 0 &&
    (isScoreLike(tokens[k - 1]) || /^[<>]\d/.test(tokens[k - 1])) &&
    !(k >= 2 && NUMBERED_WORDS.test(tokens[k - 2]))
  )
    k--;
  if (k === tokens.length || k === 0) return null;
  return [tokens.slice(0, k).join(' '), ...tokens.slice(k)];
}

/** OIT sub-indicator ids ("9.1", "10.2") are not scores. */
const SUB_INDICATOR_ID = /(?<![\d.])(?:9\.[1-5]|10\.[12])(?![\d.])/g;

/** The first decimal number in a text (years and sub-indicator ids aside), or null. */
function scoreInText(text: string): string | null {
  const m = /(?<![\d.])\d+\.\d+(?![\d.])/.exec(withoutYears(text).replace(SUB_INDICATOR_ID, ' '));
  return m ? m[0] : null;
}

/**
 * The first whole number 0–100 in a text that could be a score: not a year, not an ordinal ("ประเด็นที่ 1",
 * "ส่วนที่ 2"), not a sub-indicator id, not part of a longer number or a code ("e1"). Null when none.
 */
function wholeNumberInText(text: string): string | null {
  const s = withoutYears(text).replace(SUB_INDICATOR_ID, ' ');
  for (const m of s.matchAll(/(?<![\d.,A-Za-z])(\d{1,3})(?![\d.,A-Za-z])/g)) {
    const before = s.slice(Math.max(0, (m.index ?? 0) - 4), m.index).replace(/\s+$/, '');
    if (before.endsWith('ที่')) continue;
    if (Number(m[1]) <= 100) return m[1];
  }
  return null;
}

/**
 * A cell meant as a score that is not a plain number: a sheet error ("#N/A"), "N/A", a bracketed or
 * spaced number ("(95)"). Such a cell holds its column: it is reported, never skipped as question text
 * (skipping it would move the next score into its part).
 */
const CELL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)/i;
const NOT_AVAILABLE = /^(?:n\/?a|n\.a\.?|null|nan|none|ไม่มีคะแนน|ไม่มีข้อมูล|ไม่ได้ประเมิน)$/i;
export function isScoreAttempt(cell: string): boolean {
  const c = toArabicDigits(cleanCell(cell));
  if (c === '') return false;
  if (CELL_ERROR.test(c) || NOT_AVAILABLE.test(c)) return true;
  if (c.length > 12 || !/\d/.test(c) || /^ส่วนที่/.test(c)) return false;
  if (readCodeCell(c) !== null || readYearCellEra(c) !== null) return false;
  return !/[\u0E01-\u0E2E]{3}/.test(c);
}

/**
 * "i1;95,38", "การปฏิบัติหน้าที่=95.38", "e1 | 95": a label and a score joined by a separator (; : = / |)
 * in one cell → the two cells. Null when the text is not a label followed by a number.
 */
function splitAtSeparator(text: string, cat: Catalogue): string[] | null {
  const m = /^(.*?\S)\s*[;:=/|]\s*([<>≥≤]?\s*[-−]?[0-9๐-๙][0-9๐-๙.,]*\s*(?:%|คะแนน)?)$/.exec(text);
  if (!m) return null;
  const label = m[1];
  const known =
    readCodeCell(label) !== null ||
    readIndicatorLabel(cat, label) !== null ||
    isOverallLabel(withoutYears(label)) ||
    readInstrumentLabel(label) !== null;
  return known ? [label, m[2]] : null;
}

/**
 * "e1 ส่วนที่ 1 95.25 ส่วนที่ 2 77.00", "e9 ส่วนที่ 2 = 74": the scores of a row given part by part on one line.
 * Returns the label, the part-1 and part-2 cells ("" when absent), or null.
 */
function inlineParts(text: string): { label: string; parts: [string, string] } | null {
  const s = toArabicDigits(text);
  const m = /^(.*?\S)\s+ส่วนที่\s*([12])\s*[:=]?\s*(\S+)(?:\s+ส่วนที่\s*([12])\s*[:=]?\s*(\S+))?\s*$/.exec(s);
  if (!m || m[2] === m[4]) return null;
  if (/ส่วนที่/.test(m[1]) || readCodeCell(m[1]) === null) return null;
  const parts: [string, string] = ['', ''];
  parts[Number(m[2]) - 1] = m[3];
  if (m[4]) parts[Number(m[4]) - 1] = m[5];
  return { label: m[1], parts };
}

function isRankWord(cell: string): boolean {
  return RANK_WORDS.includes(normaliseName(cell));
}

function smallInteger(cell: string): number | null {
  const m = /^(\d{1,2})\.?$/.exec(toArabicDigits(cell));
  return m ? Number(m[1]) : null;
}

class Parser {
  readonly errors: InputIssue[] = [];
  readonly warnings: InputIssue[] = [];
  readonly store = new ScoreStore(this.errors, this.warnings);
  private ctx = freshCtx();
  /** The part of the scores of the row being read when the row itself says it ("e9 ส่วนที่ 2 74"). */
  private rowPart: 1 | 2 | null = null;
  private lineYear: number | null = null;
  private catalogues = new Map<number, Catalogue>();
  private ceNoted = new Set<string>();

  constructor(
    private readonly current: number | null,
    private readonly opts: ParseOptions,
  ) {}

  private error(line: number, column: number | undefined, text: string): void {
    this.errors.push({ line, column, message: `${where(line, column)}: ${text}` });
  }

  private warn(line: number, column: number | undefined, text: string): void {
    this.warnings.push({ line, column, message: `${where(line, column)}: ${text}` });
  }

  /** Warn once per line and column that a C.E. year was read as B.E. */
  private noteEra(lineNo: number, column: number, y: YearRead | null): void {
    if (!y || y.ce === null) return;
    const key = `${lineNo}:${column}:${y.ce}`;
    if (this.ceNoted.has(key)) return;
    this.ceNoted.add(key);
    this.warn(lineNo, column, ceYearNote(y.ce, y.year));
  }

  catalogueOf(year: number | null): Catalogue {
    if (year === null) return this.opts.catalogue ?? CATALOGUES[CATALOGUES.length - 1];
    const cached = this.catalogues.get(year);
    if (cached) return cached;
    const own = this.opts.catalogue;
    let cat: Catalogue;
    if (own && (year === this.current || (year >= own.firstYear && year <= own.lastYear))) cat = own;
    else {
      const r = catalogueForYear(year);
      cat = r.catalogue;
      if (r.warning) this.warnings.push({ message: r.warning });
    }
    this.catalogues.set(year, cat);
    return cat;
  }

  /** The year a row belongs to; null only when the input names no year at all. */
  private rowYear(labelText: string | null, lineNo = 0, column = 0): number | null {
    const own = labelText ? findYearInTextEra(labelText) : null;
    if (own && lineNo > 0) this.noteEra(lineNo, column, own);
    return own?.year ?? this.lineYear ?? this.current;
  }

  line(lineNo: number, cells: string[]): void {
    const filled = cells.map((c, i) => ({ c, i })).filter((x) => x.c !== '');
    if (filled.length === 0) return;
    if (filled.length === 1) {
      const { c, i } = filled[0];
      if (c.length > MAX_ROW_TEXT) return this.prose(lineNo, i + 1, c);
      const yearLine = findYearInTextEra(c);
      const trailing = tokenise(withoutYears(c).trim());
      if (yearLine !== null && !trailing) {
        this.noteEra(lineNo, i + 1, yearLine);
        this.lineYear = yearLine.year;
        this.ctx = freshCtx();
        return;
      }
      if (this.partHeading(c)) return;
      const lead = cells.slice(0, i).map(() => '');
      const inline = inlineParts(c);
      if (inline) {
        const given = inline.parts.filter((p) => p !== '');
        if (given.length === 1) this.rowPart = inline.parts[0] !== '' ? 1 : 2;
        try {
          return this.row(lineNo, [...lead, inline.label, ...(given.length === 1 ? given : inline.parts)]);
        } finally {
          this.rowPart = null;
        }
      }
      const joined = splitAtSeparator(c, this.catalogueOf(this.rowYear(null)));
      if (joined) return this.row(lineNo, [...lead, ...joined]);
      const tokens = tokenise(c);
      if (tokens) return this.row(lineNo, [...lead, ...tokens]);
      return this.textLine(lineNo, i + 1, c);
    }
    this.row(lineNo, cells);
  }

  /**
   * A one-cell part heading ("EIT ส่วนที่ 2"): sets the part (and instrument) of the rows below.
   * False when the text is not one (a code or a score before "ส่วนที่" makes it a row).
   */
  private partHeading(text: string): boolean {
    const m = PART_HEADING.exec(toArabicDigits(text));
    if (!m) return false;
    const before = m[1].trim();
    if (before !== '' && (readCodeCell(before) !== null || /\d/.test(before))) return false;
    const parts = new Set([m[2], m[3]].filter((x) => x !== undefined));
    this.ctx.parts = parts.size === 2 ? 'both' : parts.has('2') ? 2 : 1;
    const inst = before !== '' ? readInstrumentLabel(before) : null;
    if (inst) this.ctx.instrument = inst.id;
    return true;
  }

  /**
   * Text that is not a score row. A paragraph (longer than MAX_ROW_TEXT) with a decimal number is
   * skipped with a warning; a short line holding a score-like number that could not be read is an
   * error (it may be a score row whose columns were lost), never dropped silently.
   */
  private prose(lineNo: number, column: number, text: string): void {
    const decimal = scoreInText(text);
    const whole = decimal === null ? wholeNumberInText(text) : null;
    if (decimal === null && whole === null) return;
    if (text.length > MAX_ROW_TEXT) {
      this.warn(
        lineNo,
        column,
        `ข้ามย่อหน้าข้อความที่มีตัวเลข "${decimal ?? whole}" (ไม่อ่านคะแนนจากข้อความบรรยาย) หากเป็นคะแนน ให้วางเป็นตาราง`,
      );
      return;
    }
    if (decimal === null && !isScoreLike(text) && !isScoreAttempt(text)) {
      // A title with a small number ("ผู้ตอบแบบสอบถาม 5 กลุ่ม"): not a score, but named.
      this.warn(lineNo, column, `ตัวเลข "${whole}" ในบรรทัดนี้ ("${text}") ไม่ได้อ่านเป็นคะแนน เพราะไม่มีชื่อตัวชี้วัดหรือรหัสข้อ`);
      return;
    }
    const number = decimal ?? whole;
    this.error(
      lineNo,
      column,
      `มีตัวเลข "${number}" แต่อ่านเป็นแถวคะแนนไม่ได้ ("${text}"): แถวคะแนนต้องมีชื่อตัวชี้วัด รหัสข้อคำถาม ชื่อแบบวัด หรือ คะแนนรวม ` +
        'แล้วตามด้วยคะแนน คั่นคอลัมน์ด้วย Tab หรือจุลภาค (,) หากเป็นข้อความบรรยาย ให้ย้ายตัวเลขออกจากบรรทัดนี้',
    );
  }

  /** A line with one cell and no trailing number: a title, a sub-heading, or a code with no score. */
  private textLine(lineNo: number, column: number, text: string): void {
    const code = readCodeCell(text);
    if (code) {
      this.error(lineNo, column, `"${text}" มีรหัสข้อคำถามแต่ไม่มีคะแนน: ใส่คะแนนต่อท้าย เช่น "ข้อ e1<Tab>95.25<Tab>77.00"`);
      return;
    }
    const inst = readInstrumentLabel(text);
    if (inst) {
      this.ctx.instrument = inst.id;
      if (inst.part) this.ctx.parts = inst.part;
      return;
    }
    // An indicator heading ("ตัวชี้วัดที่ 6", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน") with no score: the rows
    // below are its questions; the table's part and rank context stay.
    const ind = readIndicatorLabel(this.catalogueOf(this.rowYear(null)), text);
    if (ind && ind.kind !== 'ambiguous') {
      const n = ind.kind === 'number' ? ind.number : ind.def.number;
      const def = this.catalogueOf(this.rowYear(null)).indicators.find((d) => d.number === n);
      if (def) {
        this.ctx.instrument = def.instrument;
        this.ctx.indicator = def.number;
      }
      return;
    }
    const first = text.split(' ')[0];
    if (isRankWord(first)) {
      this.ctx = freshCtx();
      this.ctx.rank = true;
      return;
    }
    this.ctx = freshCtx();
    this.prose(lineNo, column, text);
  }

  private findLabel(cat: Catalogue, cells: string[]): { label: Label | null; ambiguousAt: number } {
    let code: Label | null = null;
    let ind: Label | null = null;
    let overall: Label | null = null;
    let inst: Label | null = null;
    let ambiguousAt = -1;
    cells.forEach((c, at) => {
      if (c === '' || isScoreLike(c)) return;
      const cc = readCodeCell(c);
      if (cc) {
        code ??= { kind: 'code', at, code: cc };
        return;
      }
      if (namesInstrumentInThai(c)) {
        const named = readInstrumentLabel(c);
        if (named) {
          inst ??= { kind: 'instrument', at, inst: named };
          return;
        }
      }
      const il = readIndicatorLabel(cat, c);
      if (il) {
        ind ??= { kind: 'indicator', at, ind: il };
        if (il.kind === 'ambiguous' && ambiguousAt < 0) ambiguousAt = at;
        return;
      }
      if (isOverallLabel(withoutYears(c))) {
        overall ??= { kind: 'overall', at };
        return;
      }
      const ins = readInstrumentLabel(c);
      if (ins) inst ??= { kind: 'instrument', at, inst: ins };
    });
    return { label: code ?? ind ?? overall ?? inst, ambiguousAt };
  }

  private row(lineNo: number, cells: string[]): void {
    const yearGuess = this.rowYear(null);
    const cat = this.catalogueOf(yearGuess);
    const scoreCols = cells.map((c, i) => (c !== '' && isScoreLike(c) ? i : -1)).filter((i) => i >= 0);
    const yearReads = cells.map((c) => (c !== '' ? readYearCellEra(c) : null));
    const yearCells = yearReads.map((y) => y?.year ?? null);

    // Part sub-header: "ส่วนที่ | 1 | 2" or "ส่วนที่ 1 | ส่วนที่ 2".
    const partCell = cells.findIndex((c) => /^ส่วนที่/.test(c));
    if (partCell >= 0 && scoreCols.every((i) => /^[12๑๒]\.?$/.test(cells[i])) && !cells.some((c) => readCodeCell(c))) {
      // The part numbers are in the "ส่วนที่" cell or after it (a "1." before it is a row number).
      const text = toArabicDigits(cells.slice(partCell).join(' ')).replace(/\d{2,}/g, '');
      const has1 = /1/.test(text);
      const has2 = /2/.test(text);
      this.ctx.parts = has1 && has2 ? 'both' : has2 ? 2 : 1;
      const inst = cells.map((c) => readInstrumentLabel(c)).find((x) => x);
      if (inst) this.ctx.instrument = inst.id;
      return;
    }

    const { label, ambiguousAt } = this.findLabel(cat, cells);
    const nonYearScores = scoreCols.filter((i) => yearCells[i] === null);

    if (!label && nonYearScores.length === 0) {
      yearReads.forEach((y, k) => this.noteEra(lineNo, k + 1, y));
      return this.header(cells, yearCells);
    }
    // A text table (question texts, findings) with no number at all: prose, not a score row.
    if (nonYearScores.length === 0 && cells.some((c) => c.length > MAX_ROW_TEXT)) return;

    if (!label) {
      const firstFilled = cells.findIndex((c) => c !== '');
      const n = smallInteger(cells[firstFilled]);
      const textBefore = cells.findIndex(
        (c, i) => c !== '' && !isScoreLike(c) && i < nonYearScores[nonYearScores.length - 1],
      );
      if (textBefore >= 0) {
        this.error(lineNo, textBefore + 1, `ไม่รู้จัก "${cells[textBefore]}": ${EXPECTED_LABEL}`);
        return;
      }
      if (n !== null && nonYearScores.length >= 2 && cat.indicators.some((d) => d.number === n)) {
        if (this.ctx.rank) {
          this.error(
            lineNo,
            firstFilled + 1,
            `ตารางนี้มีคอลัมน์อันดับ เลข ${n} จึงเป็นอันดับ ไม่ใช่เลขตัวชี้วัด: ใส่ชื่อตัวชี้วัดในแถวนี้ (เช่น การปฏิบัติหน้าที่)`,
          );
          return;
        }
        return this.indicatorRow(lineNo, cells, firstFilled, n, this.rowYear(null));
      }
      this.error(lineNo, firstFilled + 1, `อ่านแถวนี้ไม่ได้ ("${cells.filter((c) => c).join(' | ')}"): ${EXPECTED_LABEL}`);
      return;
    }

    if (label.kind === 'indicator' && label.ind.kind === 'ambiguous') {
      const names = label.ind.candidates.map((d) => `ตัวชี้วัดที่ ${d.number} ${d.name}`).join(' หรือ ');
      this.error(lineNo, ambiguousAt + 1, `ชื่อ "${cells[label.at]}" ตรงกับได้หลายตัวชี้วัด (${names}): เขียนชื่อให้ชัดเจน`);
      return;
    }

    // An instrument cell on the row (before the label) is context for the rows below it.
    const rowInst = cells
      .slice(0, label.at)
      .map((c) => (c && !isScoreLike(c) ? readInstrumentLabel(c) : null))
      .find((x) => x);
    if (rowInst) this.ctx.instrument = rowInst.id;
    const year = this.rowYear(cells[label.at], lineNo, label.at + 1);

    switch (label.kind) {
      case 'code':
        return this.questionRow(lineNo, cells, label.at, label.code, rowInst?.id ?? null, year);
      case 'indicator':
        if (label.ind.kind === 'number') return this.indicatorRow(lineNo, cells, label.at, label.ind.number, year);
        if (label.ind.kind === 'name') return this.namedIndicatorRow(lineNo, cells, label.at, label.ind, year);
        return;
      case 'overall':
        return this.singleScoreRow(lineNo, cells, label.at, year, 'คะแนนรวม', (y, v, col) =>
          this.store.overall(y, { value: v, line: lineNo, column: col }),
        );
      case 'instrument':
        return this.instrumentRow(lineNo, cells, label.at, label.inst, year);
    }
  }

  private header(cells: string[], yearCells: (number | null)[]): void {
    const first = cells.find((c) => c !== '') ?? '';
    const years = new Map<number, number>();
    yearCells.forEach((y, i) => {
      if (y !== null) years.set(i, y);
    });
    this.ctx = freshCtx();
    this.ctx.rank = isRankWord(first);
    if (years.size) this.ctx.yearCols = years;
    const inst = cells.map((c) => (c ? readInstrumentLabel(c) : null)).find((x) => x);
    if (inst) this.ctx.instrument = inst.id;
  }

  /**
   * The score cells after the label. With year columns: one value per year column. Otherwise the run
   * of number cells after the label (text before it is question text; text after it is a comment).
   * Returns null when a cell is unreadable (the errors are reported).
   */
  private scoresAfter(lineNo: number, cells: string[], at: number, defaultYear: number | null): ScoreValue[] | null {
    const out: ScoreValue[] = [];
    let bad = false;
    const read = (i: number, year: number | null) => {
      const v = parseScoreNumber(cells[i]);
      if (v !== null && typeof v === 'object') {
        this.error(lineNo, i + 1, v.error);
        bad = true;
      } else out.push({ value: v, column: i + 1, year });
    };
    if (this.ctx.yearCols) {
      for (const [col, year] of this.ctx.yearCols) if (col > at && col < cells.length) read(col, year);
      return bad ? null : out;
    }
    // Skip question text cells (anything not number-like) up to the first number-like cell.
    let firstText = -1;
    let i = at + 1;
    while (i < cells.length && !isScoreLike(cells[i]) && !isScoreAttempt(cells[i])) {
      if (cells[i] !== '' && firstText < 0) firstText = i;
      i++;
    }
    if (i >= cells.length) {
      if (firstText >= 0 && cells[firstText].length <= 25 && !isBlankScore(cells[firstText])) {
        const v = parseScoreNumber(cells[firstText]);
        this.error(lineNo, firstText + 1, typeof v === 'object' && v ? v.error : `"${cells[firstText]}" ไม่ใช่คะแนน`);
      } else {
        this.error(lineNo, at + 1, `"${cells[at]}" ไม่มีคะแนน: ใส่คะแนน (ตัวเลข 0 ถึง 100) ในคอลัมน์ถัดไป`);
      }
      return null;
    }
    for (; i < cells.length; i++) {
      const c = cells[i];
      if (c !== '' && !isScoreLike(c) && !isBlankScore(c) && !isScoreAttempt(c)) break;
      read(i, defaultYear);
    }
    while (out.length && out[out.length - 1].value === null) out.pop();
    if (bad) return null;
    if (!out.length) {
      this.error(lineNo, at + 1, `"${cells[at]}" ไม่มีคะแนน: ใส่คะแนน (ตัวเลข 0 ถึง 100) ในคอลัมน์ถัดไป`);
      return null;
    }
    return out;
  }

  /** Group score values by year (year-column tables) or give them all to the row's year. */
  private byYear(values: ScoreValue[], year: number | null): Map<number | null, ScoreValue[]> {
    const m = new Map<number | null, ScoreValue[]>();
    for (const v of values) {
      const y = v.year ?? year;
      if (!m.has(y)) m.set(y, []);
      m.get(y)!.push(v);
    }
    return m;
  }

  private singleScoreRow(
    lineNo: number,
    cells: string[],
    at: number,
    year: number | null,
    what: string,
    put: (year: number, value: number, column: number) => void,
  ): void {
    const values = this.scoresAfter(lineNo, cells, at, year);
    if (!values) return;
    for (const [y, vs] of this.byYear(values, year)) {
      const given = vs.filter((v) => v.value !== null);
      if (given.length > 1) {
        this.error(
          lineNo,
          given[1].column,
          `${what} มีคะแนนเกิน 1 ค่า ("${cells[given[1].column - 1]}"): ใส่คะแนนเดียวต่อแถว หรือใส่หัวตารางเป็นปี`,
        );
        continue;
      }
      if (given.length === 1) put(y ?? 0, given[0].value as number, given[0].column);
    }
  }

  private namedIndicatorRow(
    lineNo: number,
    cells: string[],
    at: number,
    ind: Extract<IndicatorLabel, { kind: 'name' }>,
    year: number | null,
  ): void {
    const n = ind.def.number;
    if (ind.stated !== null && ind.stated !== n) {
      this.error(
        lineNo,
        at + 1,
        `"${cells[at]}": เลขตัวชี้วัดที่ ${ind.stated} ไม่ตรงกับชื่อ (ชื่อนี้คือตัวชี้วัดที่ ${n} ${ind.def.name}) ต้องแก้ให้ตรงกัน`,
      );
      return;
    }
    if (!this.ctx.rank) {
      const before =
        cells
          .slice(0, at)
          .map(smallInteger)
          .find((x) => x !== null) ?? ind.leading;
      if (before !== null && before !== undefined && before !== n) {
        this.warn(
          lineNo,
          at + 1,
          `เลข ${before} หน้าชื่อ "${ind.def.name}" ไม่ใช่เลขของตัวชี้วัดนี้ ถือตามชื่อเป็นตัวชี้วัดที่ ${n} (ถ้าเป็นคอลัมน์อันดับ ใส่หัวตาราง "อันดับ")`,
        );
      }
    }
    this.indicatorRow(lineNo, cells, at, n, year);
  }

  private indicatorRow(lineNo: number, cells: string[], at: number, n: number, year: number | null): void {
    this.singleScoreRow(lineNo, cells, at, year, `ตัวชี้วัดที่ ${n}`, (y, v, col) =>
      this.store.indicator(y, n, { value: v, line: lineNo, column: col }),
    );
  }

  private instrumentRow(lineNo: number, cells: string[], at: number, inst: InstrumentLabel, year: number | null): void {
    this.ctx.instrument = inst.id;
    if (inst.part) this.ctx.parts = inst.part;
    const hasScore = cells.slice(at + 1).some((c) => c !== '' && isScoreLike(c));
    if (!hasScore && !this.ctx.yearCols) return;
    const values = this.scoresAfter(lineNo, cells, at, year);
    if (!values) return;
    for (const [y, vs] of this.byYear(values, year)) {
      const given = vs.filter((v) => v.value !== null);
      if (!given.length) continue;
      if (inst.part || given.length === 2) {
        const parts = inst.part
          ? `ส่วนที่ ${inst.part} = ${given[0].value}`
          : given.map((v, k) => `ส่วนที่ ${k + 1} = ${v.value}`).join(', ');
        this.warn(
          lineNo,
          given[0].column,
          `คะแนน ${inst.id} ${parts} บันทึกเป็นข้อมูลประกอบเท่านั้น คะแนนแบบวัดคิดจากค่าเฉลี่ยของตัวชี้วัด`,
        );
        continue;
      }
      if (given.length > 2) {
        this.error(lineNo, given[2].column, `แบบวัด ${inst.id} มีคะแนนเกินมา: ใส่คะแนนเดียวต่อแถว`);
        continue;
      }
      this.store.instrument(y ?? 0, inst.id, {
        value: given[0].value as number,
        line: lineNo,
        column: given[0].column,
      });
    }
  }

  /** Resolve the letter of a code (bare numbers and "l" need context); null after reporting an error. */
  private codeLetter(
    lineNo: number,
    column: number,
    text: string,
    code: CodeCell,
    rowInst: InstrumentId | null,
    cat: Catalogue,
  ): 'i' | 'e' | 'o' | null {
    const context = rowInst ?? this.ctx.instrument;
    if (code.letter === null) {
      if (!context) {
        this.error(
          lineNo,
          column,
          `"${text}" ไม่ระบุแบบวัด: เขียนรหัสพร้อมตัวอักษร เช่น i${code.from}, e${code.from} หรือ o${code.from}`,
        );
        return null;
      }
      const letter = context === 'IIT' ? 'i' : context === 'EIT' ? 'e' : 'o';
      const heading = rowInst ? null : this.ctx.indicator;
      if (heading !== null) {
        // "ข้อ 1" under "ตัวชี้วัดที่ 7": e1 belongs to another indicator, so the number is not the code.
        const own = cat.questions.filter((q) => q.indicator === heading).map((q) => q.code);
        const outside = [];
        for (let k = code.from; k <= code.to; k++) {
          const q = findQuestion(cat, `${letter}${k}`);
          if (!q || q.indicator !== heading) outside.push(`${letter}${k}`);
        }
        if (outside.length) {
          const range = own.length ? ` (ข้อของตัวชี้วัดนี้คือ ${own[0]}–${own[own.length - 1]})` : '';
          this.error(
            lineNo,
            column,
            `"${text}" อยู่ใต้หัวข้อตัวชี้วัดที่ ${heading} แต่ ${outside.join(', ')} ไม่ใช่ข้อของตัวชี้วัดนี้${range}: เขียนรหัสพร้อมตัวอักษร เช่น ${own[0] ?? `${letter}${code.from}`}`,
          );
          return null;
        }
      }
      this.warn(lineNo, column, `อ่าน "${text}" เป็น ${letter}${code.from} ตามแบบวัด ${context} ที่ระบุไว้ในตาราง`);
      return letter;
    }
    if (code.fromL) {
      const asI = findQuestion(cat, `i${code.from}`);
      if (!asI || (context && context !== 'IIT')) {
        this.error(lineNo, column, `อ่าน "${text}" ไม่ได้: ตัว l ไม่ใช่รหัสแบบวัด เขียนเป็น i, e หรือ o`);
        return null;
      }
      this.warn(lineNo, column, `อ่าน "${text}" เป็น i${code.from} (ตัว l แทนตัว i)`);
    }
    if (code.fromThaiZero) {
      const read = code.to > code.from ? `o${code.from}-o${code.to}` : `o${code.from}`;
      this.warn(lineNo, column, `อ่าน "${text}" เป็น ${read} (เลขศูนย์ไทยแทนตัว o)`);
    }
    return code.letter;
  }

  private questionRow(
    lineNo: number,
    cells: string[],
    at: number,
    code: CodeCell,
    rowInst: InstrumentId | null,
    year: number | null,
  ): void {
    const cat = this.catalogueOf(year);
    const col = at + 1;
    const letter = this.codeLetter(lineNo, col, cells[at], code, rowInst, cat);
    if (!letter) return;
    const defs: QuestionDef[] = [];
    for (let k = code.from; k <= code.to; k++) {
      const q = findQuestion(cat, `${letter}${k}`);
      if (!q) {
        const yearText = year === null ? '' : ` ปี ${year}`;
        const has = codeRangeText(cat, letter as 'i' | 'e' | 'o');
        this.error(lineNo, col, `ไม่มีข้อ ${letter}${k} ในชุดตัวชี้วัด${yearText} (ชุด ${cat.id} ${has}): ตรวจรหัสข้อคำถาม`);
        return;
      }
      defs.push(q);
    }
    if (rowInst && rowInst !== LETTER_INSTRUMENT[letter]) {
      this.error(
        lineNo,
        col,
        `ข้อ ${letter}${code.from} เป็นของแบบวัด ${LETTER_INSTRUMENT[letter]} แต่แถวนี้ระบุแบบวัด ${rowInst}`,
      );
      return;
    }
    const values = this.scoresAfter(lineNo, cells, at, year);
    if (!values) return;
    // "e9 ส่วนที่ 2" in the label cell: the row's one score is that part.
    const labelPart = /ส่วนที่\s*([12])\s*$/.exec(toArabicDigits(cells[at]));
    const rowPart = this.rowPart ?? (labelPart ? (Number(labelPart[1]) as 1 | 2) : null);
    for (const [y, vs] of this.byYear(values, year)) {
      const yCat = this.catalogueOf(y);
      for (const q0 of defs) {
        const q = yCat === cat ? q0 : findQuestion(yCat, q0.code);
        if (!q) {
          this.error(lineNo, col, `ไม่มีข้อ ${q0.code} ในชุดตัวชี้วัดปี ${y} (ชุด ${yCat.id})`);
          continue;
        }
        const scores = this.partScores(lineNo, q, vs, rowPart);
        if (scores) this.store.question(y ?? 0, q.code, { value: scores, line: lineNo, column: vs[0].column });
      }
    }
  }

  /** Scores of one question from the values of one year: one value, or part 1 and part 2. */
  private partScores(
    lineNo: number,
    q: QuestionDef,
    vs: ScoreValue[],
    rowPart: 1 | 2 | null = null,
  ): (number | null)[] | null {
    const values = vs.map((v) => v.value);
    if (values.every((v) => v === null)) return null;
    if (rowPart !== null && values.length === 1) {
      if (q.parts === 1 && rowPart === 2) {
        this.error(lineNo, vs[0].column, `ข้อ ${q.code} มีคะแนนส่วนเดียว แต่แถวนี้ระบุส่วนที่ 2: ตรวจรหัสข้อหรือลบ "ส่วนที่ 2"`);
        return null;
      }
      if (q.parts === 1) return [values[0]];
      return rowPart === 1 ? [values[0], null] : [null, values[0]];
    }
    if (q.parts === 1) {
      if (values.length > 1) {
        this.error(lineNo, vs[1].column, `ข้อ ${q.code} มีคะแนนเดียว แต่พบ ${values.length} ค่า: ลบค่าที่เกินออก`);
        return null;
      }
      return [values[0]];
    }
    if (values.length > 2) {
      this.error(lineNo, vs[2].column, `ข้อ ${q.code} มีคะแนน 2 ส่วน (ส่วนที่ 1, ส่วนที่ 2) แต่พบ ${values.length} ค่า`);
      return null;
    }
    if (values.length === 2) return values;
    if (this.ctx.parts === 2) return [null, values[0]];
    if (this.ctx.parts !== 1) {
      this.warn(lineNo, vs[0].column, `ข้อ ${q.code} มีคะแนน 2 ส่วน แต่พบค่าเดียว: ถือเป็นส่วนที่ 1 และไม่มีคะแนนส่วนที่ 2`);
    }
    return [values[0], null];
  }
}

/**
 * Read pasted text (tab-separated, CSV, or columns separated by 2+ spaces) holding ITA scores at any
 * level, for one or several years.
 */
export function parseScores(text: string, opts: ParseOptions = {}): ParseResult {
  if (text.includes('\u0000')) {
    return {
      scores: { current: emptyYear(0), history: [] },
      errors: [{ message: ENCODING_MESSAGE }],
      warnings: [],
    };
  }
  const rows = splitRows(text);
  let latest: number | null = null;
  for (const cells of rows) for (const y of yearsOfRow(cells)) latest = latest === null ? y : Math.max(latest, y);
  const first = parseRows(rows, latest, opts);
  if (opts.year !== undefined || latest === null || hasScores(first.scores.current)) return first;
  // The latest year named holds no score (a closing line about the next fiscal year): the assessment year
  // is the latest year that has scores, said in a warning — never "that year, every score empty".
  const withData = first.scores.history.find(hasScores);
  if (!withData) return first;
  const again = parseRows(rows, withData.year, opts);
  again.warnings.unshift({
    message: `ข้อความกล่าวถึงปี ${latest} แต่ไม่มีคะแนนของปีนั้น จึงถือปี ${withData.year} (ปีล่าสุดที่มีคะแนน) เป็นปีที่ประเมิน หากไม่ใช่ ให้ระบุปีที่ประเมิน`,
  });
  return again;
}

/** The message for text that is not UTF-8 (a UTF-16 file read as UTF-8 is full of NUL characters). */
export const ENCODING_MESSAGE =
  'ข้อความมีอักขระ NUL จึงน่าจะเป็นไฟล์ที่เข้ารหัสแบบ UTF-16 หรือไฟล์ที่ไม่ใช่ข้อความ: บันทึกไฟล์เป็นข้อความ UTF-8 (เช่น ใน Notepad เลือก "บันทึกเป็น" แล้วเลือกการเข้ารหัส UTF-8) แล้วลองอีกครั้ง';

function emptyYear(year: number): YearScores {
  return { year, overall: null, instruments: {}, indicators: {}, questions: [] };
}

function hasScores(y: YearScores): boolean {
  return (
    y.overall !== null ||
    Object.keys(y.instruments).length > 0 ||
    Object.keys(y.indicators).length > 0 ||
    y.questions.length > 0
  );
}

function parseRows(rows: string[][], latest: number | null, opts: ParseOptions): ParseResult {
  // opts.year may be C.E. (2024): converted once here, with a warning.
  let given: number | null = null;
  let yearError: string | null = null;
  if (opts.year !== undefined) {
    try {
      given = normaliseYear(opts.year);
    } catch (e) {
      yearError = (e as Error).message;
    }
  }
  const current = given ?? latest;
  const p = new Parser(current, opts);
  if (yearError) p.errors.push({ message: yearError });
  if (given !== null && given !== opts.year) p.warnings.push({ message: ceYearNote(opts.year as number, given) });
  if (current === null) {
    p.errors.push({
      message: 'ไม่พบปีที่ประเมิน: เพิ่มบรรทัดบอกปี เช่น "ปีงบประมาณ พ.ศ. 2567" หรือ "ITA 2567" หรือใส่ปีในหัวตาราง',
    });
  } else {
    p.catalogueOf(current);
  }
  rows.forEach((cells, i) => p.line(i + 1, cells));
  const currentYear = current ?? 0;
  p.store.touch(currentYear);
  const history = p.store
    .yearsWithData()
    .filter((y) => y !== currentYear)
    .sort((a, b) => b - a)
    .map((y) => p.store.yearScores(y));
  return { scores: { current: p.store.yearScores(currentYear), history }, errors: p.errors, warnings: p.warnings };
}

// Readers: values of one table (as one getValues returned them, header row first) → typed rows + issues.
import { parseSupervisors, type Supervisor } from './supervisors';
import { AgencySettings, InputIssue, InstrumentId, LevelScale, MeasureRow, QuestionScore } from '../types';
import { DEFAULT_TARGET, normalizeCode, parseLevelScale, readItemCode, UNCONFIRMED_ITEM } from '../catalogue';
import {
  MAX_BE_YEAR,
  MIN_BE_YEAR,
  normaliseYear,
  parseThaiDate,
  thaiDateFromJsDate,
  type ThaiDate,
} from '../thai/dates';
import { cellText, isBlank, isCellError, readInteger, readScore, splitDivisions, splitList } from './cells';
import {
  DEFAULT_DIVISIONS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  LAYOUTS,
  NO,
  ORIGIN_LABELS,
  OVERALL_CODE,
  SETTING_ROWS,
  SettingKey,
  TableId,
  YES,
  colIndex,
  where,
} from './layouts';

/** One table as read from its sheet. */
export interface TableSnapshot {
  table: TableId;
  /** The sheet's current name (officers may rename it). */
  sheet: string;
  /** getValues of the sheet's data range, header row first. */
  values: unknown[][];
  /** A1 notations of merged ranges inside the table, if any. */
  merged?: string[];
}

const norm = (s: unknown) => cellText(s).replace(/\s+/g, ' ');

/**
 * Located issues for sheet errors (#N/A, #REF!, #VALUE!…) in a row of a text table (measures, results):
 * such a cell would otherwise be printed into a document as "#N/A".
 */
export function cellErrorIssues(snap: TableSnapshot, row: number, cells: unknown[]): InputIssue[] {
  const cols = LAYOUTS[snap.table].columns;
  const out: InputIssue[] = [];
  cols.forEach((c, i) => {
    if (isCellError(cells[i]))
      out.push(
        issue(
          snap.sheet,
          row,
          i + 1,
          c.header,
          `เซลล์มีข้อผิดพลาด ${String(cells[i]).trim()} (สูตรหรือการอ้างอิงเสีย) แก้สูตรหรือพิมพ์ข้อความแทน ก่อนสร้างเอกสาร`,
        ),
      );
  });
  return out;
}

export function issue(
  sheet: string,
  row: number | undefined,
  col: number | undefined,
  header: string | undefined,
  what: string,
): InputIssue {
  return { sheet, line: row, column: col, message: `${where(sheet, row, col, header)}: ${what}` };
}

/** One issue per merged range (A1 notation) of a table's sheet. */
export function mergeIssues(sheet: string, merged: readonly string[]): InputIssue[] {
  return merged.map((a1) => ({
    sheet,
    message: `ชีต "${sheet}" ช่วง ${a1}: มีการผสานเซลล์ (merge) ในตาราง กรุณายกเลิกการผสานเซลล์ (รูปแบบ > ผสานเซลล์ > ยกเลิกการผสาน)`,
  }));
}

/** Merged cells and a missing or changed header row. */
export function checkTable(snap: TableSnapshot): InputIssue[] {
  const issues: InputIssue[] = mergeIssues(snap.sheet, snap.merged ?? []);
  const layout = LAYOUTS[snap.table];
  const head = snap.values[HEADER_ROW - 1] ?? [];
  const wrong = layout.columns
    .map((col, i) => ({ col, i, found: norm(head[i]) }))
    .filter((c) => ![c.col.header, ...(c.col.aliases ?? [])].some((h) => norm(h) === c.found));
  if (wrong.length === 0) return issues;
  // Most headers wrong: the header row was deleted (data moved up) or overwritten. Say it once.
  if (wrong.length * 2 >= layout.columns.length) {
    issues.push({
      sheet: snap.sheet,
      line: HEADER_ROW,
      message: `${where(snap.sheet, HEADER_ROW)}: แถวหัวตารางของชีต "${snap.sheet}" ถูกลบหรือถูกแก้ — แทรกแถวหัวตารางกลับ แล้วเลือกเมนู ตั้งค่าแม่แบบ`,
    });
    return issues;
  }
  for (const { col, i, found } of wrong) {
    issues.push(
      issue(
        snap.sheet,
        HEADER_ROW,
        i + 1,
        undefined,
        found === ''
          ? `ไม่พบหัวตาราง ต้องเป็น "${col.header}" (หากลบคอลัมน์ ให้แทรกคอลัมน์กลับแล้วเลือกเมนู ตั้งค่าแม่แบบ)`
          : `หัวตารางเป็น "${found}" ต้องเป็น "${col.header}" (อย่าย้ายหรือลบคอลัมน์ของตาราง)`,
      ),
    );
  }
  return issues;
}

/** Data rows with their 1-based sheet row numbers, skipping rows that are entirely blank. */
export function dataRows(values: unknown[][]): { row: number; cells: unknown[] }[] {
  const out: { row: number; cells: unknown[] }[] = [];
  for (let i = FIRST_DATA_ROW - 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    if (cells.every(isBlank)) continue;
    out.push({ row: i + 1, cells });
  }
  return out;
}

// ---- Settings ----

export interface SettingsRead {
  settings: AgencySettings;
  /** 1-based sheet row of each setting found. */
  rowOf: Partial<Record<SettingKey, number>>;
  issues: InputIssue[];
  /** The assessment year cell was blank. */
  yearMissing: boolean;
  /** The plan fiscal year as typed (null when blank: it is then the assessment year + 1). */
  planYearGiven: number | null;
}

export function readSettings(snap: TableSnapshot): SettingsRead {
  const issues: InputIssue[] = [];
  const rowOf: Partial<Record<SettingKey, number>> = {};
  const raw: Partial<Record<SettingKey, unknown>> = {};
  const byLabel = new Map(SETTING_ROWS.map((d) => [norm(d.label), d]));
  for (const { row, cells } of dataRows(snap.values)) {
    const def = byLabel.get(norm(cells[0]));
    if (!def || rowOf[def.key] !== undefined) continue;
    rowOf[def.key] = row;
    raw[def.key] = cells[1];
  }
  const valueCol = colIndex('settings', 'value') + 1;
  const valueHeader = LAYOUTS.settings.columns[valueCol - 1].header;
  const text = (k: SettingKey) => cellText(raw[k]);
  /** A located issue on the setting's value cell: `${label} "${value}" ไม่ถูกต้อง ${expected}`. */
  const refuse = (k: SettingKey, expected: string): null => {
    const label = SETTING_ROWS.find((d) => d.key === k)!.label;
    issues.push(
      issue(snap.sheet, rowOf[k], valueCol, valueHeader, `${label} "${cellText(raw[k])}" ไม่ถูกต้อง ${expected}`),
    );
    return null;
  };
  const number = (k: SettingKey, min: number, max: number): number | null => {
    const v = raw[k];
    if (isCellError(v) || (!isBlank(v) && !readScore(v, min, max).ok)) return refuse(k, `ต้องเป็นตัวเลข ${min}–${max}`);
    const r = readScore(v, min, max);
    return r.ok ? r.value : null;
  };
  const year = (k: SettingKey): number | null => {
    const r = readInteger(raw[k]);
    if (!r.ok || (r.value !== null && (r.value < MIN_BE_YEAR || r.value > MAX_BE_YEAR)))
      return refuse(k, 'ต้องเป็นปี พ.ศ. เช่น 2567');
    return r.value;
  };
  const supervisorsOf = (): Supervisor[] => {
    const { supervisors, bad } = parseSupervisors(cellText(raw.supervisors));
    for (const b of bad)
      issues.push(
        issue(
          snap.sheet,
          rowOf.supervisors,
          valueCol,
          valueHeader,
          `ผู้ตรวจบรรทัดที่ ${b.line} "${b.text}" ไม่มีอีเมล ต้องเป็น ชื่อ, อีเมล, สิทธิ์ เช่น นายสมชาย ใจดี, somchai@example.go.th, แสดงความคิดเห็น`,
        ),
      );
    return supervisors;
  };
  /** An OIT item code typed by the officer ("o25"); blank or "ยังไม่ยืนยัน" = the year's catalogue. */
  const itemSetting = (k: 'measuresItem' | 'resultsItem'): string => {
    const v = text(k);
    if (v === '' || v === UNCONFIRMED_ITEM) return '';
    const code = readItemCode(v);
    if (code) return code;
    const label = SETTING_ROWS.find((d) => d.key === k)!.label;
    issues.push(
      issue(
        snap.sheet,
        rowOf[k],
        valueCol,
        valueHeader,
        `${label} "${v}" ไม่ใช่รหัสข้อ OIT ต้องเป็นรหัส เช่น o25 (หรือเว้นว่างเพื่อใช้ตามรายการข้อ OIT ของปีการประเมิน)`,
      ),
    );
    return '';
  };
  const assessmentYear = year('assessmentYear');
  const planFiscalYear = year('planFiscalYear');
  const target = number('target', 0, 100) ?? DEFAULT_TARGET;
  const weak = number('weakThreshold', 0, 100);
  const digits = text('thaiDigits');
  const divisions = splitDivisions(raw.divisions);
  const documentDate = ((): ThaiDate | null => {
    const v = raw.documentDate;
    if (isBlank(v)) return null;
    if (v instanceof Date && !Number.isNaN(v.getTime())) return thaiDateFromJsDate(v);
    const d = isCellError(v) ? null : parseThaiDate(cellText(v));
    if (!d) {
      const label = SETTING_ROWS.find((x) => x.key === 'documentDate')!.label;
      issues.push(
        issue(
          snap.sheet,
          rowOf.documentDate,
          valueCol,
          valueHeader,
          `${label} "${cellText(v)}" ไม่ใช่วันที่ ต้องเป็นวันที่ เช่น 15 ตุลาคม 2567 หรือ 15/10/2567 (หรือเว้นว่าง)`,
        ),
      );
    }
    return d;
  })();
  const settings: AgencySettings = {
    agencyName: text('agencyName'),
    agencyType: text('agencyType'),
    district: text('district'),
    province: text('province'),
    assessmentYear: assessmentYear ?? 0,
    planFiscalYear: planFiscalYear ?? (assessmentYear ? assessmentYear + 1 : 0),
    target,
    weakThreshold: weak ?? target,
    thaiDigits:
      digits === ''
        ? true
        : digits === YES || /^(true|yes|1)$/i.test(digits)
          ? true
          : digits === NO
            ? false
            : !/^(false|no|0)$/i.test(digits),
    divisions: divisions.length ? divisions : DEFAULT_DIVISIONS,
    outputFolderId: folderId(text('outputFolderId')),
    signerName: text('signerName'),
    signerPosition: text('signerPosition'),
    documentDate,
    supervisors: supervisorsOf(),
    shareMessage: text('shareMessage'),
    measuresItem: itemSetting('measuresItem'),
    resultsItem: itemSetting('resultsItem'),
  };
  return { settings, rowOf, issues, yearMissing: isBlank(raw.assessmentYear), planYearGiven: planFiscalYear };
}

/** A Drive folder id from an id or a folder link. */
export function folderId(s: string): string {
  const m = /\/folders\/([A-Za-z0-9_-]+)/.exec(s) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(s);
  return m ? m[1] : s.trim();
}

// ---- Scores by year ----

export interface YearColumn {
  year: number;
  /** 1-based sheet column. */
  col: number;
  overall: number | null;
  instruments: Partial<Record<InstrumentId, number>>;
  indicators: Partial<Record<number, number>>;
}

export interface ScoresByYearRead {
  years: YearColumn[];
  /** 1-based row of each code in column A ("1".."10", "IIT", "EIT", "OIT", "รวม"). */
  rowOf: Record<string, number>;
  issues: InputIssue[];
}

export function readScoresByYear(snap: TableSnapshot): ScoresByYearRead {
  const issues: InputIssue[] = [];
  const head = snap.values[HEADER_ROW - 1] ?? [];
  const fixed = LAYOUTS.scoresByYear.columns.length;
  const years: YearColumn[] = [];
  const seenYear = new Map<number, number>();
  for (let i = fixed; i < head.length; i++) {
    if (isBlank(head[i])) continue;
    const y = readInteger(head[i]);
    if (!y.ok || y.value === null || y.value < 2500 || y.value > 2700) {
      issues.push(
        issue(snap.sheet, HEADER_ROW, i + 1, undefined, `หัวคอลัมน์ "${cellText(head[i])}" ต้องเป็นปี พ.ศ. เช่น 2567`),
      );
      continue;
    }
    if (seenYear.has(y.value)) {
      issues.push(issue(snap.sheet, HEADER_ROW, i + 1, undefined, `ปี ${y.value} ซ้ำกับคอลัมน์ที่ ${seenYear.get(y.value)}`));
      continue;
    }
    seenYear.set(y.value, i + 1);
    years.push({ year: y.value, col: i + 1, overall: null, instruments: {}, indicators: {} });
  }
  const rowOf: Record<string, number> = {};
  for (const { row, cells } of dataRows(snap.values)) {
    const code = cellText(cells[0]).toUpperCase() === 'รวม' ? OVERALL_CODE : cellText(cells[0]).toUpperCase();
    if (code === '' || rowOf[code] !== undefined) continue;
    rowOf[code] = row;
    for (const y of years) {
      const r = readScore(cells[y.col - 1]);
      if (!r.ok) {
        issues.push(issue(snap.sheet, row, y.col, `ปี ${y.year}`, r.why));
        continue;
      }
      if (r.value === null) continue;
      if (code === OVERALL_CODE) y.overall = r.value;
      else if (code === 'IIT' || code === 'EIT' || code === 'OIT') y.instruments[code] = r.value;
      else if (/^\d+$/.test(code) && Number(code) >= 1 && Number(code) <= 10) y.indicators[Number(code)] = r.value;
    }
  }
  return { years, rowOf, issues };
}

// ---- Question scores ----

export interface QuestionRowRead {
  row: number;
  year: number;
  code: string;
  scores: (number | null)[];
}

/**
 * The year of a question row: B.E. 2500–2700, or a C.E. year converted (with a warning). Anything else is
 * an issue: such a row would silently drop out of the analysis.
 */
function questionRowYear(v: unknown, at: string): { year: number; warning?: string } | { why: string } {
  const r = readInteger(v);
  if (!r.ok || r.value === null) return { why: `"${cellText(v)}" ต้องเป็นปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR} เช่น 2567` };
  let year: number;
  try {
    year = normaliseYear(r.value);
  } catch {
    return { why: `ปี ${r.value} อยู่นอกช่วง ต้องเป็นปี พ.ศ. ${MIN_BE_YEAR}–${MAX_BE_YEAR} เช่น 2567` };
  }
  if (year === r.value) return { year };
  return { year, warning: `${at}: ปี ${r.value} เป็นปี ค.ศ. จึงถือเป็นปี พ.ศ. ${year} (แก้เป็น ${year} เพื่อไม่ให้เห็นข้อความนี้อีก)` };
}

export function readQuestionScores(snap: TableSnapshot): {
  rows: QuestionRowRead[];
  issues: InputIssue[];
  warnings: string[];
} {
  const issues: InputIssue[] = [];
  const warnings: string[] = [];
  const rows: QuestionRowRead[] = [];
  const cols = LAYOUTS.questionScores.columns;
  const iYear = colIndex('questionScores', 'year');
  const iCode = colIndex('questionScores', 'code');
  const iS1 = colIndex('questionScores', 'score1');
  const iS2 = colIndex('questionScores', 'score2');
  const seen = new Map<string, number>();
  for (const { row, cells } of dataRows(snap.values)) {
    const y = questionRowYear(cells[iYear], where(snap.sheet, row, iYear + 1, cols[iYear].header));
    const code = normalizeCode(cellText(cells[iCode]));
    if ('why' in y) {
      issues.push(issue(snap.sheet, row, iYear + 1, cols[iYear].header, y.why));
      continue;
    }
    if (y.warning) warnings.push(y.warning);
    if (code === '') {
      issues.push(issue(snap.sheet, row, iCode + 1, cols[iCode].header, 'ไม่มีรหัสข้อ ต้องเป็นรหัส เช่น i1, e4, o10'));
      continue;
    }
    const key = `${y.year}:${code}`;
    if (seen.has(key)) {
      issues.push(
        issue(
          snap.sheet,
          row,
          iCode + 1,
          cols[iCode].header,
          `ข้อ ${code} ของปี ${y.year} ซ้ำกับแถวที่ ${seen.get(key)} ให้เหลือเพียงแถวเดียว`,
        ),
      );
      continue;
    }
    seen.set(key, row);
    const scores: (number | null)[] = [];
    let ok = true;
    for (const i of [iS1, iS2]) {
      const r = readScore(cells[i]);
      if (!r.ok) {
        issues.push(issue(snap.sheet, row, i + 1, cols[i].header, r.why));
        ok = false;
        scores.push(null);
      } else scores.push(r.value);
    }
    if (ok) rows.push({ row, year: y.year, code, scores });
  }
  return { rows, issues, warnings };
}

/** The question scores of one year as the core's QuestionScore[] (blank rows left out). */
export function questionScoresOfYear(
  rows: QuestionRowRead[],
  year: number,
  twoPart: (code: string) => boolean,
): QuestionScore[] {
  return rows
    .filter((r) => r.year === year && r.scores.some((s) => s !== null))
    .map((r) => ({ code: r.code, scores: twoPart(r.code) ? r.scores.slice(0, 2) : [r.scores[0]] }));
}

// ---- Levels ----

export function readLevels(snap: TableSnapshot): { scale?: LevelScale; issues: InputIssue[] } {
  const body = snap.values.slice(FIRST_DATA_ROW - 1).map((r) => [0, 1, 2].map((i) => cellText(r[i])));
  if (body.every((r) => r.every((c) => c === ''))) return { issues: [] };
  const { scale, errors } = parseLevelScale(body, { firstRow: FIRST_DATA_ROW, id: 'workbook' });
  return { scale, issues: errors.map((e) => ({ sheet: snap.sheet, message: `ชีต "${snap.sheet}" ${e}` })) };
}

// ---- Measures ----

export interface MeasureRowRead extends MeasureRow {
  row: number;
  /** The fingerprint stored when the row was suggested ("" for manual rows). */
  storedFingerprint: string;
}

export function readMeasures(snap: TableSnapshot): { rows: MeasureRowRead[]; issues: InputIssue[] } {
  const rows: MeasureRowRead[] = [];
  const issues: InputIssue[] = [];
  const k = (key: string) => colIndex('measures', key);
  for (const { row, cells } of dataRows(snap.values)) {
    const t = (key: string) => cellText(cells[k(key)]);
    issues.push(...cellErrorIssues(snap, row, cells));
    rows.push({
      row,
      id: t('id'),
      measure: t('measure'),
      method: t('method'),
      responsible: t('responsible'),
      period: t('period'),
      followUp: t('followUp'),
      questions: splitList(cells[k('questions')]).map(normalizeCode),
      indicators: splitList(cells[k('indicators')])
        .map((s) => Number(s))
        .filter((n) => Number.isInteger(n)),
      oitRefs: splitList(cells[k('oitRefs')]),
      origin: t('origin') === ORIGIN_LABELS.suggested ? 'suggested' : 'manual',
      storedFingerprint: t('fingerprint'),
    });
  }
  return { rows, issues };
}

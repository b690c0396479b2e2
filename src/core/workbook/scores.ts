// The workbook's inputs as the core's ScoreSet, with every problem located (sheet, row, column).
import { AgencySettings, AnalysisOptions, Catalogue, InputIssue, ScoreSet, YearScores } from '../types';
import { catalogueForYear, codeRangeText, findQuestion } from '../catalogue';
import { HEADER_ROW, LAYOUTS, TableId, colIndex, where } from './layouts';
import {
  QuestionRowRead,
  TableSnapshot,
  checkTable,
  questionScoresOfYear,
  readLevels,
  readQuestionScores,
  readScoresByYear,
  readSettings,
} from './readers';
import { readOitItems, withOitList } from './oit-items';

/** Tables compute needs; the others are optional. */
export const INPUT_TABLES: TableId[] = ['settings', 'scoresByYear', 'questionScores'];

export const NO_TEMPLATE_MESSAGE = 'ยังไม่พบตารางของ ITA ในสมุดงานนี้ กรุณาเลือกเมนู "ตั้งค่าแม่แบบ" ก่อน';

export function missingTableMessage(id: TableId): string {
  return `ไม่พบชีต "${LAYOUTS[id].sheetName}" (อาจถูกลบ) กรุณาเลือกเมนู "ตั้งค่าแม่แบบ" เพื่อสร้างใหม่ ข้อมูลในชีตอื่นจะไม่ถูกแก้ไข`;
}

export interface WorkbookInputs {
  settings: AgencySettings;
  catalogue: Catalogue;
  scores: ScoreSet;
  options: AnalysisOptions;
  questionRows: QuestionRowRead[];
  issues: InputIssue[];
  warnings: string[];
}

/** Every table needed is present, checked (headers, merges) and read; errors are collected, not thrown. */
export function readInputs(tables: Partial<Record<TableId, TableSnapshot>>): WorkbookInputs | { issues: InputIssue[] } {
  const present = INPUT_TABLES.filter((id) => tables[id]);
  if (present.length === 0) return { issues: [{ message: NO_TEMPLATE_MESSAGE }] };
  const missing = INPUT_TABLES.filter((id) => !tables[id]);
  if (missing.length) return { issues: missing.map((id) => ({ message: missingTableMessage(id) })) };
  const issues: InputIssue[] = [];
  for (const id of [...INPUT_TABLES, 'levels', 'oitItems'] as TableId[])
    if (tables[id]) issues.push(...checkTable(tables[id]!));
  if (issues.length) return { issues };

  const s = readSettings(tables.settings!);
  issues.push(...s.issues);
  if (s.yearMissing) {
    issues.push({
      sheet: tables.settings!.sheet,
      line: s.rowOf.assessmentYear,
      message: `${where(tables.settings!.sheet, s.rowOf.assessmentYear, 2)}: ยังไม่ได้กรอกปีการประเมิน ITA (พ.ศ.) เช่น 2567`,
    });
  }
  const byYear = readScoresByYear(tables.scoresByYear!);
  const q = readQuestionScores(tables.questionScores!);
  const levels = tables.levels ? readLevels(tables.levels) : { issues: [] as InputIssue[] };
  issues.push(...byYear.issues, ...q.issues, ...levels.issues);
  if (issues.length) return { issues };

  const year = s.settings.assessmentYear;
  let catalogue: Catalogue;
  const warnings: string[] = [...q.warnings];
  if (s.planYearGiven !== null && year && s.planYearGiven !== year + 1) {
    warnings.push(
      `${where(tables.settings!.sheet, s.rowOf.planFiscalYear, 2, 'ค่า')}: ปีงบประมาณของแผน ${s.planYearGiven} ไม่ใช่ปีถัดจากปีที่ประเมิน ${year} — ตรวจสอบ ` +
        '(เว้นว่างไว้เพื่อให้เป็นปีการประเมิน + 1 โดยอัตโนมัติ)',
    );
  }
  try {
    const c = catalogueForYear(year);
    catalogue = c.catalogue;
    if (c.warning) warnings.push(c.warning);
  } catch (e) {
    return { issues: [{ sheet: tables.settings!.sheet, line: s.rowOf.assessmentYear, message: (e as Error).message }] };
  }
  // The officer's OIT item list of the year (sheet "รายการ OIT"), when it has one, replaces the catalogue's.
  if (tables.oitItems) {
    const list = readOitItems(tables.oitItems, year);
    if (list.issues.length) return { issues: list.issues };
    if (list.items) catalogue = withOitList(catalogue, list.items);
  }

  const twoPart = (cat: Catalogue) => (code: string) => findQuestion(cat, code)?.parts === 2;
  const yearScores = (y: number): YearScores => {
    const col = byYear.years.find((c) => c.year === y);
    let cat = catalogue;
    try {
      if (y !== year) cat = catalogueForYear(y).catalogue;
    } catch {
      /* the year header was validated already */
    }
    return {
      year: y,
      overall: col?.overall ?? null,
      instruments: { ...(col?.instruments ?? {}) },
      indicators: { ...(col?.indicators ?? {}) },
      questions: questionScoresOfYear(q.rows, y, twoPart(cat)),
    };
  };

  // A part-2 score on a one-part question is not used: say so, with its cell.
  const iS2 = colIndex('questionScores', 'score2');
  for (const r of q.rows) {
    if (r.scores[1] === null || r.scores[1] === undefined) continue;
    let cat = catalogue;
    try {
      if (r.year !== year) cat = catalogueForYear(r.year).catalogue;
    } catch {
      /* validated already */
    }
    const def = findQuestion(cat, r.code);
    if (def && def.parts === 1)
      warnings.push(
        `${where(tables.questionScores!.sheet, r.row, iS2 + 1, LAYOUTS.questionScores.columns[iS2].header)}: ข้อ ${def.code} ปี ${r.year} มีคะแนนส่วนเดียว คะแนนส่วนที่ 2 (${r.scores[1]}) จึงไม่ถูกใช้ ย้ายไปช่องคะแนน (ส่วนที่ 1) หรือลบออก`,
      );
  }

  // Unknown question codes of the analysed year, when scored ("o30 100" for 2569, whose OIT list ends at
  // o26). A blank row of a code the year lacks (pre-filled by an older version) holds nothing to lose.
  for (const r of q.rows) {
    if (r.year === year && !findQuestion(catalogue, r.code) && r.scores.some((v) => v !== null)) {
      const letter = r.code.charAt(0);
      const has = letter === 'i' || letter === 'e' || letter === 'o' ? ` (${codeRangeText(catalogue, letter)})` : '';
      issues.push({
        sheet: tables.questionScores!.sheet,
        line: r.row,
        column: 2,
        message:
          `${where(tables.questionScores!.sheet, r.row, 2, 'ข้อ')}: ไม่มีข้อ ${r.code} ในรายการข้อของปี ${year}${has} ` +
          'แก้รหัสข้อ หรือลบคะแนนของแถวนี้',
      });
    }
  }

  // Year columns without a catalogue of their own are compared by indicator only: say so, with the cell.
  for (const c of byYear.years) {
    if (c.year === year) continue;
    const w = catalogueWarningOf(c.year);
    if (w) warnings.push(`${where(tables.scoresByYear!.sheet, HEADER_ROW, c.col)}: ${w}`);
  }

  const current = yearScores(year);
  // Nothing at all for the assessment year: one message (not one per indicator), with the catalogue warning.
  const yearColumn = byYear.years.find((c) => c.year === year);
  if (!yearColumn && current.questions.length === 0) {
    const known = [...new Set([...byYear.years.map((c) => c.year), ...q.rows.map((r) => r.year)])].sort(
      (a, b) => a - b,
    );
    issues.push({
      sheet: tables.settings!.sheet,
      line: s.rowOf.assessmentYear,
      column: 2,
      message:
        `${where(tables.settings!.sheet, s.rowOf.assessmentYear, 2, 'ค่า')}: ปีการประเมิน ${year} ไม่มีคะแนนเลย ` +
        `(ไม่มีคอลัมน์ปี ${year} ในชีต "${tables.scoresByYear!.sheet}" และไม่มีคะแนนรายข้อของปี ${year} ในชีต "${tables.questionScores!.sheet}")` +
        (known.length ? ` ปีที่มีในสมุดงาน: ${known.join(', ')}` : '') +
        ` ตรวจสอบปีการประเมิน หรือเลือกเมนู "ตั้งค่าแม่แบบ" แล้วนำเข้าคะแนนของปี ${year}` +
        (catalogueWarningOf(year) ? ` (${catalogueWarningOf(year)})` : ''),
    });
    return { issues };
  }
  // Every indicator needs a score: given in the scores-by-year table or from its question scores.
  for (const ind of catalogue.indicators) {
    const given = current.indicators[ind.number] !== undefined;
    const fromQuestions = current.questions.some((qs) => findQuestion(catalogue, qs.code)?.indicator === ind.number);
    if (!given && !fromQuestions) {
      const col = byYear.years.find((c) => c.year === year)?.col;
      const row = byYear.rowOf[String(ind.number)];
      if (row === undefined) {
        issues.push({
          sheet: tables.scoresByYear!.sheet,
          message:
            `${where(tables.scoresByYear!.sheet)}: ไม่มีแถวของตัวชี้วัดที่ ${ind.number} ${ind.name} (รหัส ${ind.number} ในคอลัมน์ A) ` +
            `แถวอาจถูกลบ กรุณาเลือกเมนู "ตั้งค่าแม่แบบ" เพื่อเพิ่มแถวกลับ แล้วกรอกคะแนน หรือกรอกคะแนนรายข้อในชีต "${tables.questionScores!.sheet}"`,
        });
        continue;
      }
      issues.push({
        sheet: tables.scoresByYear!.sheet,
        line: row,
        column: col,
        message:
          `${where(tables.scoresByYear!.sheet, row, col, `ปี ${year}`)}: ไม่มีคะแนนตัวชี้วัดที่ ${ind.number} ${ind.name} ` +
          `ต้องกรอกคะแนนตัวชี้วัด หรือคะแนนรายข้อในชีต "${tables.questionScores!.sheet}"`,
      });
    }
  }
  if (issues.length) return { issues };

  const otherYears = new Set<number>([...byYear.years.map((c) => c.year), ...q.rows.map((r) => r.year)]);
  otherYears.delete(year);
  const history = [...otherYears]
    .sort((a, b) => b - a)
    .map(yearScores)
    .filter(
      (h) =>
        h.overall !== null ||
        Object.keys(h.indicators).length > 0 ||
        Object.keys(h.instruments).length > 0 ||
        h.questions.length > 0,
    );

  const options: AnalysisOptions = {
    year,
    target: s.settings.target,
    weakThreshold: s.settings.weakThreshold,
    catalogue,
  };
  if ('scale' in levels && levels.scale) options.levels = levels.scale;
  return {
    settings: s.settings,
    catalogue,
    scores: { current, history },
    options,
    questionRows: q.rows,
    issues: [],
    warnings,
  };
}

/** The warning of a year without its own catalogue (nearest used), or null. */
function catalogueWarningOf(year: number): string | null {
  try {
    return catalogueForYear(year).warning;
  } catch {
    return null;
  }
}

export function isInputs(x: WorkbookInputs | { issues: InputIssue[] }): x is WorkbookInputs {
  return 'scores' in x;
}

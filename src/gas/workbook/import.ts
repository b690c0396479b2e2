// Import scores pasted by the officer: preview (read only) and confirm (writes under the lock).
import { findYearInText, parseScores, readYearCell } from '../../core/intake';
import { InputIssue } from '../../core/types';
import {
  PlannedValue,
  TableId,
  TableSnapshot,
  checkTable,
  columnLetter,
  fingerprint,
  importPlan,
  missingTableMessage,
  NO_TEMPLATE_MESSAGE,
  readSettings,
  unreadableYears,
} from '../../core/workbook';
import { withDocumentLock, BusyError } from './lock';
import { locateTables, readTables, writeBlock } from './tables';
import { thaiError } from '../../core/errors';

export const IMPORT_TITLE = 'นำเข้าคะแนน ITA';

/** JSON-safe answer to the dialog. */
export interface ImportPreview {
  ok: boolean;
  message: string;
  year: number | null;
  /** Values read from the text. */
  rowsRead: number;
  /** Lines of the text that could not be read, with why (Thai). */
  errors: { line: number | null; column: number | null; message: string }[];
  warnings: string[];
  /** Where each value goes. */
  targets: { label: string; cell: string; value: number; old: string | number; kind: PlannedValue['kind'] }[];
  conflicts: number;
  written: number;
  /** textHash of the text this answer is about: the dialog sends it back with บันทึก (confirmImport). */
  textHash: string;
}

/**
 * The hash that binds a save to the text previewed: the dialog gets it with the preview and sends it back
 * with บันทึก; a text edited since (preview A, save B) has another hash and is refused.
 */
export function textHash(text: unknown): string {
  return typeof text === 'string' ? `${text.length}:${fingerprint(text)}` : '';
}

/** Said when the text to save is not the text previewed (edited after ตรวจสอบ, or never previewed). */
export const NOT_PREVIEWED_MESSAGE =
  'ข้อความในช่องไม่ใช่ข้อความที่ตรวจสอบไว้ (มีการแก้ไขหลังกด "ตรวจสอบ") จึงยังไม่ได้บันทึก: กด "ตรวจสอบ" อีกครั้ง ดูรายการที่อ่านได้ แล้วจึงกด "บันทึกลงสมุดงาน"';

function emptyPreview(message: string): ImportPreview {
  return {
    ok: false,
    message,
    year: null,
    rowsRead: 0,
    errors: [],
    warnings: [],
    targets: [],
    conflicts: 0,
    written: 0,
    textHash: '',
  };
}

const located = (i: InputIssue) => ({ line: i.line ?? null, column: i.column ?? null, message: i.message });

interface Prepared {
  preview: ImportPreview;
  run?: (overwrite: boolean) => number;
}

function prepare(text: string, overwrite: boolean): Prepared {
  if (typeof text !== 'string' || text.trim() === '')
    return { preview: emptyPreview('ยังไม่ได้วางข้อความคะแนน กรุณาวางตารางคะแนนในช่องด้านบน') };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tables: TableId[] = ['settings', 'scoresByYear', 'questionScores'];
  const sheets = locateTables(ss, tables);
  const snaps = readTables(sheets, tables, true);
  if (!snaps.settings && !snaps.scoresByYear && !snaps.questionScores)
    return { preview: emptyPreview(NO_TEMPLATE_MESSAGE) };
  for (const id of ['settings', 'scoresByYear', 'questionScores'] as const) {
    if (!snaps[id]) return { preview: emptyPreview(missingTableMessage(id)) };
  }
  const tableIssues = [snaps.scoresByYear!, snaps.questionScores!].flatMap((s: TableSnapshot) => checkTable(s));
  if (tableIssues.length) {
    return { preview: { ...emptyPreview('ตารางในสมุดงานมีปัญหา กรุณาแก้ไขก่อนนำเข้า'), errors: tableIssues.map(located) } };
  }
  // A year named in the text that cannot be read: refuse, rather than put the values in another year.
  const badYears = unreadableYears(text, readYearCell);
  if (badYears.length) {
    return {
      preview: {
        ...emptyPreview(`ปีในข้อความอ่านไม่ได้ (${badYears.map((b) => b.year).join(', ')}) จึงยังไม่นำเข้า: แก้ปีแล้วตรวจสอบอีกครั้ง`),
        errors: badYears.map((b) => ({ line: b.line, column: null, message: b.message })),
      },
    };
  }
  const settings = readSettings(snaps.settings!).settings;
  const year = findYearInText(text) === null && settings.assessmentYear ? settings.assessmentYear : undefined;
  let parsed;
  try {
    parsed = parseScores(text, year ? { year } : {});
  } catch (e) {
    return { preview: emptyPreview(thaiError(e)) };
  }
  const plan = importPlan(parsed.scores, snaps.scoresByYear!, snaps.questionScores!, overwrite);
  const targets = plan.values.map((v) => ({
    label: v.label,
    cell: `${v.sheet}!${columnLetter(v.col)}${v.row}`,
    value: v.value,
    old: v.old,
    kind: v.kind,
  }));
  const conflicts = plan.values.filter((v) => v.kind === 'conflict').length;
  const writable = plan.values.filter((v) => v.kind === 'new' || (v.kind === 'conflict' && overwrite)).length;
  const preview: ImportPreview = {
    ok: plan.values.length > 0,
    message: plan.values.length
      ? `อ่านคะแนนได้ ${plan.values.length} ค่า ของปี ${parsed.scores.current.year}` +
        (conflicts ? ` มี ${conflicts} ค่าที่ต่างจากค่าเดิมในสมุดงาน (จะไม่เขียนทับ เว้นแต่เลือก "เขียนทับค่าเดิม")` : '')
      : 'ไม่พบคะแนนที่อ่านได้ในข้อความนี้',
    year: parsed.scores.current.year,
    rowsRead: plan.values.length,
    errors: parsed.errors.map(located),
    warnings: parsed.warnings.map((w) => w.message),
    targets,
    conflicts,
    written: 0,
    textHash: textHash(text),
  };
  const run = () => {
    for (const block of plan.blocks) writeBlock(sheets[block.table]!, block);
    return writable;
  };
  return { preview, run };
}

/** Read-only: what the text holds and where each value would go. */
export function previewImport(text: string): ImportPreview {
  try {
    return prepare(text, false).preview;
  } catch (e) {
    return emptyPreview(`เกิดข้อผิดพลาด: ${thaiError(e)}`);
  }
}

/**
 * Writes the values: empty cells are filled; a cell holding a different value is kept unless `overwrite`.
 * Everything is re-read and re-planned under the lock, so a colleague's edit since the preview is respected.
 */
export function confirmImport(text: string, overwrite: boolean, previewed: string | undefined): ImportPreview {
  if (typeof previewed !== 'string' || previewed === '' || previewed !== textHash(text))
    return emptyPreview(NOT_PREVIEWED_MESSAGE);
  try {
    return withDocumentLock(() => {
      const p = prepare(text, overwrite === true);
      if (!p.preview.ok || !p.run) return p.preview;
      const written = p.run(overwrite === true);
      const kept = overwrite ? 0 : p.preview.conflicts;
      return {
        ...p.preview,
        written,
        message:
          `บันทึกคะแนน ${written} ค่าแล้ว` +
          (kept ? ` ไม่ได้เขียนทับ ${kept} ค่าที่ต่างจากค่าเดิม` : '') +
          ' เลือกเมนู "คำนวณส่วนต่างจากค่าเป้าหมาย" เพื่อวิเคราะห์ผล',
      };
    });
  } catch (e) {
    if (e instanceof BusyError) return emptyPreview(e.message);
    return emptyPreview(`เกิดข้อผิดพลาด: ${thaiError(e)}`);
  }
}

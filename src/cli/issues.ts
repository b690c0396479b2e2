// How input problems are written for the terminal: "file: บรรทัด 12 คอลัมน์ 3: …".
import { parseScores } from '../core/intake';
import { InputIssue, ScoreSet } from '../core/types';

/** The location words of an issue ("ชีต X บรรทัด 12 คอลัมน์ 3"), "" when it has none. */
export function issueLocation(issue: InputIssue): string {
  const where: string[] = [];
  if (issue.sheet) where.push(`ชีต ${issue.sheet}`);
  if (issue.line !== undefined) where.push(`บรรทัด ${issue.line}`);
  if (issue.column !== undefined) where.push(`คอลัมน์ ${issue.column}`);
  return where.join(' ');
}

/** "file: บรรทัด 12 คอลัมน์ 3: message"; the location is not repeated when the message already starts with it. */
export function formatIssue(issue: InputIssue, file?: string): string {
  const location = issueLocation(issue);
  const message = issue.message.trim();
  const located = location && !message.startsWith(location) ? `${location}: ${message}` : message;
  return file ? `${file}: ${located}` : located;
}

/**
 * A scores text read by the intake (a leading BOM dropped): its warnings to `warn` (with their line/column),
 * its errors printed; then `{ code: bad(...) }` when there were errors.
 */
export function parseScoresReported(
  text: string,
  label: string,
  year: number | undefined,
  warn: (text: string, shown?: string) => void,
  bad: (message: string) => number,
  stderr: (text: string) => void,
): { scores: ScoreSet } | { code: number } {
  const parsed = parseScores(text.replace(/^\uFEFF/, ''), year !== undefined ? { year } : {});
  for (const w of parsed.warnings) warn(formatIssue(w), formatIssue(w, label));
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) stderr(`ข้อผิดพลาด: ${formatIssue(e, label)}\n`);
    return { code: bad(`อ่านคะแนนไม่สำเร็จ พบข้อผิดพลาด ${parsed.errors.length} รายการ (ดูด้านบน)`) };
  }
  return { scores: parsed.scores };
}

// How input problems are written for the terminal: "file: บรรทัด 12 คอลัมน์ 3: …".
import { InputIssue } from '../core/types';

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

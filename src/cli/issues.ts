// How input problems are written for the terminal: "บรรทัด 12 คอลัมน์ 3: …".
import { InputIssue } from '../core/types';

export function formatIssue(issue: InputIssue, file?: string): string {
  const where: string[] = [];
  if (issue.sheet) where.push(`ชีต ${issue.sheet}`);
  if (issue.line !== undefined) where.push(`บรรทัด ${issue.line}`);
  if (issue.column !== undefined) where.push(`คอลัมน์ ${issue.column}`);
  const prefix = [file, where.join(' ')].filter((s) => s).join(': ');
  return prefix ? `${prefix}: ${issue.message}` : issue.message;
}

// Supervisors listed in the settings sheet (one a line: name, e-mail, role) and who gets which access
// to the generated documents. Pure.

/** Drive roles the add-on grants (never "owner"). */
export type ShareRole = 'reader' | 'commenter' | 'writer';

export interface Supervisor {
  name: string;
  email: string;
  role: ShareRole;
}

/** Thai words for the roles (what the officer types, what the documents log shows). */
export const ROLE_WORDS: Record<ShareRole, string> = {
  writer: 'แก้ไขได้',
  commenter: 'แสดงความคิดเห็นได้',
  reader: 'ดูได้อย่างเดียว',
};

/** Words accepted in a supervisor line for each role (default commenter). */
const ROLE_INPUT: [RegExp, ShareRole][] = [
  [/ดูอย่างเดียว|ดูได้อย่างเดียว|ผู้ดู|\bview(er)?\b|\breader\b/i, 'reader'],
  [/แก้ไข|ผู้แก้ไข|\beditor\b|\bwriter\b/i, 'writer'],
  [/ความคิดเห็น|ผู้แสดงความคิดเห็น|\bcomment(er)?\b/i, 'commenter'],
];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** Pure: one supervisor line ("นายสมชาย ใจดี, somchai@example.go.th, แสดงความคิดเห็น"), or null without an e-mail. */
export function parseSupervisorLine(line: string): Supervisor | null {
  const m = EMAIL.exec(line);
  if (!m) return null;
  const email = m[0].toLowerCase();
  const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(/[<>()]/g, ' ');
  let role: ShareRole = 'commenter';
  let name = rest;
  for (const [re, r] of ROLE_INPUT)
    if (re.test(rest)) {
      role = r;
      name = rest.replace(new RegExp(`(สิทธิ์|บทบาท)?\\s*(${re.source})`, 'i'), ' ');
      break;
    }
  name = name
    .split(/[,;|\t]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name, email, role };
}

/** Pure: every non-empty line; lines without an e-mail are returned as bad (1-based line numbers). */
export function parseSupervisors(text: string): { supervisors: Supervisor[]; bad: { line: number; text: string }[] } {
  const supervisors: Supervisor[] = [];
  const bad: { line: number; text: string }[] = [];
  const seen = new Set<string>();
  String(text ?? '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const t = raw.trim();
      if (!t) return;
      const s = parseSupervisorLine(t);
      if (!s) bad.push({ line: i + 1, text: t });
      else if (!seen.has(s.email)) {
        seen.add(s.email);
        supervisors.push(s);
      }
    });
  return { supervisors, bad };
}

const RANK: Record<ShareRole, number> = { reader: 1, commenter: 2, writer: 3 };

export interface Recipient {
  email: string;
  name: string;
  role: ShareRole;
  /** Why: an editor of the workbook (an officer) or a supervisor from the settings. */
  as: 'editor' | 'supervisor';
}

/**
 * Pure: who gets which access to a generated document: the workbook's editors as writers (any officer
 * can regenerate the doc in place), the supervisors with their role. Someone in both lists keeps the
 * stronger role. The user running the add-on is left out (they own the file).
 */
export function recipients(editors: string[], supervisors: Supervisor[], me: string): Recipient[] {
  const out = new Map<string, Recipient>();
  const add = (r: Recipient) => {
    const prev = out.get(r.email);
    if (!prev || RANK[r.role] > RANK[prev.role]) out.set(r.email, prev ? { ...r, name: r.name || prev.name } : r);
  };
  for (const e of editors) {
    const email = e.trim().toLowerCase();
    if (email) add({ email, name: '', role: 'writer', as: 'editor' });
  }
  for (const s of supervisors) add({ email: s.email, name: s.name, role: s.role, as: 'supervisor' });
  out.delete(me.trim().toLowerCase());
  return [...out.values()];
}

/** Does `have` already give at least `want`? ("owner" gives everything.) */
export function covers(have: string | null | undefined, want: ShareRole): boolean {
  if (have === 'owner') return true;
  return have ? (RANK[have as ShareRole] ?? 0) >= RANK[want] : false;
}

/** Pure: the access list as the documents log shows it, one line per person ("ชื่อ <email>: แสดงความคิดเห็นได้"). */
export function accessText(list: { email: string; name?: string; role: ShareRole | 'owner' }[]): string {
  return list
    .map((r) => {
      const who = r.name ? `${r.name} <${r.email}>` : r.email;
      return `${who}: ${r.role === 'owner' ? 'เจ้าของไฟล์' : ROLE_WORDS[r.role]}`;
    })
    .join('\n');
}

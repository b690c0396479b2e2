// The register of the documents: wording a ปลัด or นายก would correct before signing, as data. Tests
// run every generated text (every block of every document, every recommendation) through
// informalWords(); the list grows as supervisors send wording back.

export interface InformalWord {
  /** What is rejected. */
  pattern: RegExp;
  /** The official wording to use instead (Thai). */
  instead: string;
}

export const INFORMAL_WORDS: readonly InformalWord[] = [
  { pattern: /(?<!จัด)ทำสื่อ/, instead: 'จัดทำสื่อ' },
  { pattern: /ใช้งานได้จริง/, instead: 'พร้อมใช้งาน' },
  { pattern: /ตรวจให้/, instead: 'ตรวจสอบ…ให้' },
  { pattern: /หน้างาน/, instead: 'ผู้ปฏิบัติงาน ณ จุดให้บริการ' },
  { pattern: /ฝึก(?!อบรม)/, instead: 'ฝึกอบรม' },
  { pattern: /(?:เขียน|ทำ)\S*ให้สั้น/, instead: 'จัดทำ…ให้กระชับ' },
  { pattern: /เยอะ/, instead: 'จำนวนมาก' },
  { pattern: /เช็[คก]/, instead: 'ตรวจสอบ' },
  { pattern: /อัป?[เพ]?ดท|อัปเดต|อัพเดต/, instead: 'ปรับปรุงให้เป็นปัจจุบัน' },
  { pattern: /โพสต์|โพส(?!ต)/, instead: 'เผยแพร่' },
  { pattern: /แชร์/, instead: 'เผยแพร่ต่อ' },
  { pattern: /โอเค/, instead: 'เรียบร้อย' },
  { pattern: /ได้เลย/, instead: 'ได้' },
  { pattern: /นิดหน่อย|นิดเดียว/, instead: 'เล็กน้อย' },
  { pattern: /ทำให้ดีขึ้น/, instead: 'ปรับปรุงให้มีประสิทธิภาพยิ่งขึ้น' },
  // ไม้ยมก is written after a space in official documents: "ต่าง ๆ", not "ต่างๆ".
  { pattern: /[ก-ฮะ-ูเ-์]ๆ/, instead: 'เว้นวรรคก่อน ๆ' },
];

/** The informal words found in `text`, each with the wording to use instead ("" → none). */
export function informalWords(text: string): { found: string; instead: string }[] {
  const out: { found: string; instead: string }[] = [];
  for (const w of INFORMAL_WORDS) {
    const m = w.pattern.exec(text);
    if (m) out.push({ found: m[0], instead: w.instead });
  }
  return out;
}

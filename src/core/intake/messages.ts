// Thai wording of locations shared by the intake's messages.

/** "บรรทัด 5 คอลัมน์ 2" (column omitted when unknown). */
export function where(line: number, column?: number): string {
  return column === undefined ? `บรรทัด ${line}` : `บรรทัด ${line} คอลัมน์ ${column}`;
}

export const EXPECTED_LABEL =
  'ต้องเป็นชื่อตัวชี้วัด (เช่น การปฏิบัติหน้าที่) รหัสข้อคำถาม (เช่น i1, e1, o1) ชื่อแบบวัด (IIT, EIT, OIT) หรือ คะแนนรวม';

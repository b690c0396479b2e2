// The workbook's tables as data: sheet names, headers, column keys, input vs computed, colours, widths.
// Every table sits on its own sheet with its header in row 1 and data from row 2. A table is found by
// developer metadata (key METADATA_KEY, value = table id) on its sheet, never by the sheet's name.

export type TableId =
  | 'settings'
  | 'scoresByYear'
  | 'questionScores'
  | 'analysis'
  | 'measures'
  | 'results'
  | 'documents'
  | 'comments'
  | 'levels'
  | 'oitItems';

export const METADATA_KEY = 'ita.table';

/** Row of the header; data starts on the next row. */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** Colours (hex) used by the add-on. */
export const COLORS = {
  header: '#cfe2f3',
  input: '#fff8dc',
  computed: '#eeeeee',
  /** Status colours of the analysis and of weak questions. */
  short: '#f4c7c3',
  near: '#fce8b2',
  passed: '#b7e1cd',
  weak: '#f4c7c3',
} as const;

/** Points above the target within which a passing score is still shown as "near". */
export const NEAR_MARGIN = 5;

export type ColumnKind = 'input' | 'computed';
export type Dropdown = 'divisions' | 'status' | 'yesNo';

export interface ColumnDef {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Pixel width. */
  width: number;
  dropdown?: Dropdown;
  /** Other spellings of the header that readers accept (a header setup writes for another framework). */
  aliases?: string[];
}

export interface TableLayout {
  id: TableId;
  sheetName: string;
  columns: ColumnDef[];
  /** Tables whose columns grow (one per year) after the fixed ones. */
  yearColumns?: boolean;
  /** Input columns too carry a warning-only protection (editable, with a warning first). */
  warnOnEdit?: boolean;
}

const c = (key: string, header: string, kind: ColumnKind, width: number, dropdown?: Dropdown): ColumnDef =>
  dropdown ? { key, header, kind, width, dropdown } : { key, header, kind, width };

export const STATUS_LABELS = {
  'not-started': 'ยังไม่เริ่ม',
  'in-progress': 'กำลังดำเนินการ',
  done: 'ดำเนินการแล้ว',
} as const;

/** The question-score header of a framework without two-part questions (2561–2566). */
export const ONE_PART_SCORE_HEADER = 'คะแนน';

export const ORIGIN_LABELS = { suggested: 'แนะนำ', manual: 'เพิ่มเอง' } as const;
export const YES = 'ใช่';
export const NO = 'ไม่ใช่';

export const LAYOUTS: Record<TableId, TableLayout> = {
  settings: {
    id: 'settings',
    sheetName: 'ตั้งค่า',
    columns: [
      c('label', 'รายการ', 'computed', 300),
      c('value', 'ค่า', 'input', 320),
      c('note', 'คำอธิบาย', 'computed', 360),
    ],
  },
  scoresByYear: {
    id: 'scoresByYear',
    sheetName: 'คะแนนรายปี',
    columns: [c('code', 'รหัส', 'computed', 60), c('name', 'ตัวชี้วัด/แบบวัด', 'computed', 280)],
    yearColumns: true,
  },
  questionScores: {
    id: 'questionScores',
    sheetName: 'คะแนนรายข้อ',
    columns: [
      c('year', 'ปีการประเมิน', 'computed', 90),
      c('code', 'ข้อ', 'computed', 50),
      c('instrument', 'เครื่องมือการประเมิน', 'computed', 90),
      c('indicator', 'ตัวชี้วัด', 'computed', 70),
      c('text', 'ข้อคำถาม', 'computed', 420),
      { ...c('score1', 'คะแนน (ส่วนที่ 1)', 'input', 110), aliases: [ONE_PART_SCORE_HEADER] },
      c('score2', 'คะแนน ส่วนที่ 2', 'input', 110),
      c('flag', 'ต้องพัฒนา', 'computed', 160),
      c('gap', 'ห่างจากเกณฑ์', 'computed', 90),
      c('oitRefs', 'ข้อ OIT ที่เกี่ยวข้อง', 'computed', 140),
      c('advice', 'ข้อเสนอแนะโดยย่อ', 'computed', 360),
    ],
  },
  analysis: {
    id: 'analysis',
    sheetName: 'ผลวิเคราะห์',
    columns: [
      c('level', 'ระดับการวิเคราะห์', 'computed', 110),
      c('code', 'รหัส', 'computed', 60),
      c('name', 'รายการ', 'computed', 280),
      c('score', 'คะแนน', 'computed', 80),
      c('target', 'ค่าเป้าหมาย', 'computed', 90),
      c('gap', 'ห่างจากเป้าหมาย', 'computed', 110),
      c('pass', 'ผ่านเกณฑ์', 'computed', 80),
      c('grade', 'ระดับผลการประเมิน', 'computed', 130),
      c('change', 'เปลี่ยนแปลงจากปีก่อน', 'computed', 130),
      c('status', 'สถานะ', 'computed', 170),
    ],
  },
  measures: {
    id: 'measures',
    sheetName: 'มาตรการ',
    columns: [
      c('id', 'รหัส', 'input', 60),
      c('measure', 'มาตรการ/แนวทางการดำเนินงาน', 'input', 280),
      c('method', 'วิธีการดำเนินการ', 'input', 360),
      c('responsible', 'ผู้รับผิดชอบ', 'input', 150, 'divisions'),
      c('period', 'ระยะเวลาดำเนินการ', 'input', 170),
      c('followUp', 'การติดตามผล', 'input', 220),
      c('questions', 'ข้อคำถามที่เกี่ยวข้อง', 'input', 120),
      c('indicators', 'ตัวชี้วัด', 'input', 80),
      c('oitRefs', 'ข้อ OIT', 'input', 110),
      c('origin', 'ที่มา', 'input', 80),
      c('fingerprint', 'รหัสตรวจสอบข้อความแนะนำ', 'computed', 110),
    ],
  },
  results: {
    id: 'results',
    sheetName: 'ผลการดำเนินการ',
    columns: [
      c('measureId', 'รหัสมาตรการ', 'input', 90),
      c('measure', 'มาตรการ', 'computed', 260),
      c('status', 'สถานะ', 'input', 130, 'status'),
      c('done', 'ผลการดำเนินการ', 'input', 360),
      c('outcome', 'ผลลัพธ์หรือความสำเร็จ', 'input', 260),
      c('evidence', 'หลักฐาน/ลิงก์', 'input', 220),
      c('updatedBy', 'แก้ไขล่าสุดโดย', 'input', 150),
      c('updatedAt', 'แก้ไขล่าสุดเมื่อ', 'input', 130),
    ],
  },
  documents: {
    id: 'documents',
    sheetName: 'เอกสาร',
    columns: [
      c('kind', 'ประเภทเอกสาร', 'computed', 160),
      c('title', 'ชื่อเอกสาร', 'computed', 320),
      c('url', 'ลิงก์', 'computed', 260),
      c('fileId', 'รหัสไฟล์', 'computed', 160),
      c('createdAt', 'สร้าง/ปรับปรุงเมื่อ', 'computed', 140),
      c('createdBy', 'โดย', 'computed', 160),
    ],
  },
  comments: {
    id: 'comments',
    sheetName: 'ความเห็น',
    columns: [
      c('document', 'เอกสาร', 'computed', 220),
      c('author', 'ผู้ให้ความเห็น', 'computed', 160),
      c('quote', 'ข้อความที่อ้างถึง', 'computed', 240),
      c('comment', 'ความเห็น', 'computed', 360),
      c('createdAt', 'เมื่อ', 'computed', 130),
      c('resolved', 'ปิดแล้ว', 'computed', 80),
    ],
  },
  levels: {
    id: 'levels',
    sheetName: 'เกณฑ์ระดับ',
    columns: [
      c('label', 'ระดับ', 'input', 180),
      c('min', 'คะแนนรวมขั้นต่ำ', 'input', 130),
      c('eachMin', 'คะแนนขั้นต่ำของทุกแบบวัด', 'input', 180),
    ],
  },
  // The OIT item list of each assessment year, pre-filled from the year's catalogue: an officer corrects
  // an unconfirmed title or number here (the documents and the item input follow it) without a release.
  oitItems: {
    id: 'oitItems',
    sheetName: 'รายการ OIT',
    columns: [
      c('year', 'ปีการประเมิน', 'input', 90),
      c('code', 'รหัสข้อ', 'input', 70),
      c('title', 'ชื่อรายการ', 'input', 420),
      c('subIndicator', 'ตัวชี้วัดย่อย', 'input', 100),
      c('confidence', 'ความเชื่อมั่น', 'computed', 110),
    ],
    warnOnEdit: true,
  },
};

/** Order of sheets created by setup. */
export const TABLE_ORDER: TableId[] = [
  'settings',
  'scoresByYear',
  'questionScores',
  'analysis',
  'measures',
  'results',
  'levels',
  'oitItems',
  'documents',
  'comments',
];

/** 0-based index of a column key in a layout; throws on a programming error. */
export function colIndex(table: TableId, key: string): number {
  const i = LAYOUTS[table].columns.findIndex((col) => col.key === key);
  if (i < 0) throw new Error(`unknown column ${table}.${key}`);
  return i;
}

export function headers(table: TableId): string[] {
  return LAYOUTS[table].columns.map((col) => col.header);
}

/**
 * The headers setup writes: as `headers`, except that the question scores' first score column reads
 * "คะแนน" when the year's framework has no two-part questions (2561–2566): "ส่วนที่ 1" would say a part
 * that does not exist.
 */
export function headersFor(table: TableId, twoPartQuestions: boolean): string[] {
  if (table !== 'questionScores' || twoPartQuestions) return headers(table);
  return LAYOUTS[table].columns.map((col) => (col.key === 'score1' ? ONE_PART_SCORE_HEADER : col.header));
}

/** Spreadsheet column letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A Thai location: ชีต "คะแนนรายข้อ" แถวที่ 5 คอลัมน์ F (คะแนน (ส่วนที่ 1)). */
export function where(sheet: string, row?: number, col?: number, header?: string): string {
  let s = `ชีต "${sheet}"`;
  if (row !== undefined) s += ` แถวที่ ${row}`;
  if (col !== undefined) s += ` คอลัมน์ ${columnLetter(col)}` + (header ? ` (${header})` : '');
  return s;
}

// ---- Settings rows (key/value, matched by the Thai label in column A) ----

export type SettingKey =
  | 'agencyName'
  | 'agencyType'
  | 'district'
  | 'province'
  | 'assessmentYear'
  | 'planFiscalYear'
  | 'target'
  | 'weakThreshold'
  | 'thaiDigits'
  | 'divisions'
  | 'outputFolderId'
  | 'signerName'
  | 'signerPosition'
  | 'documentDate'
  | 'supervisors'
  | 'shareMessage'
  | 'measuresItem'
  | 'resultsItem';

export interface SettingDef {
  key: SettingKey;
  label: string;
  note: string;
}

export const SETTING_ROWS: SettingDef[] = [
  { key: 'agencyName', label: 'ชื่อหน่วยงาน', note: 'เช่น เทศบาลตำบลก้อ' },
  { key: 'agencyType', label: 'ประเภทหน่วยงาน', note: 'เช่น เทศบาลตำบล, องค์การบริหารส่วนตำบล' },
  { key: 'district', label: 'อำเภอ', note: '' },
  { key: 'province', label: 'จังหวัด', note: '' },
  { key: 'assessmentYear', label: 'ปีการประเมิน ITA (พ.ศ.)', note: 'ปีของผลคะแนนที่นำมาวิเคราะห์ เช่น 2567' },
  { key: 'planFiscalYear', label: 'ปีงบประมาณของแผนมาตรการ (พ.ศ.)', note: 'ปกติคือปีการประเมิน + 1' },
  { key: 'target', label: 'ค่าเป้าหมาย (คะแนน)', note: 'เกณฑ์ผ่าน 85 คะแนน ปรับได้ตามเป้าหมายของหน่วยงาน' },
  { key: 'weakThreshold', label: 'ข้อคำถามที่ต้องพัฒนา: คะแนนต่ำกว่า', note: 'ปกติเท่ากับค่าเป้าหมาย' },
  { key: 'thaiDigits', label: 'ใช้เลขไทยในเอกสาร', note: 'ใช่ / ไม่ใช่' },
  { key: 'divisions', label: 'กอง/สำนักในหน่วยงาน', note: 'คั่นด้วยเครื่องหมายจุลภาค ใช้เป็นตัวเลือกผู้รับผิดชอบ' },
  { key: 'outputFolderId', label: 'โฟลเดอร์เก็บเอกสาร (ลิงก์หรือรหัส)', note: 'เว้นว่าง = โฟลเดอร์เดียวกับสมุดงาน' },
  { key: 'signerName', label: 'ชื่อผู้ลงนาม', note: '' },
  { key: 'signerPosition', label: 'ตำแหน่งผู้ลงนาม', note: '' },
  {
    key: 'documentDate',
    label: 'วันที่ของเอกสาร',
    note: 'ประกาศ ณ วันที่ และวันที่ของบันทึกข้อความ เช่น 15 ตุลาคม 2567 (เว้นว่าง = เว้นเส้นให้เติมวันที่)',
  },
  {
    key: 'supervisors',
    label: 'ผู้ตรวจ/ผู้บังคับบัญชาที่ได้รับสิทธิ์เอกสาร',
    note:
      'บรรทัดละคน: ชื่อ, อีเมล, สิทธิ์ (แสดงความคิดเห็น / ดูอย่างเดียว / แก้ไข; เว้นว่าง = แสดงความคิดเห็น) ' +
      'เช่น นายสมชาย ใจดี, somchai@example.go.th, แสดงความคิดเห็น (ขึ้นบรรทัดใหม่ในเซลล์ด้วย Ctrl+Enter)',
  },
  {
    key: 'shareMessage',
    label: 'ข้อความแจ้งทางอีเมลเมื่อแชร์เอกสาร',
    note: 'ไม่บังคับ เว้นว่าง = แชร์โดยไม่ส่งอีเมลแจ้ง',
  },
  // The note of these two follows the assessment year (setup's settingNote): the number differs by year.
  { key: 'measuresItem', label: 'ข้อ OIT ของมาตรการ', note: 'รหัสข้อ OIT ที่เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใส' },
  {
    key: 'resultsItem',
    label: 'ข้อ OIT ของรายงานผลการดำเนินการ',
    note: 'รหัสข้อ OIT ที่เผยแพร่รายงานผลการดำเนินการตามมาตรการ',
  },
];

export const DEFAULT_DIVISIONS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองยุทธศาสตร์และงบประมาณ', 'ทุกกอง/สำนัก'];

// ---- Rows of the scores-by-year table (codes in column A) ----

export const OVERALL_CODE = 'รวม';
export const SCORE_ROW_CODES: string[] = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  'IIT',
  'EIT',
  'OIT',
  OVERALL_CODE,
];

// Level tables (editable data) and the rule that picks a level from scores.
import { INSTRUMENT_IDS, InstrumentId, LevelBand, LevelScale } from '../types';
import { toArabicDigits } from '../thai/digits';

/** 2561–2566: AA 95–100 … F below 50 (M; a 2563 overall of 66.41 was published as "ระดับ C"). */
export const LEVELS_2561: LevelScale = {
  id: 'levels-2561',
  bands: [
    { label: 'AA', min: 95 },
    { label: 'A', min: 85 },
    { label: 'B', min: 75 },
    { label: 'C', min: 65 },
    { label: 'D', min: 55 },
    { label: 'E', min: 50 },
    { label: 'F', min: 0 },
  ],
  confidence: 'M',
  note: 'ระดับผลการประเมิน ITA ปี 2561–2566 (AA–F) จากแหล่งข้อมูลรอง ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. ก่อนใช้',
};

/**
 * 2567 onward (L–M: one coded rule found, consistent with the seeds: 99.82 = ผ่านดีเยี่ยม,
 * 95.11 with EIT 87.58 = ผ่านดี). The official table is not confirmed.
 */
export const LEVELS_2567: LevelScale = {
  id: 'levels-2567',
  bands: [
    { label: 'ผ่านดีเยี่ยม', min: 95, eachInstrumentMin: 95 },
    { label: 'ผ่านดี', min: 85, eachInstrumentMin: 85 },
    { label: 'ผ่าน', min: 85 },
    { label: 'ต้องปรับปรุง', min: 70 },
    { label: 'ต้องปรับปรุงโดยด่วน', min: 0 },
  ],
  confidence: 'L',
  note: 'ระดับผลการประเมิน ITA ตั้งแต่ปี 2567 ยังไม่ได้ยืนยันกับคู่มือทางการ แก้ไขตารางได้',
};

type BandState = 'holds' | 'fails' | 'unknown';

/**
 * Whether a band holds. 'unknown': the overall reaches the band's min and no given instrument is
 * below its eachInstrumentMin, but some instrument scores are missing, so it can be neither
 * granted nor refused.
 */
function bandState(band: LevelBand, overall: number, instruments: Partial<Record<InstrumentId, number>>): BandState {
  if (overall < band.min) return 'fails';
  if (band.eachInstrumentMin === undefined) return 'holds';
  const each = band.eachInstrumentMin;
  let missing = false;
  for (const id of INSTRUMENT_IDS) {
    const v = instruments[id];
    if (typeof v !== 'number' || !Number.isFinite(v)) missing = true;
    else if (v < each) return 'fails';
  }
  return missing ? 'unknown' : 'holds';
}

export interface LevelJudgement {
  /** The level; null when a higher band could hold but needs instrument scores that are missing. */
  level: string | null;
  /** The best label certain from the scores given (what levelFor returns). */
  atLeast: string;
  /** Labels of the higher bands that cannot be decided without the missing instrument scores, best first. */
  undecided: string[];
  /** The instruments whose scores those bands need and that are missing. */
  missing: InstrumentId[];
}

/**
 * The level, honest about missing instrument scores: with only an overall of 97 under the 2567 scale
 * the level is not "ผ่าน" (it could be ผ่านดีเยี่ยม) but null, with `undecided` = [ผ่านดีเยี่ยม, ผ่านดี]
 * and `atLeast` = ผ่าน. Scores are compared at full precision.
 */
export function judgeLevel(
  scale: LevelScale,
  overall: number,
  instruments: Partial<Record<InstrumentId, number>>,
): LevelJudgement {
  if (!Number.isFinite(overall)) throw new Error(`คะแนนรวม "${overall}" ไม่ใช่ตัวเลข จึงกำหนดระดับไม่ได้`);
  if (scale.bands.length === 0) throw new Error(`ตารางระดับ "${scale.id}" ไม่มีระดับใดเลย`);
  const undecided: string[] = [];
  let atLeast = scale.bands[scale.bands.length - 1].label;
  for (const band of scale.bands) {
    const state = bandState(band, overall, instruments);
    if (state === 'unknown') undecided.push(band.label);
    if (state === 'holds') {
      atLeast = band.label;
      break;
    }
  }
  const missing = undecided.length
    ? INSTRUMENT_IDS.filter((id) => typeof instruments[id] !== 'number' || !Number.isFinite(instruments[id]))
    : [];
  return { level: undecided.length ? null : atLeast, atLeast, undecided, missing };
}

/**
 * The label of the first band whose `min` ≤ overall and, when the band sets `eachInstrumentMin`,
 * every one of IIT, EIT and OIT is given and ≥ it. Scores are compared at full precision.
 * When no band holds (a scale without a 0 band), the last band's label is returned.
 * With instrument scores missing this is only the best label certain: use judgeLevel to know
 * whether a higher one is possible (the analysis does, and then reports no level).
 */
export function levelFor(
  scale: LevelScale,
  overall: number,
  instruments: Partial<Record<InstrumentId, number>>,
): string {
  return judgeLevel(scale, overall, instruments).atLeast;
}

const HEADER_LABELS = /^(ระดับ|ผลการประเมิน|ชื่อระดับ|label|level)/i;

function readNumber(cell: string): number | null {
  const s = toArabicDigits(String(cell ?? ''))
    .trim()
    .replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export interface ParseLevelScaleOptions {
  /** Sheet row number of rows[0], for messages (default 1). */
  firstRow?: number;
  /** Id given to the parsed scale (default "custom"). */
  id?: string;
}

/**
 * Read a level table edited in a sheet. Each row: label, min (overall score), eachInstrumentMin or "".
 * Blank rows are skipped; a first row whose label is a header word (ระดับ, ผลการประเมิน, label, level) is
 * skipped. Rows must be ordered best first (min never rising) and the last row must have min 0.
 * Thai and Arabic digits are both accepted. Errors are Thai and name the row.
 */
export function parseLevelScale(
  rows: string[][],
  options: ParseLevelScaleOptions = {},
): { scale?: LevelScale; errors: string[] } {
  const firstRow = options.firstRow ?? 1;
  const errors: string[] = [];
  const bands: LevelBand[] = [];
  const seen = new Map<string, number>();
  let lastRowNo = 0;

  rows.forEach((row, i) => {
    const rowNo = firstRow + i;
    const cells = (row ?? []).map((c) => String(c ?? '').trim());
    if (cells.every((c) => c === '')) return;
    const [label = '', minCell = '', eachCell = ''] = cells;
    if (i === 0 && HEADER_LABELS.test(label) && readNumber(minCell) === null) return;

    let ok = true;
    if (label === '') {
      errors.push(`แถวที่ ${rowNo} คอลัมน์ที่ 1: ไม่มีชื่อระดับ (ต้องใส่ชื่อระดับ เช่น ผ่านดีเยี่ยม)`);
      ok = false;
    } else if (seen.has(label)) {
      errors.push(`แถวที่ ${rowNo} คอลัมน์ที่ 1: ชื่อระดับ "${label}" ซ้ำกับแถวที่ ${seen.get(label)}`);
    } else {
      seen.set(label, rowNo);
    }
    const min = readNumber(minCell);
    if (min === null || min < 0 || min > 100) {
      errors.push(`แถวที่ ${rowNo} คอลัมน์ที่ 2: คะแนนขั้นต่ำ "${minCell}" ไม่ถูกต้อง (ต้องเป็นตัวเลข 0–100)`);
      ok = false;
    }
    let each: number | undefined;
    if (eachCell !== '') {
      const v = readNumber(eachCell);
      if (v === null || v < 0 || v > 100) {
        errors.push(`แถวที่ ${rowNo} คอลัมน์ที่ 3: คะแนนขั้นต่ำของทุกแบบวัด "${eachCell}" ไม่ถูกต้อง (ต้องเป็นตัวเลข 0–100 หรือเว้นว่าง)`);
        ok = false;
      } else {
        each = v;
      }
    }
    if (!ok || min === null) return;
    const prev = bands[bands.length - 1];
    if (prev && min > prev.min) {
      errors.push(`แถวที่ ${rowNo}: คะแนนขั้นต่ำ ${min} สูงกว่าแถวก่อนหน้า (${prev.min}) ต้องเรียงจากระดับสูงสุดลงมา`);
    }
    bands.push(each === undefined ? { label, min } : { label, min, eachInstrumentMin: each });
    lastRowNo = rowNo;
  });

  if (bands.length === 0 && errors.length === 0) {
    errors.push('ตารางระดับว่าง ต้องมีอย่างน้อยหนึ่งแถว (ชื่อระดับ, คะแนนขั้นต่ำ, คะแนนขั้นต่ำของทุกแบบวัด)');
  } else if (bands.length > 0) {
    const last = bands[bands.length - 1];
    if (last.min !== 0 || last.eachInstrumentMin !== undefined) {
      errors.push(
        `แถวที่ ${lastRowNo}: ระดับสุดท้าย "${last.label}" ต้องมีคะแนนขั้นต่ำ 0 และไม่มีเงื่อนไขรายแบบวัด เพื่อให้ทุกคะแนนได้ระดับ`,
      );
    }
  }
  if (errors.length > 0) return { errors };
  return {
    scale: { id: options.id ?? 'custom', bands, confidence: 'M', note: 'ตารางระดับที่ผู้ใช้แก้ไขเอง' },
    errors,
  };
}

// Collects scores per year and level, reporting duplicates (identical → warning, different → error).
import { InputIssue, InstrumentId, QuestionScore, YearScores } from '../types';
import { where } from './messages';

interface Slot<T> {
  value: T;
  line: number;
  column: number;
}

interface YearAcc {
  overall: Slot<number> | null;
  instruments: Map<InstrumentId, Slot<number>>;
  indicators: Map<number, Slot<number>>;
  questions: Map<string, Slot<(number | null)[]>>;
}

function fmt(v: number | null): string {
  return v === null ? 'ไม่มี' : String(v);
}

function fmtParts(v: (number | null)[]): string {
  return v.length === 1 ? fmt(v[0]) : v.map((x, i) => `ส่วนที่ ${i + 1} = ${fmt(x)}`).join(', ');
}

/** Merge part scores when they do not contradict: [95, null] + [95, 77] → [95, 77]. */
function mergeParts(a: (number | null)[], b: (number | null)[]): (number | null)[] | null {
  if (a.length !== b.length) return null;
  const out: (number | null)[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== null && b[i] !== null && a[i] !== b[i]) return null;
    out.push(a[i] ?? b[i]);
  }
  return out;
}

export class ScoreStore {
  private years = new Map<number, YearAcc>();

  constructor(
    private errors: InputIssue[],
    private warnings: InputIssue[],
  ) {}

  private acc(year: number): YearAcc {
    let a = this.years.get(year);
    if (!a) {
      a = { overall: null, instruments: new Map(), indicators: new Map(), questions: new Map() };
      this.years.set(year, a);
    }
    return a;
  }

  private putNumber<K>(map: Map<K, Slot<number>>, key: K, what: string, year: number, slot: Slot<number>): void {
    const old = map.get(key);
    if (!old) {
      map.set(key, slot);
      return;
    }
    this.duplicate(what, year, old, slot, old.value === slot.value, fmt(old.value), fmt(slot.value));
  }

  private duplicate(
    what: string,
    year: number,
    old: Slot<unknown>,
    now: Slot<unknown>,
    same: boolean,
    oldText: string,
    nowText: string,
  ): void {
    if (same) {
      this.warnings.push({
        line: now.line,
        column: now.column,
        message: `${where(now.line, now.column)}: ${what} ปี ${year} ซ้ำกับบรรทัด ${old.line} (คะแนนเท่ากัน ${nowText}) ใช้ค่าเดียว`,
      });
    } else {
      this.errors.push({
        line: now.line,
        column: now.column,
        message:
          `${where(now.line, now.column)}: ${what} ปี ${year} มีคะแนนสองค่าที่ไม่ตรงกัน ` +
          `(บรรทัด ${old.line}: ${oldText}; บรรทัด ${now.line}: ${nowText}) ต้องเหลือค่าเดียว`,
      });
    }
  }

  overall(year: number, slot: Slot<number>): void {
    const a = this.acc(year);
    if (!a.overall) a.overall = slot;
    else
      this.duplicate(
        'คะแนนรวม',
        year,
        a.overall,
        slot,
        a.overall.value === slot.value,
        fmt(a.overall.value),
        fmt(slot.value),
      );
  }

  instrument(year: number, id: InstrumentId, slot: Slot<number>): void {
    this.putNumber(this.acc(year).instruments, id, `แบบวัด ${id}`, year, slot);
  }

  indicator(year: number, n: number, slot: Slot<number>): void {
    this.putNumber(this.acc(year).indicators, n, `ตัวชี้วัดที่ ${n}`, year, slot);
  }

  question(year: number, code: string, slot: Slot<(number | null)[]>): void {
    const map = this.acc(year).questions;
    const old = map.get(code);
    if (!old) {
      map.set(code, slot);
      return;
    }
    const merged = mergeParts(old.value, slot.value);
    const same = merged !== null;
    if (merged) old.value = merged;
    this.duplicate(`ข้อ ${code}`, year, old, slot, same, fmtParts(old.value), fmtParts(slot.value));
  }

  /** Make sure a year exists even with no scores (the assessment year). */
  touch(year: number): void {
    this.acc(year);
  }

  yearScores(year: number): YearScores {
    const a = this.acc(year);
    const questions: QuestionScore[] = [...a.questions.entries()].map(([code, s]) => ({ code, scores: s.value }));
    return {
      year,
      overall: a.overall ? a.overall.value : null,
      instruments: Object.fromEntries([...a.instruments].map(([k, s]) => [k, s.value])),
      indicators: Object.fromEntries([...a.indicators].map(([k, s]) => [k, s.value])),
      questions,
    };
  }

  yearsWithData(): number[] {
    return [...this.years.keys()];
  }
}

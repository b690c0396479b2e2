// Shared types of the pure core. No Apps Script globals here or anywhere under src/core.
import type { OitGroup, OitRef, OitTopic } from './catalogue/topics';
import type { ThaiDate } from './thai/dates';

/** The three ITA instruments. */
export type InstrumentId = 'IIT' | 'EIT' | 'OIT';
export const INSTRUMENT_IDS: readonly InstrumentId[] = ['IIT', 'EIT', 'OIT'];

/** How sure we are of a domain fact (see shared/domain/ita-reference.md). */
export type Confidence = 'H' | 'M' | 'L';

export interface IndicatorDef {
  /** 1..10, stable across frameworks: years are compared by indicator number. */
  number: number;
  /** Official Thai name, e.g. "การปฏิบัติหน้าที่". */
  name: string;
  /** Spelling variants seen in real documents (matched after normalisation). */
  aliases: string[];
  instrument: InstrumentId;
  /** Question or item codes that make up this indicator, e.g. ["i1","i2","i3"]. */
  questions: string[];
}

export interface QuestionDef {
  /** Lower-case code: "i1", "e7", "o34". */
  code: string;
  instrument: InstrumentId;
  indicator: number;
  /** Question text (IIT/EIT) or item title (OIT). */
  text: string;
  /** 2 for 2567+ EIT questions (ส่วนที่ 1 / ส่วนที่ 2), else 1. */
  parts: 1 | 2;
  /** OIT sub-indicator such as "9.1", "10.2". */
  subIndicator?: string;
  /** OIT items: what the item is about (see catalogue/topics.ts); how recommendations find it by meaning. */
  topics?: OitTopic[];
  confidence: Confidence;
}

export interface SubIndicatorDef {
  id: string; // "9.1"
  name: string;
  indicator: number;
  items: string[]; // ["o1",...]
  confidence: Confidence;
  /** The topic group this sub-indicator is known to be ("basic-info" for 2567 9.1), when known. */
  group?: OitGroup;
}

/**
 * A level band. Bands are checked in order; the first whose conditions hold wins.
 * `min` applies to the overall score; `eachInstrumentMin`, when set, to each of IIT, EIT, OIT.
 */
export interface LevelBand {
  label: string;
  min: number;
  eachInstrumentMin?: number;
}

export interface LevelScale {
  id: string;
  /** Ordered best first. The last band should have min 0. */
  bands: LevelBand[];
  confidence: Confidence;
  note?: string;
}

export interface Catalogue {
  /** Unique per catalogue: "2561-2566", "2567", "2568", "2569-2570". */
  id: string;
  /**
   * The survey framework (IIT/EIT questions, recommendations per question): "2561-2566" or "2567-2570".
   * Catalogues of one framework share their questions; their OIT lists differ by year.
   */
  framework: string;
  /** Buddhist-era assessment years this framework covers, inclusive. */
  firstYear: number;
  lastYear: number;
  indicators: IndicatorDef[];
  questions: QuestionDef[];
  subIndicators: SubIndicatorDef[];
  /** Weights of the overall score, summing to 1. */
  weights: Record<InstrumentId, number>;
  levels: LevelScale;
  /**
   * The OIT items of the measures plan and of its results report: o42/o43 in 2561–2566, o34/o35 in 2567,
   * o25/o26 in 2569. null when the year's number is not known (2568): the officer types it in ตั้งค่า.
   */
  measuresItems: { plan: string | null; report: string | null };
  /**
   * Assessment years whose OIT item list is confirmed to match this catalogue (reference: the 2564 list
   * for 2561–2566, the 2567 list for 2567–2570; 2566 and 2568 renumbered OIT). Other years of the framework
   * get a warning that item numbers may differ.
   */
  oitListConfirmed: { firstYear: number; lastYear: number };
  /**
   * What is not confirmed about this catalogue's own years, in Thai, one phrase per fact (e.g. the 2568
   * measures item number). catalogueForYear puts them in its one warning. [] when all is confirmed.
   */
  unconfirmed: string[];
  /** Thai names of the instruments, e.g. IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน". */
  instrumentNames: Record<InstrumentId, string>;
}

/** A question score as read: one value, or part 1 and part 2 for 2567+ EIT. `null` = not given. */
export interface QuestionScore {
  code: string;
  /** scores[0] = the single score or part 1; scores[1] = part 2 when the question has two parts. */
  scores: (number | null)[];
}

/** Scores of one assessment year, at whatever levels were given. */
export interface YearScores {
  year: number;
  overall: number | null;
  instruments: Partial<Record<InstrumentId, number>>;
  indicators: Partial<Record<number, number>>;
  questions: QuestionScore[];
}

/** Everything the intake could read: the assessment year, and earlier years when given. */
export interface ScoreSet {
  /** The assessment year being analysed (B.E.). */
  current: YearScores;
  /** Earlier (or other) years, any order. */
  history: YearScores[];
}

/** A problem found in the input, located for the user. Messages are Thai. */
export interface InputIssue {
  /** 1-based line (row) of the input, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** Sheet name when the input came from a sheet. */
  sheet?: string;
  message: string;
}

export interface ParseResult {
  scores: ScoreSet;
  errors: InputIssue[];
  warnings: InputIssue[];
}

export interface AnalysisOptions {
  year?: number;
  /** Target score, default 85. */
  target?: number;
  /** Questions below this are weak; default = target. */
  weakThreshold?: number;
  /** Override the catalogue's level scale. */
  levels?: LevelScale;
  /** The assessment year's catalogue as the officer corrected it (the workbook's OIT item list). */
  catalogue?: Catalogue;
}

export interface ScoreLine {
  score: number | null;
  pass: boolean | null;
  /** target − score (positive when short of the target). */
  gap: number | null;
}

export interface OverallResult extends ScoreLine {
  level: string | null;
}

export interface InstrumentResult extends ScoreLine {
  id: InstrumentId;
  name: string;
  /** score − previous year's score, when history has it. */
  change: number | null;
}

export interface IndicatorResult extends ScoreLine {
  number: number;
  name: string;
  instrument: InstrumentId;
  /** score − previous year's score, when history has it. */
  change: number | null;
  /** Where the score came from. */
  source: 'given' | 'questions' | 'missing';
  /** Mean of the question scores when they were given (for EIT 2567: mean of the part means). */
  fromQuestions: number | null;
  /** Per-part means for two-part EIT indicators. */
  partMeans?: (number | null)[];
}

export interface WeakQuestion {
  code: string;
  /** 1 or 2 for two-part EIT questions, null otherwise. */
  part: 1 | 2 | null;
  score: number;
  /** target − score, like every other gap (comparable across levels: indicators, instruments). */
  gap: number;
  /** threshold − score (> 0): how far below the weak-question threshold, what "ต่ำกว่าเกณฑ์ …" says. */
  belowThreshold: number;
  indicator: number;
  instrument: InstrumentId;
  text: string;
  oitRefs: string[];
}

export interface AnalysisResult {
  year: number;
  framework: string;
  target: number;
  weakThreshold: number;
  overall: OverallResult;
  instruments: InstrumentResult[];
  indicators: IndicatorResult[];
  weakQuestions: WeakQuestion[];
  /** Earlier years compared against (B.E.), most recent first. */
  previousYear: number | null;
  warnings: string[];
}

/** A suggested measure for one or more weak questions (recommendations data). */
export interface Recommendation {
  /** Question codes this recommendation answers (e.g. ["e4","e5"]). */
  questions: string[];
  /** What respondents perceive (Thai, our own words). */
  problem: string;
  /** The measure (short title, Thai). */
  measure: string;
  /** How to carry it out (Thai). */
  method: string;
  /** OIT items or sub-indicators it refers to, in the numbering of the catalogue's year: "o10", "9.1". */
  oitRefs: string[];
  /** What `oitRefs` was resolved from (topics of catalogue/topics.ts), when the data names them. */
  oitTopics?: OitRef[];
  /** Default responsible unit, e.g. "สำนักปลัด". */
  responsible: string;
  /** How it is followed up (Thai). */
  followUp: string;
  confidence: Confidence;
}

/**
 * A recommendation as written in the data: its OIT references BY MEANING (`oit`, topics or groups of
 * catalogue/topics.ts), never item numbers. recommendationsFor(cat) resolves them to the numbering of
 * the catalogue's year with oitRefsForTopics.
 */
export type RecommendationData = Omit<Recommendation, 'oitRefs' | 'oitTopics'> & { oit: OitRef[] };

/** Workbook settings an officer fills in (sheet "ตั้งค่า"). */
export interface AgencySettings {
  /** e.g. "เทศบาลตำบลก้อ". */
  agencyName: string;
  /** e.g. "เทศบาลตำบล", "องค์การบริหารส่วนตำบล". */
  agencyType: string;
  district: string;
  province: string;
  /** ITA assessment year analysed (B.E.), e.g. 2567. */
  assessmentYear: number;
  /** Fiscal year of the measures plan (B.E.), default assessmentYear + 1. */
  planFiscalYear: number;
  target: number;
  weakThreshold: number;
  /** Thai digits in generated documents. */
  thaiDigits: boolean;
  /** Divisions offered in the responsible-unit dropdown. */
  divisions: string[];
  /** Drive folder id for generated documents ("" = the spreadsheet's folder). */
  outputFolderId: string;
  /** Signatory of announcements and reports (optional). */
  signerName: string;
  signerPosition: string;
  /**
   * The date the documents are issued (ประกาศ ณ วันที่, the memo's วันที่), from ตั้งค่า or --date;
   * null/absent = a dotted line to fill in by hand. Never the machine's date.
   */
  documentDate?: ThaiDate | null;
  /** People given access to the generated documents besides the workbook's editors (settings sheet). */
  supervisors?: import('./workbook/supervisors').Supervisor[];
  /** Optional text of the sharing notification e-mail ("" = share without e-mail). */
  shareMessage?: string;
  /**
   * OIT item codes of the measures plan and of the results report as typed in ตั้งค่า ("o25"); "" or
   * absent = the assessment year's catalogue (measuresItemsOf). For years whose number is not known (2568).
   */
  measuresItem?: string;
  resultsItem?: string;
}

/** Origin of a measure row. */
export type MeasureOrigin = 'suggested' | 'manual';

/** One row of the measures plan (sheet "มาตรการ"). */
export interface MeasureRow {
  /** Stable id such as "M01"; results link to it. */
  id: string;
  measure: string;
  method: string;
  responsible: string;
  period: string;
  followUp: string;
  /** Linked question codes ("e1"), indicator numbers and OIT items. */
  questions: string[];
  indicators: number[];
  oitRefs: string[];
  origin: MeasureOrigin;
}

export type ResultStatus = 'not-started' | 'in-progress' | 'done';

/** One row of the results (sheet "ผลการดำเนินการ"), linked to a measure by id. */
export interface ResultRow {
  measureId: string;
  status: ResultStatus;
  /** ผลการดำเนินการ: what was done, with dates and evidence. */
  done: string;
  /** ผลลัพธ์หรือความสำเร็จ. */
  outcome: string;
  evidence: string;
  updatedBy: string;
  updatedAt: string;
}

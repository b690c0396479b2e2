// The contract between the sidebar and the server: every function the sidebar calls through
// google.script.run, with its arguments and its JSON-safe result. Types only (no runtime code), so the
// sidebar bundle never pulls in server code. No Date and no undefined: missing values are null.

import type { DocKind } from '../core/document/model';

export type InstrumentCode = 'IIT' | 'EIT' | 'OIT';
export type MeasureStatus = 'not-started' | 'in-progress' | 'done';
/** The kinds of the registry (src/core/document/kinds.ts); a type only, so no core code enters the sidebar. */
export type DocumentKind = DocKind;

export interface ScoreLineDto {
  score: number | null;
  gap: number | null;
  pass: boolean | null;
}

export interface OverallDto extends ScoreLineDto {
  level: string | null;
}

export interface InstrumentDto extends ScoreLineDto {
  id: InstrumentCode;
  name: string;
  change: number | null;
}

export interface IndicatorDto extends ScoreLineDto {
  number: number;
  name: string;
  instrument: InstrumentCode;
  change: number | null;
}

/** Indicator scores over the years of the workbook, oldest year first. */
export type { Trend as TrendDto } from '../core/analysis/trend';
import type { Trend as TrendDto } from '../core/analysis/trend';

export interface WeakQuestionDto {
  code: string;
  instrument: InstrumentCode;
  indicator: number;
  text: string;
  /** Scores as read: one value, or part 1 and part 2 for 2567+ EIT. */
  scores: (number | null)[];
  /** Parts below the threshold (1/2), [] for single-part questions. */
  weakParts: number[];
  /** Largest gap to the threshold among its scores. */
  gap: number;
  /** What respondents perceive, and the measure, in plain Thai; null when there is no recommendation. */
  problem: string | null;
  measure: string | null;
  oitRefs: string[];
  /** Id of a measure row that already links this question, else null. */
  coveredBy: string | null;
  /** A measure can be added for it (a recommendation exists and none covers it yet). */
  canAdd: boolean;
}

/** A measure the result calls for (any level), from the one plan of src/core/measures, with its coverage. */
export interface SuggestedMeasureDto {
  /** Stable key of the planned measure: "q:e4,e5", "sub:9.1", "ind:7", "item:9.2", "keep:OIT". */
  key: string;
  title: string;
  indicator: number;
  level: 'question' | 'indicator' | 'instrument' | 'item';
  /** A "maintain" measure of a result with nothing below the target. */
  maintain: boolean;
  questions: string[];
  oitRefs: string[];
  gap: number;
  /** Why it is suggested (Thai). */
  reason: string;
  /** Id (or text) of the measure row that covers it, else null. */
  coveredBy: string | null;
}

export interface MeasureDto {
  id: string;
  title: string;
  /** The responsible cell as written. */
  division: string;
  /** The divisions it names, split like the settings' divisions cell ("สำนักปลัด, กองคลัง" → both). */
  divisions: string[];
  status: MeasureStatus;
  questions: string[];
}

export interface ProgressDto {
  done: number;
  inProgress: number;
  notStarted: number;
  total: number;
}

export interface DocumentStatusDto {
  kind: string;
  title: string;
  url: string | null;
  /** The PDF written next to the doc (for the agency's website), or null. */
  pdfUrl: string | null;
  version: number | null;
  generatedAt: string | null;
  outOfDate: boolean;
  /** False when the workbook could not be read, so whether it is up to date is unknown (`outOfDate` is then false). */
  checked: boolean;
  /** Why it could not be checked (Thai), else null. */
  uncheckedReason: string | null;
  openComments: number;
}

export interface DocumentKindDto {
  kind: DocumentKind;
  label: string;
}

export interface DashboardDto {
  /** False when the workbook's inputs could not be analysed; `issues` says why (Thai, located). */
  ok: boolean;
  issues: string[];
  agency: string;
  year: number | null;
  target: number;
  weakThreshold: number;
  overall: OverallDto | null;
  instruments: InstrumentDto[];
  indicators: IndicatorDto[];
  trend: TrendDto;
  weakQuestions: WeakQuestionDto[];
  /** False when the workbook holds no question-level scores (only indicator, instrument or overall scores). */
  questionScores: boolean;
  /** When there are no question scores: the sentence saying what the data holds (Thai), else null. */
  questionScoresNote: string | null;
  /** Every measure the result calls for (the menu's เสนอมาตรการ adds the uncovered ones). */
  suggestedMeasures: SuggestedMeasureDto[];
  measures: MeasureDto[];
  divisions: string[];
  progress: ProgressDto;
  documentKinds: DocumentKindDto[];
  documents: DocumentStatusDto[];
  warnings: string[];
}

export interface AddMeasureResult {
  added: boolean;
  /** The new measure's id, or the id of the measure that already covers the question. */
  measureId: string | null;
  message: string;
}

export type GenerateAction = 'created' | 'updated' | 'unchanged' | 'newVersion' | 'failed';

/** The result of generating one document (menu or sidebar). */
export interface GenerateResult {
  ok: boolean;
  action: GenerateAction;
  kind: string;
  title: string;
  message: string;
  url: string;
  version: number;
  warnings: string[];
}

/** The result of pulling the comments of every generated document. */
export interface PullResult {
  ok: boolean;
  message: string;
  documents: number;
  comments: number;
  added: number;
  warnings: string[];
}

/** Function name → [argument tuple, result]. */
export interface RpcContract {
  getDashboard: { args: []; result: DashboardDto };
  addMeasureForQuestion: { args: [code: string]; result: AddMeasureResult };
  generateDocument: { args: [kind: DocumentKind]; result: GenerateResult };
  pullComments: { args: []; result: PullResult };
}

export type RpcName = keyof RpcContract;
export type RpcArgs<K extends RpcName> = RpcContract[K]['args'];
export type RpcResult<K extends RpcName> = RpcContract[K]['result'];

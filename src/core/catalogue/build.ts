// Turns compact framework data into QuestionDef / SubIndicatorDef lists, and a framework's data into its Catalogue.
import { Catalogue, Confidence, InstrumentId, QuestionDef, SubIndicatorDef } from '../types';
import { buildIndicators } from './indicators';
import { INSTRUMENT_NAMES, WEIGHTS } from './instruments';
import type { OitGroup, OitTopic } from './topics';

/** [code, text] or [code, text, confidence] when it differs from the list's default. */
export type QuestionRow = [string, string] | [string, string, Confidence];

export function surveyQuestions(
  instrument: InstrumentId,
  indicatorOf: (code: string) => number,
  rows: QuestionRow[],
  parts: 1 | 2,
  confidence: Confidence,
): QuestionDef[] {
  return rows.map(([code, text, conf]) => ({
    code,
    instrument,
    indicator: indicatorOf(code),
    text,
    parts,
    confidence: conf ?? confidence,
  }));
}

/** An OIT item: [code, title, topics] or [code, title, topics, confidence] when it differs from the default. */
export type OitRow = [string, string, OitTopic[]] | [string, string, OitTopic[], Confidence];

export interface SubIndicatorData {
  id: string;
  name: string;
  indicator: number;
  /** Confidence of the name and of the item range. */
  confidence: Confidence;
  /** Default confidence of the item titles. */
  itemConfidence: Confidence;
  /** The topic group this sub-indicator is known to be, if it is (see topics.ts). */
  group?: OitGroup;
  items: OitRow[];
}

export function oitQuestions(subs: SubIndicatorData[]): QuestionDef[] {
  return subs.flatMap((s) =>
    s.items.map(([code, text, topics, conf]) => ({
      code,
      instrument: 'OIT' as const,
      indicator: s.indicator,
      text,
      parts: 1 as const,
      subIndicator: s.id,
      topics: [...topics],
      confidence: conf ?? s.itemConfidence,
    })),
  );
}

export function subIndicatorDefs(subs: SubIndicatorData[]): SubIndicatorDef[] {
  return subs.map((s) => ({
    id: s.id,
    name: s.name,
    indicator: s.indicator,
    items: s.items.map(([code]) => code),
    confidence: s.confidence,
    ...(s.group ? { group: s.group } : {}),
  }));
}

/** Question codes of each indicator, in catalogue order. */
export function codesByIndicator(questions: QuestionDef[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const q of questions) (out[q.indicator] ??= []).push(q.code);
  return out;
}

/** Indicator of a survey code from the first code number of each indicator, e.g. [[1,1],[2,4],...]. */
export function indicatorByStart(starts: [number, number][]): (code: string) => number {
  return (code) => {
    const n = Number(code.slice(1));
    let found = starts[0][0];
    for (const [indicator, first] of starts) if (n >= first) found = indicator;
    return found;
  };
}

/** What differs between frameworks: the survey questions and OIT list; the rest of a Catalogue is built from them. */
export type FrameworkData = Omit<
  Catalogue,
  'indicators' | 'questions' | 'subIndicators' | 'weights' | 'instrumentNames'
> & {
  /** IIT then EIT questions; the OIT questions follow, from `oit`. */
  surveyQuestions: QuestionDef[];
  oit: SubIndicatorData[];
};

/** A framework's Catalogue: its questions (survey then OIT), indicators, sub-indicators, and the shared weights and instrument names. */
export function buildFramework(data: FrameworkData): Catalogue {
  const questions = [...data.surveyQuestions, ...oitQuestions(data.oit)];
  return {
    id: data.id,
    framework: data.framework,
    firstYear: data.firstYear,
    lastYear: data.lastYear,
    indicators: buildIndicators(codesByIndicator(questions)),
    questions,
    subIndicators: subIndicatorDefs(data.oit),
    weights: { ...WEIGHTS },
    levels: data.levels,
    measuresItems: data.measuresItems,
    oitListConfirmed: data.oitListConfirmed,
    unconfirmed: [...data.unconfirmed],
    instrumentNames: { ...INSTRUMENT_NAMES },
  };
}

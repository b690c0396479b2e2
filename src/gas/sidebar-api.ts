// Server side of the sidebar: JSON-safe functions called through google.script.run (see src/shared/rpc.ts).
// Reading and suggesting reuse the workbook adapters (loadAndAnalyse, suggestMeasures): one getValues per
// table, one setValues per added row. Failures are thrown as Error with a Thai message; google.script.run
// hands that message to the sidebar's failure handler.
import {
  coverageOf as coverageOfPlanned,
  dataLevels,
  noQuestionScoresText,
  planMeasures,
  type PlannedMeasure,
} from '../core/measures';
import { measuresItemsOf } from '../core/catalogue';
import { recommendationForQuestion } from '../core/recommendations';
import { formatThaiDate, roundTo, SCORE_DECIMALS, toBuddhistYear, withDigits } from '../core/thai';
import { AgencySettings, AnalysisResult, Catalogue, InputIssue } from '../core/types';
import {
  MeasureRowRead,
  measurePeriod,
  TableSnapshot,
  WorkbookInputs,
  docInputFrom,
  missingTableMessage,
  readMeasures,
  readResultRows,
  splitDivisions,
  suggestRows,
} from '../core/workbook';
import type {
  AddMeasureResult,
  DashboardDto,
  DocumentKindDto,
  DocumentStatusDto,
  MeasureDto,
  MeasureStatus,
  ProgressDto,
  SuggestedMeasureDto,
  WeakQuestionDto,
} from '../shared/rpc';
import { trendOf, type Trend } from '../core/analysis/trend';
import { documentsStatusList, type DocumentStatus } from './documents/status';
import type { DocSource } from './documents/source';
import { KIND_LABELS } from '../core/document/messages';
import { DOC_KINDS } from '../core/document/kinds';
import { logLabel } from '../core/document/log-entries';
import { withDocumentLock } from './workbook/lock';
import { isLoaded, loadAndAnalyse, type Loaded } from './workbook/inputs';
import { appendMeasures, loadMeasures } from './workbook/suggest';
import { withTableScope } from './workbook/tables';

/** The documents the sidebar offers to generate (kinds of the documents side). */
export const DOCUMENT_KINDS: DocumentKindDto[] = DOC_KINDS.map((d) => ({ kind: d.kind, label: KIND_LABELS[d.kind] }));

/**
 * The kinds with the OIT item of the assessment year (the officer's typed code in ตั้งค่า first):
 * "มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o25)" for 2569, "(ข้อ OIT ยังไม่ยืนยัน)" for 2568 with none typed.
 */
function documentKindsOf(cat: Catalogue, s: AgencySettings): DocumentKindDto[] {
  const items = measuresItemsOf(cat, { plan: s.measuresItem, report: s.resultsItem });
  return DOC_KINDS.map((d) => ({ kind: d.kind, label: logLabel(d.kind, items) }));
}

const issueText = (i: InputIssue) => i.message;
/** A number for the sidebar: rounded once by the documents' rule, so both show the same; null when missing. */
const r2 = (n: number | null): number | null => (n === null || !Number.isFinite(n) ? null : roundTo(n, SCORE_DECIMALS));

const roundTrend = (t: Trend): Trend => ({
  years: t.years,
  series: t.series.map((s) => ({ number: s.number, values: s.values.map(r2) })),
});

// ---- Pure pieces (exported for tests) ----

/** Status of each measure id from the results table (the documents side's reader of that table). */
export function resultStatuses(snap: TableSnapshot): Map<string, MeasureStatus> {
  return new Map(readResultRows(snap).map((r) => [r.measureId, r.status]));
}

export function measuresOf(rows: MeasureRowRead[], statuses: Map<string, MeasureStatus>): MeasureDto[] {
  return rows
    .filter((m) => m.id !== '' || m.measure !== '')
    .map((m) => ({
      id: m.id,
      title: m.measure,
      division: m.responsible,
      divisions: splitDivisions(m.responsible),
      status: statuses.get(m.id) ?? 'not-started',
      questions: [...m.questions],
    }));
}

export function progressOf(measures: MeasureDto[]): ProgressDto {
  const count = (s: MeasureStatus) => measures.filter((m) => m.status === s).length;
  return {
    done: count('done'),
    inProgress: count('in-progress'),
    notStarted: count('not-started'),
    total: measures.length,
  };
}

/** How a measure covers a question: it links the code, or it holds the measure that answers it. */
export interface Coverage {
  measure: Pick<MeasureRowRead, 'id' | 'measure'>;
  how: 'linked' | 'same-recommendation';
}

type Row = Pick<MeasureRowRead, 'id' | 'measure' | 'questions' | 'indicators' | 'oitRefs' | 'storedFingerprint'>;

/** The planned measure answering a question or OIT item code (src/core/measures), if the plan has one. */
export function plannedFor(code: string, plan: PlannedMeasure[]): PlannedMeasure | undefined {
  return plan.find((p) => p.questions.includes(code) || p.weak.some((w) => w.code === code));
}

/**
 * Coverage of one weak question, by THE coverage rule of src/core/measures/coverage.ts (the menu's
 * เสนอมาตรการ and the CLI use the same): the rule decides whether the planned measure answering the
 * question is covered; "linked" says the covering row names this very question.
 */
export function coverageOf(
  code: string,
  measures: Row[],
  settings: Pick<AgencySettings, 'planFiscalYear'>,
  plan: PlannedMeasure[],
): Coverage | null {
  const p = plannedFor(code, plan);
  if (!p) return null;
  const c = coverageOfPlanned(p, measures, measurePeriod(settings.planFiscalYear));
  if (!c) return null;
  return {
    measure: c.row,
    how: c.how === 'linked' && c.row.questions.includes(code) ? 'linked' : 'same-recommendation',
  };
}

/** Every planned measure (any level) with the row that covers it, for the sidebar. */
export function suggestedOf(
  plan: PlannedMeasure[],
  measures: Row[],
  settings: Pick<AgencySettings, 'planFiscalYear'>,
): SuggestedMeasureDto[] {
  const period = measurePeriod(settings.planFiscalYear);
  return plan.map((p) => {
    const c = coverageOfPlanned(p, measures, period);
    return {
      key: p.key,
      title: p.title,
      indicator: p.indicator,
      level: p.level,
      maintain: p.maintain,
      questions: [...p.questions],
      oitRefs: [...p.oitRefs],
      gap: r2(p.gap) ?? 0,
      reason: p.reason,
      coveredBy: c ? c.row.id || c.row.measure : null,
    };
  });
}

/** One entry per weak question (both parts of an EIT question together), largest gap first. */
export function weakQuestionsOf(
  result: AnalysisResult,
  inputs: Pick<WorkbookInputs, 'catalogue' | 'questionRows' | 'settings'>,
  measures: MeasureRowRead[],
  plan: PlannedMeasure[] = planMeasures(result, inputs.catalogue),
): WeakQuestionDto[] {
  const byCode = new Map<string, WeakQuestionDto>();
  for (const w of result.weakQuestions) {
    let dto = byCode.get(w.code);
    if (!dto) {
      const row = inputs.questionRows.find((r) => r.year === result.year && r.code === w.code);
      const rec = recommendationForQuestion(inputs.catalogue, w.code);
      const cover = coverageOf(w.code, measures, inputs.settings, plan);
      const parts = w.part === null ? 1 : 2;
      dto = {
        code: w.code,
        instrument: w.instrument,
        indicator: w.indicator,
        text: w.text,
        scores: row ? row.scores.slice(0, parts).map(r2) : [r2(w.score)],
        weakParts: [],
        gap: w.belowThreshold,
        problem: rec ? rec.problem : null,
        measure: rec ? rec.measure : null,
        oitRefs: [...w.oitRefs],
        coveredBy: cover ? cover.measure.id || cover.measure.measure : null,
        canAdd: plannedFor(w.code, plan) !== undefined && !cover && w.instrument !== 'OIT',
      };
      byCode.set(w.code, dto);
    }
    if (w.part !== null) dto.weakParts.push(w.part);
    dto.gap = Math.max(dto.gap, w.belowThreshold);
  }
  return [...byCode.values()].map((d) => ({ ...d, gap: r2(d.gap) ?? 0 })).sort((a, b) => b.gap - a.gap);
}

function emptyDashboard(issues: string[], agency = '', target = 85): DashboardDto {
  return {
    ok: false,
    issues,
    agency,
    year: null,
    target,
    weakThreshold: target,
    overall: null,
    instruments: [],
    indicators: [],
    trend: { years: [], series: [] },
    weakQuestions: [],
    questionScores: false,
    questionScoresNote: null,
    suggestedMeasures: [],
    measures: [],
    divisions: [],
    progress: { done: 0, inProgress: 0, notStarted: 0, total: 0 },
    documentKinds: DOCUMENT_KINDS,
    documents: [],
    warnings: [],
  };
}

// ---- Documents (owned by the documents side; read when its function exists) ----

/**
 * The documents log's "yyyy-MM-dd HH:mm" (C.E., Bangkok time) as a Thai B.E. date and time:
 * "22 พ.ย. 2569 เวลา 08:07 น.", in Thai digits when the settings ask for them. Any other text (typed by
 * hand in the log) is returned as it is.
 */
export function documentDateText(text: string, thaiDigits: boolean): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text.trim());
  if (!m) return text;
  try {
    const date = formatThaiDate(
      { year: toBuddhistYear(Number(m[1])), month: Number(m[2]), day: Number(m[3]) },
      { style: 'abbr', thaiDigits },
    );
    return m[4] === undefined ? date : `${date} เวลา ${withDigits(`${m[4].padStart(2, '0')}:${m[5]}`, thaiDigits)} น.`;
  } catch {
    return text;
  }
}

/** The current version of each generated document (older versions are left out); dates in Thai. */
export function currentDocuments(list: DocumentStatus[], thaiDigits = false): DocumentStatusDto[] {
  return list
    .filter((d) => d.current)
    .map((d) => ({
      kind: d.kind,
      title: d.title,
      url: d.url || null,
      pdfUrl: d.pdfUrl || null,
      version: Number.isFinite(d.version) ? d.version : null,
      generatedAt: d.generatedAt ? documentDateText(d.generatedAt, thaiDigits) : null,
      outOfDate: d.outOfDate === true,
      checked: d.checked !== false,
      uncheckedReason: d.checked === false ? d.uncheckedReason || 'อ่านข้อมูลในชีตไม่ได้' : null,
      openComments: Number(d.openComments) || 0,
    }));
}

/** Document status, judged against the data already read (so the inputs are not read a second time). */
function documentsStatusOf(source: DocSource, thaiDigits = false): DocumentStatusDto[] {
  try {
    return currentDocuments(documentsStatusList(source), thaiDigits);
  } catch {
    return [];
  }
}

/** The documents' input from the tables read once by getDashboard (the documents' own mapping). */
function sourceOf(loaded: Loaded): DocSource {
  return { load: () => docInputFrom(loaded) };
}

// ---- Server functions ----

/** Everything the sidebar shows, from one read per table. Never throws for bad input: `ok: false` + issues. */
export function getDashboard(): DashboardDto {
  return withTableScope(dashboard);
}

function dashboard(): DashboardDto {
  const loaded = loadAndAnalyse(['measures', 'results']);
  if (!isLoaded(loaded)) {
    const dto = emptyDashboard(loaded.issues.map(issueText));
    const issues = loaded.issues;
    dto.documents = documentsStatusOf({ load: () => ({ issues }) });
    return dto;
  }
  const { result, inputs, snaps } = loaded;
  const measureRows = snaps.measures ? readMeasures(snaps.measures).rows : [];
  const statuses = snaps.results ? resultStatuses(snaps.results) : new Map<string, MeasureStatus>();
  const measures = measuresOf(measureRows, statuses);
  const s = inputs.settings;
  const plan = planMeasures(result, inputs.catalogue);
  const warnings = [...inputs.warnings, ...result.warnings];
  if (!snaps.measures) warnings.push(missingTableMessage('measures'));
  const dto: DashboardDto = {
    ok: true,
    issues: [],
    agency: s.agencyName,
    year: result.year,
    target: result.target,
    weakThreshold: result.weakThreshold,
    overall: {
      score: r2(result.overall.score),
      level: result.overall.level,
      gap: r2(result.overall.gap),
      pass: result.overall.pass,
    },
    instruments: result.instruments.map((i) => ({
      id: i.id,
      name: i.name,
      score: r2(i.score),
      gap: r2(i.gap),
      pass: i.pass,
      change: r2(i.change),
    })),
    indicators: result.indicators.map((i) => ({
      number: i.number,
      name: i.name,
      instrument: i.instrument,
      score: r2(i.score),
      gap: r2(i.gap),
      pass: i.pass,
      change: r2(i.change),
    })),
    trend: roundTrend(trendOf(inputs, result)),
    weakQuestions: weakQuestionsOf(result, inputs, measureRows, plan),
    questionScores: dataLevels(result).questions,
    questionScoresNote: dataLevels(result).questions ? null : noQuestionScoresText(dataLevels(result)),
    suggestedMeasures: suggestedOf(plan, measureRows, s),
    measures,
    divisions: [...s.divisions],
    progress: progressOf(measures),
    documentKinds: documentKindsOf(inputs.catalogue, s),
    documents: documentsStatusOf(sourceOf(loaded), s.thaiDigits),
    warnings,
  };
  return dto;
}

/**
 * Adds the suggested measure of one weak question as ONE row of the measures table (the workbook's suggest
 * logic), under the document lock. A question already linked by a measure, or whose recommendation is
 * already in the table, adds nothing.
 */
export function addMeasureForQuestion(code: string): AddMeasureResult {
  const wanted = typeof code === 'string' ? code.trim().toLowerCase() : '';
  if (!/^[ieo]\d{1,2}$/.test(wanted)) throw new Error(`รหัสข้อคำถาม "${String(code)}" ไม่ถูกต้อง ต้องเป็นรหัส เช่น e7`);
  return withDocumentLock(() => {
    const m = loadMeasures();
    if ('issues' in m) throw new Error(`ยังเพิ่มมาตรการไม่ได้: ${m.issues.map(issueText).join(' / ')}`);
    const { loaded, snap, sheet, existing } = m;
    const { result, inputs } = loaded;
    const plan = planMeasures(result, inputs.catalogue);
    const cover = coverageOf(wanted, existing, inputs.settings, plan);
    if (cover?.how === 'linked') {
      return {
        added: false,
        measureId: cover.measure.id || null,
        message: `ข้อ ${wanted} มีมาตรการ ${cover.measure.id} รองรับแล้ว ไม่ได้เพิ่มแถวใหม่`,
      };
    }
    if (cover) {
      const m = cover.measure;
      return {
        added: false,
        measureId: m.id || null,
        message: `มาตรการ ${m.id} "${m.measure}" ครอบคลุมข้อ ${wanted} อยู่แล้ว ไม่ได้เพิ่มแถวใหม่`,
      };
    }
    if (!result.weakQuestions.some((w) => w.code === wanted)) {
      throw new Error(
        `ข้อ ${wanted} ไม่ใช่ข้อคำถามที่ต่ำกว่าเกณฑ์ ${result.weakThreshold} คะแนนในปี ${result.year} จึงไม่ได้เพิ่มมาตรการ`,
      );
    }
    // The planned measure of the question: the weak questions sharing its recommendation (e4 with e5) go
    // into the same row, as the menu's suggest does.
    const planned = plannedFor(wanted, plan);
    const rows = planned ? suggestRows([planned], existing, inputs.settings) : [];
    if (!rows.length) throw new Error(`ไม่มีมาตรการที่แนะนำสำหรับข้อ ${wanted} กรุณาเพิ่มมาตรการเองในชีต "${snap.sheet}"`);
    const row = rows[0];
    appendMeasures(sheet, existing, [row], snap.values.length);
    return {
      added: true,
      measureId: row.id,
      message: `เพิ่มมาตรการ ${row.id} "${row.measure}" สำหรับ${row.questions.length ? `ข้อ ${row.questions.join(', ')}` : `ข้อ ${wanted}`} ในชีต "${snap.sheet}" แล้ว`,
    };
  });
}

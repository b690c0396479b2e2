// Server side of the sidebar on the fakes: the dashboard DTO, the contract, one read per table, one row per add.
import { seededFakes } from '../../scripts/preview';
import { dumpSheet, type Fakes } from '../../emulator';
import {
  addMeasureForQuestion,
  coverageOf,
  documentDateText,
  getDashboard,
  measuresOf,
  progressOf,
  resultStatuses,
  currentDocuments,
} from '../../src/gas/sidebar-api';
import { trendOf } from '../../src/core/analysis/trend';
import { generateDocument, pullComments } from '../../src/gas/document-actions';
import type { RpcArgs, RpcName, RpcResult } from '../../src/shared/rpc';
import { SERVER_FUNCTIONS } from '../../sidebar/server-functions';
import { analyze } from '../../src/core/analysis';
import { catalogueForYear } from '../../src/core/catalogue';
import { planMeasures } from '../../src/core/measures';
import { isLoaded, loadAndAnalyse } from '../../src/gas/workbook/inputs';
import { RECOMMENDATIONS_2567 } from '../../src/core/recommendations';
import { DEFAULT_DIVISIONS, splitDivisions } from '../../src/core/workbook';
import type { ScoreSet } from '../../src/core/types';

// Compile-time: every server function matches the contract (tsc fails otherwise).
const SERVER: { [K in RpcName]: (...a: RpcArgs<K>) => RpcResult<K> } = {
  getDashboard,
  addMeasureForQuestion,
  generateDocument,
  pullComments,
};

let fakes: Fakes;
beforeEach(() => {
  fakes = seededFakes();
});

function measureRows(): unknown[][] {
  const sheet = fakes.spreadsheet.getSheets().find((s) => String(dumpSheet(s)[0]?.[1]).startsWith('มาตรการ/'))!;
  return dumpSheet(sheet)
    .slice(1)
    .filter((r) => String(r[0]).trim() !== '');
}

describe('getDashboard', () => {
  test('the seed 001 numbers, JSON-safe, with one getValues per table', () => {
    fakes.calls.reset();
    const d = getDashboard();
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(JSON.stringify(d)).not.toMatch(/undefined/);
    expect(d.ok).toBe(true);
    expect(d.agency).toBe('เทศบาลตำบลก้อ');
    expect(d.overall).toEqual({ score: 95.11, level: 'ผ่านดี', gap: -10.11, pass: true });
    expect(d.indicators.find((i) => i.number === 8)).toMatchObject({ score: 83.83, pass: false });
    expect(d.indicators.filter((i) => i.pass === false).map((i) => i.number)).toEqual([8]);
    expect(d.weakQuestions.map((q) => q.gap)).toEqual([...d.weakQuestions.map((q) => q.gap)].sort((a, b) => b - a));
    const e7 = d.weakQuestions.find((q) => q.code === 'e7')!;
    expect(e7).toMatchObject({ scores: [96.5, 74], weakParts: [2], oitRefs: ['o25'], canAdd: true, coveredBy: null });
    expect(e7.problem).toMatch(/มีส่วนร่วม/);
    // settings, scores by year, question scores, levels, OIT item list, measures, results, documents log:
    // one getValues each.
    expect(fakes.calls.by('Range.getValues')).toBe(8);
    expect(fakes.calls.by('Range.setValues')).toBe(0);
  });

  test('bad input gives ok:false with located Thai issues, not an exception', () => {
    const settings = fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ')!;
    const row = dumpSheet(settings).findIndex((r) => r[0] === 'ค่าเป้าหมาย (คะแนน)') + 1;
    settings.getRange(row, 2).setValue('แปดสิบห้า');
    const d = getDashboard();
    expect(d.ok).toBe(false);
    expect(d.issues.join('\n')).toMatch(/ตั้งค่า.*แถวที่ \d+.*ค่าเป้าหมาย/);
  });
});

describe('addMeasureForQuestion', () => {
  test('adds exactly one row, then refuses a duplicate; the dashboard shows it covered', () => {
    const first = addMeasureForQuestion('E7');
    expect(first).toMatchObject({ added: true, measureId: 'M01' });
    expect(measureRows()).toHaveLength(1);
    expect(addMeasureForQuestion('e7')).toMatchObject({ added: false, measureId: 'M01' });
    expect(measureRows()).toHaveLength(1);
    const d = getDashboard();
    expect(d.weakQuestions.find((q) => q.code === 'e7')).toMatchObject({ coveredBy: 'M01', canAdd: false });
    expect(d.measures).toEqual([expect.objectContaining({ id: 'M01', status: 'not-started', questions: ['e7'] })]);
    expect(d.progress).toEqual({ done: 0, inProgress: 0, notStarted: 1, total: 1 });
  });

  test('questions sharing a recommendation: adding e4 links e5 in the same row; e5 is then covered, not offered', () => {
    const before = getDashboard().weakQuestions;
    expect(before.find((q) => q.code === 'e5')).toMatchObject({ canAdd: true, coveredBy: null });
    const r = addMeasureForQuestion('e4');
    expect(r).toMatchObject({ added: true, measureId: 'M01' });
    expect(r.message).toContain('สำหรับข้อ e4, e5');
    expect(measureRows()).toHaveLength(1);
    expect(String(measureRows()[0][6])).toBe('e4, e5');
    const after = getDashboard().weakQuestions;
    expect(after.find((q) => q.code === 'e5')).toMatchObject({ canAdd: false, coveredBy: 'M01' });
    expect(addMeasureForQuestion('e5')).toMatchObject({ added: false, measureId: 'M01' });
    expect(measureRows()).toHaveLength(1);
  });

  test('one coverage rule for the sidebar and the server: a row holding the recommendation covers every question of it', () => {
    // An older row of the e4/e5 recommendation that links only e4 (as written before e5 was linked too).
    expect(addMeasureForQuestion('e4').added).toBe(true);
    const sheet = fakes.spreadsheet.getSheets().find((s) => String(dumpSheet(s)[0]?.[1]).startsWith('มาตรการ/'))!;
    sheet.getRange(2, 7).setValue('e4');
    const settings = { planFiscalYear: 2568 };
    const rows = [
      {
        id: 'M01',
        measure: String(measureRows()[0][1]),
        questions: ['e4'],
        indicators: [],
        oitRefs: [],
        storedFingerprint: '',
      },
    ];
    const loaded = loadAndAnalyse(['measures']);
    if (!isLoaded(loaded)) throw new Error('workbook not analysed');
    expect(loaded.inputs.catalogue).toBe(catalogueForYear(2567).catalogue);
    const plan = planMeasures(loaded.result, loaded.inputs.catalogue);
    expect(coverageOf('e5', rows, settings, plan)).toMatchObject({
      how: 'same-recommendation',
      measure: { id: 'M01' },
    });
    expect(coverageOf('e4', rows, settings, plan)).toMatchObject({ how: 'linked' });
    expect(coverageOf('e7', rows, settings, plan)).toBeNull();
    // Edited text, same stored fingerprint (it was suggested from that recommendation): still the same one.
    const fp = String(dumpSheet(sheet)[1][dumpSheet(sheet)[0].indexOf('รหัสตรวจสอบข้อความแนะนำ')]);
    expect(fp).toMatch(/^[0-9a-f]{6,}$/);
    expect(
      coverageOf('e5', [{ ...rows[0], measure: 'ข้อความที่แก้ไขแล้ว', storedFingerprint: fp }], settings, plan),
    ).not.toBeNull();
    // The sidebar does not offer e5, and the server agrees.
    expect(getDashboard().weakQuestions.find((q) => q.code === 'e5')).toMatchObject({
      canAdd: false,
      coveredBy: 'M01',
    });
    expect(addMeasureForQuestion('e5')).toMatchObject({ added: false, measureId: 'M01' });
    expect(measureRows()).toHaveLength(1);
  });

  test('Thai errors: a bad code, a question that is not weak, a busy lock', () => {
    expect(() => addMeasureForQuestion('<b>')).toThrow(/รหัสข้อคำถาม .* ไม่ถูกต้อง/);
    expect(() => addMeasureForQuestion('i1')).toThrow(/ไม่ใช่ข้อคำถามที่ต่ำกว่าเกณฑ์/);
    fakes.holdDocumentLockByOther();
    expect(() => addMeasureForQuestion('e8')).toThrow(/มีผู้ใช้อื่นกำลังบันทึกข้อมูล/);
    fakes.releaseLocksHeldByOthers();
    expect(measureRows()).toHaveLength(0);
  });
});

describe('pure pieces', () => {
  test('result statuses by Thai label; progress counts', () => {
    const values = [
      ['รหัสมาตรการ', 'มาตรการ', 'สถานะ'],
      ['M01', '', 'ดำเนินการแล้ว'],
      ['M02', '', 'กำลังดำเนินการ'],
      ['M03', '', ''],
      ['', '', 'ดำเนินการแล้ว'],
    ];
    const s = resultStatuses({ table: 'results', sheet: 'ผลการดำเนินการ', values });
    expect([...s.entries()]).toEqual([
      ['M01', 'done'],
      ['M02', 'in-progress'],
      // M03: only the id (a row added for the measure, nothing typed): not reported, shown as not started.
    ]);
    const m = (id: string, status: 'done' | 'in-progress' | 'not-started') => ({
      id,
      title: '',
      division: '',
      divisions: [],
      status,
      questions: [],
    });
    expect(progressOf([m('a', 'done'), m('b', 'done'), m('c', 'not-started')])).toEqual({
      done: 2,
      inProgress: 0,
      notStarted: 1,
      total: 3,
    });
  });

  test('divisions: a measure naming several is split; every recommendation names divisions spelled as the settings default', () => {
    const rows = [{ id: 'M01', measure: 'ก', responsible: 'สำนักปลัด,  กองคลัง', questions: [] }] as unknown as Parameters<
      typeof measuresOf
    >[0];
    expect(measuresOf(rows, new Map())[0]).toMatchObject({
      division: 'สำนักปลัด,  กองคลัง',
      divisions: ['สำนักปลัด', 'กองคลัง'],
    });
    // One spelling in the data: the filter then never lists both "ทุกกอง/สำนัก" and "ทุกกอง/ทุกสำนัก".
    const named = new Set(RECOMMENDATIONS_2567.flatMap((r) => splitDivisions(r.responsible)));
    expect([...named].filter((n) => !DEFAULT_DIVISIONS.includes(n))).toEqual([]);
  });

  test('the trend has every year of the workbook, oldest first, by indicator', () => {
    const scores: ScoreSet = {
      current: {
        year: 2567,
        overall: null,
        instruments: {},
        indicators: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 80, 9: 90, 10: 90 },
        questions: [],
      },
      history: [{ year: 2566, overall: null, instruments: {}, indicators: { 8: 70 }, questions: [] }],
    };
    const result = analyze(scores, { year: 2567 });
    const t = trendOf({ scores }, result);
    expect(t.years).toEqual([2566, 2567]);
    expect(t.series.find((s) => s.number === 8)!.values).toEqual([70, 80]);
    expect(t.series.find((s) => s.number === 1)!.values).toEqual([null, 90]);
  });

  test('with a generated document: one more read each for the documents log and comments, and its status', () => {
    expect(generateDocument('measures-plan').ok).toBe(true);
    fakes.calls.reset();
    const d = getDashboard();
    expect(fakes.calls.by('Range.getValues')).toBe(9);
    expect(d.documents).toEqual([
      expect.objectContaining({ kind: 'measures-plan', version: 1, outOfDate: false, openComments: 0 }),
    ]);
    expect(d.documents[0].url).toMatch(/^https:\/\//);
    // The PDF written next to the doc, as logged, for the card's link.
    const log = dumpSheet(fakes.spreadsheet.getSheetByName('เอกสาร')!);
    const pdfCol = log[0].indexOf('ไฟล์ PDF (สำหรับเผยแพร่)');
    expect(d.documents[0].pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(d.documents[0].pdfUrl).toBe(log[1][pdfCol]);
    addMeasureForQuestion('e7');
    expect(getDashboard().documents[0].outOfDate).toBe(true);
  });

  test('inputs that cannot be read: the document is "not checked" with the reason, never "up to date"', () => {
    expect(generateDocument('measures-plan').ok).toBe(true);
    expect(getDashboard().documents[0]).toMatchObject({ checked: true, uncheckedReason: null, outOfDate: false });
    const settings = fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ')!;
    const row = dumpSheet(settings).findIndex((r) => r[0] === 'ค่าเป้าหมาย (คะแนน)') + 1;
    settings.getRange(row, 2).setValue('แปดสิบห้า');
    const d = getDashboard();
    expect(d.ok).toBe(false);
    expect(d.documents).toHaveLength(1);
    expect(d.documents[0]).toMatchObject({ kind: 'measures-plan', checked: false, outOfDate: false });
    expect(d.documents[0].uncheckedReason).toMatch(/ค่าเป้าหมาย/);
  });

  test('read-only: without a comments sheet (or a documents log) getDashboard writes nothing and creates no sheet', () => {
    expect(generateDocument('measures-plan').ok).toBe(true);
    fakes.spreadsheet.deleteSheet(fakes.spreadsheet.getSheetByName('ความเห็น')!);
    const sheetsBefore = fakes.spreadsheet.getSheets().map((s) => s.getName());
    const writes = () =>
      fakes.calls.log.filter((n) => /\.(set|insert|add|append|delete|clear|remove|protect|merge)\w*$/.test(n));
    fakes.calls.reset();
    const d = getDashboard();
    expect(writes()).toEqual([]);
    expect(fakes.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
    expect(d.documents).toEqual([
      expect.objectContaining({ kind: 'measures-plan', openComments: 0, outOfDate: false }),
    ]);
    // The documents log gone too: no documents, still no write.
    fakes.spreadsheet.deleteSheet(fakes.spreadsheet.getSheetByName('เอกสาร')!);
    fakes.calls.reset();
    expect(getDashboard().documents).toEqual([]);
    expect(writes()).toEqual([]);
    expect(fakes.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheetsBefore.filter((n) => n !== 'เอกสาร'));
  });

  test('document dates are Thai B.E. date and time, digits per the settings; hand-typed text is kept', () => {
    expect(documentDateText('2026-11-22 08:07', false)).toBe('22 พ.ย. 2569 เวลา 08:07 น.');
    expect(documentDateText('2025-01-05 17:30', true)).toBe('๕ ม.ค. ๒๕๖๘ เวลา ๑๗:๓๐ น.');
    expect(documentDateText('2025-01-05', false)).toBe('5 ม.ค. 2568');
    expect(documentDateText('เมื่อวาน', false)).toBe('เมื่อวาน');
    expect(documentDateText('2025-13-40 10:00', false)).toBe('2025-13-40 10:00');
    expect(generateDocument('measures-plan').ok).toBe(true);
    const settings = fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ')!;
    const row = dumpSheet(settings).findIndex((r) => r[0] === 'ใช้เลขไทยในเอกสาร') + 1;
    settings.getRange(row, 2).setValue('ไม่ใช่');
    expect(getDashboard().documents[0].generatedAt).toMatch(/^\d{1,2} [ก-ฮ.]+ 25\d\d เวลา \d\d:\d\d น\.$/);
    settings.getRange(row, 2).setValue('ใช่');
    expect(getDashboard().documents[0].generatedAt).toMatch(
      /^[๐-๙]{1,2} [ก-ฮ.]+ ๒๕[๐-๙]{2} เวลา [๐-๙]{2}:[๐-๙]{2} น\.$/,
    );
  });

  test('documents: only the current version of each kind, nulls instead of blanks', () => {
    const base = {
      kind: 'measures-plan',
      kindLabel: '',
      title: 'ก',
      url: '',
      version: 1,
      generatedAt: '',
      generatedBy: '',
      current: false,
      outOfDate: false,
      openComments: 0,
      status: '',
    };
    const out = currentDocuments([
      base,
      { ...base, version: 2, current: true, url: 'https://x', outOfDate: true, openComments: 3 },
    ]);
    expect(out).toEqual([
      {
        kind: 'measures-plan',
        title: 'ก',
        url: 'https://x',
        pdfUrl: null,
        version: 2,
        generatedAt: null,
        outOfDate: true,
        checked: true,
        uncheckedReason: null,
        openComments: 3,
      },
    ]);
  });
});

test('the sidebar calls only the contract functions, and each is exported by the server entry', async () => {
  const main = (await import('../../src/gas/main')) as Record<string, unknown>;
  expect(SERVER_FUNCTIONS.sort()).toEqual(Object.keys(SERVER).sort());
  for (const n of SERVER_FUNCTIONS) expect(typeof main[n]).toBe('function');
});

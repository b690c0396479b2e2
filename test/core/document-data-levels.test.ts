// Documents follow the data and the framework (issue 10): a failing agency with indicator scores only,
// instrument scores only, overall plus instruments, or OIT item scores, in both frameworks.
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analysis';
import { catalogueForYear } from '../../src/core/catalogue';
import { parseScores } from '../../src/core/intake';
import {
  buildAnalysisReport,
  buildAnnouncement,
  buildMeasuresPlan,
  buildResultsReport,
  type DocInput,
  type DocModel,
} from '../../src/core/document';
import type { TableBlock } from '../../src/core/document/model';
import { suggestMeasures } from '../../src/core/workbook';
import { docInput, settings } from './document-fixture';

const FAILING_2563 = readFileSync(join(__dirname, '../../examples/failing-agency-2563.txt'), 'utf8');

const indicatorsOnly = (year: number) =>
  [
    `ITA ${year}`,
    ...[96.95, 94.1, 95.8, 93.4, 97.25, 97.5, 84.2, 99.79, 26, 20].map((s, i) => `${i + 1}\t${s}`),
    'คะแนนรวม\t66.00',
  ].join('\n');
const instrumentsOnly = (year: number) => [`ITA ${year}`, 'IIT\t95.50', 'EIT\t84.10', 'OIT\t23.00'].join('\n');
const overallPlusInstruments = (year: number) => `${instrumentsOnly(year)}\nคะแนนรวม\t66.00`;

/** The document input of a scores text, as `ita generate` builds it (measures suggested, or none). */
function inputOf(text: string, withMeasures = true): DocInput {
  const parsed = parseScores(text);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join());
  const analysis = analyze(parsed.scores);
  const catalogue = catalogueForYear(analysis.year).catalogue;
  const s = settings({ assessmentYear: analysis.year, planFiscalYear: analysis.year + 1, agencyName: 'อบต.หนองบัว' });
  const measures = withMeasures
    ? suggestMeasures(analysis, [], s, catalogue).map(({ fingerprint: _f, ...m }) => m)
    : [];
  return {
    settings: s,
    analysis,
    measures,
    results: [],
    catalogue,
    questionScores: parsed.scores.current.questions,
  };
}

function text(m: DocModel): string {
  return m.blocks
    .map((b) =>
      b.type === 'table'
        ? [...b.header.flat(), ...b.rows.flatMap((r) => r.cells)].join('\n')
        : 'text' in b
          ? b.text
          : '',
    )
    .join('\n');
}
const tableOf = (m: DocModel, key: string) =>
  m.blocks.find((b) => b.type === 'table' && b.key === key) as TableBlock | undefined;

/** Texts that must never be printed for a failing agency, or for data without question scores. */
const FORBIDDEN = [
  'ไม่มีข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์',
  'ไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน',
  'ยังไม่มีมาตรการ',
  'เพิ่มมาตรการในชีต',
  'ทุกแบบวัดมีคะแนนผ่าน',
  'ทุกแบบวัด ได้แก่',
  'ได้ - คะแนน',
  'ข้อคำถาม i1 ของตัวชี้วัด',
  'ควรรักษามาตรฐานไว้',
];

const THAI = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

function expectPlanForFailing(input: DocInput, failing: number[]) {
  const plan = buildMeasuresPlan(input);
  const all = text(plan);
  for (const t of FORBIDDEN) expect(all).not.toContain(t);
  const cat = input.catalogue!;
  const measures = tableOf(plan, 'table.measures')!;
  // At least one numbered measure per failing indicator, named for it.
  for (const n of failing) {
    const name = cat.indicators.find((i) => i.number === n)!.name;
    const rows = measures.rows.filter((r) => r.cells[0].includes(name));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.cells[0]).toMatch(/^[๐-๙]+\. มาตรการ/);
    // The urgent section names the area and, for OIT, that year's items.
    expect(all).toContain(`ด้าน${name}`);
    if (cat.indicators.find((i) => i.number === n)!.instrument === 'OIT') {
      for (const q of cat.questions.filter((x) => x.indicator === n))
        expect(all).toContain(`${q.code} ${THAI(q.text)}`);
    }
  }
  // No question table without question scores, and a sentence saying what the data holds.
  expect(tableOf(plan, 'table.weak')).toBeUndefined();
  expect(all).toMatch(/ผลการประเมินที่ได้รับมีเฉพาะคะแนนราย(ตัวชี้วัด|แบบวัด) ไม่มีคะแนนรายข้อคำถาม/);
  return plan;
}

describe('a failing agency: the measures plan at each data level, both frameworks', () => {
  test.each([2563, 2567])('indicator scores only, ITA %i', (year) => {
    const plan = expectPlanForFailing(inputOf(indicatorsOnly(year)), [7, 9, 10]);
    const s2 = plan.blocks.filter((b) => b.key.startsWith('s2.')).map((b) => ('text' in b ? b.text : ''));
    // Grouped by area, largest gap first: การป้องกันการทุจริต (65), การเปิดเผยข้อมูล (59), ประสิทธิภาพการสื่อสาร (0.8).
    expect(s2.map((t) => /ด้าน(\S+)/.exec(t)![1])).toEqual(['การป้องกันการทุจริต', 'การเปิดเผยข้อมูล', 'ประสิทธิภาพการสื่อสาร']);
    expect(s2[0].startsWith(`${THAI('2.1')} ด้านการป้องกันการทุจริต`)).toBe(true);
  });

  test.each([
    ['instrument-only', instrumentsOnly],
    ['overall-plus-instruments', overallPlusInstruments],
  ])('%s, both frameworks: a measure for each indicator of EIT and OIT', (_l, make) => {
    for (const year of [2563, 2567]) {
      const plan = expectPlanForFailing(inputOf(make(year)), [6, 7, 8, 9, 10]);
      expect(text(plan)).toContain('ไม่มีคะแนนรายตัวชี้วัด');
    }
  });

  test('the demo sample (2563, ranked, Thai digits): o42/o43 and AA–F level; no EIT parts', () => {
    const input = inputOf(FAILING_2563);
    const plan = expectPlanForFailing(input, [7, 9, 10]);
    const all = text(plan);
    expect(all).toContain('อยู่ในระดับ “C”');
    expect(all).toContain('o42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(all).not.toContain('o34 มาตรการส่งเสริมคุณธรรม');
    expect(all).not.toMatch(/ส่วนที่ [๑๒] ได้/);
  });

  test('an empty measures sheet: the same measures are listed, the officer is warned, nothing tells them what to do in the text', () => {
    const withRows = buildMeasuresPlan(inputOf(FAILING_2563));
    const empty = buildMeasuresPlan(inputOf(FAILING_2563, false));
    expect(tableOf(empty, 'table.measures')!.rows.map((r) => r.cells[0])).toEqual(
      tableOf(withRows, 'table.measures')!.rows.map((r) => r.cells[0]),
    );
    expect(empty.warnings.join('\n')).toContain('เอกสารนี้จึงใช้มาตรการที่ระบบเสนอ');
    for (const m of [
      empty,
      buildResultsReport(inputOf(FAILING_2563, false)),
      buildAnnouncement(inputOf(FAILING_2563, false)),
    ]) {
      expect(text(m)).not.toMatch(/ชีต|เมนู/);
    }
  });
});

describe('the analysis report follows the data and the framework', () => {
  test('no question scores (2563): no theme question tables, no part note, no placeholder rows; areas with items', () => {
    const rep = buildAnalysisReport(inputOf(FAILING_2563));
    const all = text(rep);
    for (const t of FORBIDDEN) expect(all).not.toContain(t);
    expect(rep.blocks.some((b) => b.type === 'table' && b.key.startsWith('theme.'))).toBe(false);
    expect(all).not.toContain('หมายเหตุ: คะแนนของแบบวัด EIT');
    expect(all).not.toContain('ข้อคำถาม i');
    expect(all).toContain('ด้านการเปิดเผยข้อมูล');
    expect(all).toContain('ตัวชี้วัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่');
    expect(tableOf(rep, 'table.implementation')!.rows).toHaveLength(8);
  });

  test('2561–2566 with question scores: no ส่วนที่ column, no placeholder question text', () => {
    const lines = ['ITA 2565', ...Array.from({ length: 30 }, (_, k) => `i${k + 1}\t${k === 3 ? 70 : 95}`)];
    const input = inputOf(lines.join('\n'));
    const plan = buildMeasuresPlan(input);
    const weak = tableOf(plan, 'table.weak')!;
    expect(weak.header[0]).toEqual(['ข้อ', 'ข้อคำถาม', 'คะแนน', 'ต่ำกว่าเกณฑ์']);
    expect(weak.rows[0].cells.slice(0, 3)).toEqual(['i4', '', '๗๐.๐๐']);
    const all = text(plan) + text(buildAnalysisReport(input));
    expect(all).not.toContain('ของตัวชี้วัด');
    expect(all).not.toContain('หมายเหตุ: คะแนนของแบบวัด EIT');
  });

  test('seed 001 (2567): an EIT with part 2 below the target is not "every instrument passed"', () => {
    const plan = buildMeasuresPlan(docInput());
    const overall = plan.blocks.find((b) => b.key === 's1.overall')!;
    const t = 'text' in overall ? overall.text : '';
    expect(t).not.toContain('ทุกแบบวัดมีคะแนนผ่าน');
    expect(t).toContain('แต่ EIT ส่วนที่ ๒ (๘๒.๔๔ คะแนน) ต่ำกว่าค่าเป้าหมาย');
  });

  test('a passing result: the "keep" sentences are said only when nothing is below the target', () => {
    const input = inputOf(
      [
        'ITA 2567',
        ...[96, 95, 97, 93, 97, 91, 92, 99, 100, 100].map((s, i) => `${i + 1}\t${s}`),
        'คะแนนรวม\t96.00',
      ].join('\n'),
    );
    const all = text(buildMeasuresPlan(input));
    expect(all).toContain('ไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน');
    expect(all).toContain('และทุกตัวชี้วัดมีคะแนนไม่ต่ำกว่าค่าเป้าหมาย');
    expect(all).not.toContain('ได้ - คะแนน');
    expect(all).toContain('มาตรการรักษา');
  });
});

describe('OIT item-level input (2567): one measure per group of missed items', () => {
  test('section 2 names the missed items by title; the measures table has one numbered measure per group', () => {
    const missing = new Set(['o8', 'o9', 'o16', 'o17', 'o34', 'o35']);
    const lines = [
      'ITA 2567',
      ...Array.from({ length: 35 }, (_, k) => `o${k + 1}\t${missing.has(`o${k + 1}`) ? 0 : 100}`),
    ];
    const input = inputOf(lines.join('\n'));
    const plan = buildMeasuresPlan(input);
    const all = text(plan);
    for (const t of FORBIDDEN) expect(all).not.toContain(t);
    const cat = input.catalogue!;
    for (const code of missing)
      expect(all).toContain(`${code} ${THAI(cat.questions.find((q) => q.code === code)!.text)}`);
    const rows = tableOf(plan, 'table.measures')!.rows;
    expect(rows.map((r) => r.key)).toEqual(['M01', 'M02', 'M03']);
    expect(rows[0].cells[0]).toMatch(/^๑\. มาตรการส่งเสริมการเปิดเผยข้อมูล/);
    expect(rows[2].cells[0]).toMatch(/^๓\. .*การป้องกันการทุจริต/);
    // Items not missed are not asked for.
    expect(rows.map((r) => r.cells[1]).join('\n')).not.toMatch(/\bo1 /);
  });
});

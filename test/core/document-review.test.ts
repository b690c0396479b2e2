// Findings of a supervisor's read of the generated documents (the failing agency of the demo and
// seed 001): each test states what a ปลัด or นายก would not sign.
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
} from '../../src/core/document';
import { blockText, findBlock, type DocModel } from '../../src/core/document/model';
import { PREPARER_WARNING } from '../../src/core/document/analysis-report';
import { suggestMeasures } from '../../src/core/workbook';
import { docInput, settings } from './document-fixture';
import { seed001Input } from '../../scripts/seed-001';

const FAILING_2563 = readFileSync(join(__dirname, '../../examples/failing-agency-2563.txt'), 'utf8');
const AGENCY = 'องค์การบริหารส่วนตำบลหนองบัว';

/** The failing agency of the demo (indicator scores only, ITA 2563), as `ita generate` builds it. */
function failingInput(over: Parameters<typeof settings>[0] = {}): DocInput {
  const parsed = parseScores(FAILING_2563);
  const analysis = analyze(parsed.scores);
  const catalogue = catalogueForYear(analysis.year).catalogue;
  const s = settings({ assessmentYear: analysis.year, planFiscalYear: analysis.year + 1, agencyName: AGENCY, ...over });
  const measures = suggestMeasures(analysis, [], s, catalogue).map(({ fingerprint: _f, ...m }) => m);
  return { settings: s, analysis, measures, results: [], catalogue, questionScores: parsed.scores.current.questions };
}

const text = (m: DocModel, key: string) => blockText(findBlock(m, key)!);
const keys = (m: DocModel) => m.blocks.map((b) => b.key);

describe('the analysis memo, ส่วนที่ ๓: the limits it states are true for the data', () => {
  test('indicator scores only: it does not claim an analysis of questions below the threshold', () => {
    // Old code: "…จึงพิจารณาจากข้อคำถามที่ได้คะแนนต่ำกว่าเกณฑ์…" for an agency that has no question scores.
    const first = text(buildAnalysisReport(failingInput()), 'part3.1');
    expect(first).not.toContain('ข้อคำถามที่ได้คะแนนต่ำกว่าเกณฑ์');
    expect(first).toContain('ผลการประเมินที่ได้รับมีเฉพาะคะแนนรายตัวชี้วัด ไม่มีคะแนนรายข้อคำถาม');
    expect(first).toMatch(/^๑\. /);
  });

  test('instrument scores only: the analysis rests on the instruments, not on indicators it does not have', () => {
    const input = failingInput();
    const text3 = (t: string) => {
      const parsed = parseScores(t);
      const analysis = analyze(parsed.scores);
      return text(buildAnalysisReport({ ...input, analysis, questionScores: [] }), 'part3.1');
    };
    const first = text3(['ITA 2563', 'IIT\t95.50', 'EIT\t84.10', 'OIT\t23.00'].join('\n'));
    expect(first).toContain('มีเฉพาะคะแนนรายแบบวัด');
    expect(first).toContain('องค์ประกอบของแบบวัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย');
    expect(first).not.toContain('ข้อคำถามที่ได้คะแนนต่ำกว่าเกณฑ์');
  });

  test('a passing agency with indicator scores only: no "low score" it does not have', () => {
    // Old code (previous commit): "…เป็นสาเหตุของคะแนนที่ต่ำ … ตัวชี้วัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย" with every indicator above.
    const lines = ['ITA 2563', ...[96, 95, 97, 93, 97, 91, 92, 99, 100, 100].map((v, i) => `${i + 1}\t${v}`)];
    const parsed = parseScores(lines.join('\n'));
    const input = { ...failingInput(), analysis: analyze(parsed.scores), measures: [], questionScores: [] };
    const first = text(buildAnalysisReport(input), 'part3.1');
    expect(first).not.toContain('ต่ำ');
    expect(first).toBe(
      '๑. ผลการประเมินที่ได้รับมีเฉพาะคะแนนรายตัวชี้วัด ไม่มีคะแนนรายข้อคำถาม การวิเคราะห์ในรายงานนี้จึงพิจารณาตามคะแนนรายตัวชี้วัด',
    );
  });

  test('seed 001: the indicators whose published score differs from their questions are named', () => {
    // Old code: "(๒ ตัวชี้วัด)", leaving the reader to guess which.
    const second = text(buildAnalysisReport(seed001Input()), 'part3.2');
    expect(second).toBe('๒. คะแนนตัวชี้วัดที่เผยแพร่บางตัวไม่ตรงกับค่าเฉลี่ยของคะแนนรายข้อ (ตัวชี้วัดที่ ๒ และ ๕) รายงานนี้ใช้คะแนนที่เผยแพร่');
    expect(text(buildAnalysisReport(docInput()), 'part3.2')).toContain('(ตัวชี้วัดที่ ๒) รายงานนี้ใช้คะแนนที่เผยแพร่');
  });

  test('with question scores (seed 001) the sentence about weak questions stays', () => {
    expect(text(buildAnalysisReport(docInput()), 'part3.1')).toContain('ข้อคำถามที่ได้คะแนนต่ำกว่าเกณฑ์');
  });
});

describe('the analysis memo is not addressed to the one who signs it', () => {
  test('signed by the ปลัด: addressed to the นายก only, no opinion box for the ปลัด', () => {
    // Old code: "เรียน ปลัด… / นายก…" and "ความเห็นของปลัด…" under the ปลัด's own signature.
    const rep = buildAnalysisReport(failingInput({ signerName: 'นายสมชาย ใจดี', signerPosition: `ปลัด${AGENCY}` }));
    expect(text(rep, 'memo.to')).toBe(`เรียน นายก${AGENCY}`);
    expect(keys(rep)).not.toContain('approval.permanent.opinion');
    expect(keys(rep)).toContain('approval.chief.opinion');
    expect(findBlock(rep, 'signature')).toMatchObject({ name: 'นายสมชาย ใจดี', position: `ปลัด${AGENCY}` });
    expect(rep.warnings).not.toContain(PREPARER_WARNING);
  });

  test('signed by the นายก: the preparer is left to fill in, both executives keep their boxes, the officer is told', () => {
    const rep = buildAnalysisReport(
      docInput({ settings: settings({ signerName: 'นายอุดม เชียงยศ', signerPosition: 'นายก เทศมนตรีตำบลก้อ' }) }),
    );
    const sig = findBlock(rep, 'signature')!;
    expect(sig).toMatchObject({ signLine: true });
    expect(blockText(sig)).not.toContain('อุดม');
    expect(sig).toMatchObject({ name: expect.stringMatching(/^\.+$/), position: expect.stringMatching(/^\.+$/) });
    expect(text(rep, 'memo.to')).toBe('เรียน ปลัดเทศบาลตำบลก้อ / นายกเทศมนตรีตำบลก้อ');
    expect(keys(rep)).toEqual(expect.arrayContaining(['approval.permanent.opinion', 'approval.chief.opinion']));
    expect(rep.warnings).toContain(PREPARER_WARNING);
  });

  test('signed by an officer (the demo): unchanged, both executives addressed', () => {
    const rep = buildAnalysisReport(docInput());
    expect(text(rep, 'memo.to')).toBe('เรียน ปลัดเทศบาลตำบลก้อ / นายกเทศมนตรีตำบลก้อ');
    expect(findBlock(rep, 'signature')).toMatchObject({ name: 'นางสาวภาวิณี แท้คำ' });
    expect(rep.warnings).not.toContain(PREPARER_WARNING);
  });
});

describe('lists in the prose are in official register: spaces, no commas between Thai phrases', () => {
  const builders = { buildMeasuresPlan, buildAnalysisReport, buildResultsReport, buildAnnouncement };
  test.each([
    ['the failing agency', failingInput],
    ['seed 001', () => docInput()],
  ])('%s: no "…), ตัวชี้วัด…" or "…งาน, มาตรการ…" in any paragraph', (_name, make) => {
    for (const [builder, build] of Object.entries(builders)) {
      const prose = build(make())
        .blocks.filter((b) => b.type === 'paragraph')
        .map((b) => `${builder}: ${blockText(b)}`);
      // A comma between two Thai phrases (code lists such as "o8, o9" or "e9 ส่วนที่ ๑, e7" keep theirs).
      expect(prose.filter((t) => /[\u0e00-\u0e7f)], [\u0e00-\u0e7f]/.test(t))).toEqual([]);
    }
    // The failing agency's list of indicators below the target still reads as a list.
    const plan = buildMeasuresPlan(failingInput());
    expect(text(plan, 's1.overall')).toContain(
      'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๘๔.๒๐ คะแนน) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๒๖.๐๐ คะแนน) และ ตัวชี้วัดที่ ๑๐',
    );
  });
});

describe('instrument scores only: a score is said of what it belongs to', () => {
  const instrumentsOnly = (): DocInput => {
    const parsed = parseScores(['ITA 2563', 'IIT\t95.50', 'EIT\t84.10', 'OIT\t23.00'].join('\n'));
    return { ...failingInput(), analysis: analyze(parsed.scores), measures: [], questionScores: [] };
  };

  test('no indicator table of ten "ไม่มีข้อมูล" rows, and no pointer to it', () => {
    // Old code: "…รายละเอียดตามตารางต่อไปนี้" above a table whose every row is "- | - | ไม่มีข้อมูล".
    for (const [doc, key] of [
      [buildMeasuresPlan(instrumentsOnly()), 's1.overall'],
      [buildAnalysisReport(instrumentsOnly()), 'part1.overall'],
    ] as const) {
      expect(findBlock(doc, 'table.indicators')).toBeUndefined();
      expect(text(doc, key)).not.toContain('ตามตารางต่อไปนี้');
      expect(text(doc, key)).toContain('แบบวัดที่มีคะแนนต่ำกว่าค่าเป้าหมาย ได้แก่ EIT ได้ ๘๔.๑๐ คะแนน และ OIT ได้ ๒๓.๐๐ คะแนน');
    }
    // With indicator scores the table and its pointer stay.
    const plan = buildMeasuresPlan(failingInput());
    expect(findBlock(plan, 'table.indicators')).toBeDefined();
    expect(text(plan, 's1.overall')).toMatch(/รายละเอียดตามตารางต่อไปนี้$/);
  });

  test('the urgent section gives the OIT score to the instrument, not to indicator 9', () => {
    // Old code: "แบบวัด OIT ซึ่งประกอบด้วยตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๒๓.๐๐ คะแนน", read as indicator 9's score.
    const plan = buildMeasuresPlan(instrumentsOnly());
    const area = text(plan, 's2.ind9');
    expect(area).toContain('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล อยู่ในแบบวัด OIT ซึ่งได้ ๒๓.๐๐ คะแนน ต่ำกว่าค่าเป้าหมาย ๘๕ คะแนน');
    expect(area).not.toMatch(/ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๒๓/);
    expect(area).not.toContain('ซึ่งประกอบด้วย');
  });

  test("the memo's findings say the same as a possibility", () => {
    // Old code: "ผู้รับบริการยังรับรู้ว่า…" stated as a finding for each EIT indicator from EIT 84.10.
    const t = findBlock(buildAnalysisReport(instrumentsOnly()), 'table.implementation');
    if (t?.type !== 'table') throw new Error('no implementation table');
    const eit = t.rows.filter((r) => r.cells[2].includes('แบบวัด EIT'));
    expect(eit.length).toBe(3);
    for (const r of eit) expect(r.cells[2].split('\n')[1]).toMatch(/^อาจเป็นเพราะผู้รับบริการ/);
    // The failing agency (indicator scores): findings unchanged.
    const f = findBlock(buildAnalysisReport(failingInput()), 'table.implementation');
    if (f?.type !== 'table') throw new Error('no implementation table');
    expect(f.rows.map((r) => r.cells[2]).join('\n')).not.toContain('อาจเป็นเพราะ');
  });

  test('what respondents perceive is said as a possibility when only the instrument score is below', () => {
    // Old code: "EIT … ได้ ๘๔.๑๐ คะแนน … ซึ่งสะท้อนว่าผู้รับบริการยังรับรู้ว่า…" for each of indicators 6, 7 and 8,
    // though any one of them may be the low one.
    const plan = buildMeasuresPlan(instrumentsOnly());
    for (const key of ['s2.ind6', 's2.ind7', 's2.ind8']) {
      expect(text(plan, key)).toContain('ซึ่งอาจสะท้อนว่า');
      expect(text(plan, key)).not.toContain('ซึ่งสะท้อนว่า');
    }
    // Overall score only: the same for every area.
    const parsed = parseScores(['ITA 2563', 'คะแนนรวม\t70.00'].join('\n'));
    const overall = buildMeasuresPlan({
      ...failingInput(),
      analysis: analyze(parsed.scores),
      measures: [],
      questionScores: [],
    });
    expect(text(overall, 's2.ind1')).toContain('ซึ่งอาจสะท้อนว่า');
    // The indicator's own score below the target (the failing agency's indicator 7): said as a finding.
    expect(text(buildMeasuresPlan(failingInput()), 's2.ind7')).toContain('ซึ่งสะท้อนว่า');
  });
});

describe('the announcement annex prints each measure list once', () => {
  test('a passing result: neighbouring indicators with the same measures share a row', () => {
    // Old code: ten rows, "๒. มาตรการรักษามาตรฐาน…" printed under each of the five IIT indicators.
    const lines = ['ITA 2567', ...[96, 95, 97, 93, 97, 91, 92, 99, 100, 100].map((v, i) => `${i + 1}\t${v}`)];
    const parsed = parseScores([...lines, 'คะแนนรวม\t96.00'].join('\n'));
    const analysis = analyze(parsed.scores);
    const catalogue = catalogueForYear(2567).catalogue;
    const s = settings({ assessmentYear: 2567, planFiscalYear: 2568 });
    const measures = suggestMeasures(analysis, [], s, catalogue).map(({ fingerprint: _f, ...m }) => m);
    const input: DocInput = { settings: s, analysis, measures, results: [], catalogue, questionScores: [] };
    const annex = findBlock(buildAnnouncement(input), 'table.measures');
    if (annex?.type !== 'table') throw new Error('no annex table');
    expect(annex.rows.map((r) => r.key)).toEqual(['ind.1+2+3+4+5', 'ind.6+7+8', 'ind.9+10']);
    expect(annex.rows[0].cells[0].split('\n')).toEqual([
      'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่',
      'ตัวชี้วัดที่ ๒ การใช้งบประมาณ',
      'ตัวชี้วัดที่ ๓ การใช้อำนาจ',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
    ]);
    const all = annex.rows.map((r) => r.cells[1]).join('\n');
    for (const m of measures) expect(all.split(m.measure).length - 1).toBe(1);
  });

  test('the failing agency and seed 001: one row per indicator as before', () => {
    const keysOf = (input: DocInput) => {
      const t = findBlock(buildAnnouncement(input), 'table.measures');
      return t?.type === 'table' ? t.rows.map((r) => r.key) : [];
    };
    expect(keysOf(failingInput())).toEqual(['ind.7', 'ind.9', 'ind.10']);
    expect(keysOf(docInput())).toEqual(['ind.6', 'ind.7', 'ind.8']);
  });
});

describe('the 2569 sample: OIT items below the criterion, a question weak in both parts', () => {
  const sample2569 = (): DocInput => {
    const parsed = parseScores(readFileSync(join(__dirname, '../../examples/sample-2569.txt'), 'utf8'));
    const analysis = analyze(parsed.scores);
    const { catalogue } = catalogueForYear(analysis.year);
    const s = settings({ assessmentYear: analysis.year, planFiscalYear: analysis.year + 1 });
    const measures = suggestMeasures(analysis, [], s, catalogue).map(({ fingerprint: _f, ...m }) => m);
    return { settings: s, analysis, measures, results: [], catalogue, questionScores: parsed.scores.current.questions };
  };

  test('the memo counts weak questions as the plan does (e9 weak in both parts is one question)', () => {
    // Old code: the plan said "มี ๑๑ ข้อ", the memo "๑๒ รายการ" (e9 part 1 and part 2 counted twice).
    const input = sample2569();
    expect(text(buildMeasuresPlan(input), 's2.weak')).toContain('มี ๑๑ ข้อ');
    expect(text(buildAnalysisReport(input), 'part4.1')).toContain('ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ๑๑ ข้อ');
  });

  test('a weak OIT item in a theme table names the measure that answers it', () => {
    // Old code: "ปรับปรุง: ต่ำกว่าเกณฑ์ ๖.๐๖ คะแนน" for o19, though measure ๖ answers it.
    const input = sample2569();
    const rep = buildAnalysisReport(input);
    const theme = findBlock(rep, 'theme.2.table');
    if (theme?.type !== 'table') throw new Error('no theme 2 table');
    const o19 = theme.rows.find((r) => r.cells[2].startsWith('o19'))!;
    const answering = input.measures.filter((m) => m.oitRefs.includes('o19') || m.questions.includes('o19'));
    expect(answering.length).toBeGreaterThan(0);
    expect(answering.map((m) => m.measure)).toContain(o19.cells[4]);
    expect(blockText(theme)).not.toContain('ปรับปรุง:');
  });

  test('says the indicator score and the items, not "no indicator score" nor the instrument score', () => {
    // Old code: "ตัวชี้วัดที่ ๙ … อยู่ในแบบวัด OIT ซึ่งได้ ๘๐.๔๕ คะแนน … (ไม่มีคะแนนรายตัวชี้วัด)" above a table
    // that gives indicator 9 89.47, ผ่าน.
    const area = text(buildMeasuresPlan(sample2569()), 's2.ind9');
    expect(area).toContain('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๘๙.๔๗ คะแนน ไม่ต่ำกว่าค่าเป้าหมาย แต่มีข้อที่ยังไม่ผ่านเกณฑ์ของแบบตรวจ OIT');
    expect(area).not.toContain('ไม่มีคะแนนรายตัวชี้วัด');
    expect(area).not.toContain('๘๐.๔๕');
  });
});

describe('the memo explains the "part 1 / part 2" scores where they first appear', () => {
  test('seed 001: the note follows the first theme table that shows EIT parts', () => {
    // Old code: the note came after the last theme (ประเด็นที่ ๗), ten pages after "๙๕.๒๕ / ๗๗.๐๐" in ประเด็นที่ ๑.
    const k = keys(buildAnalysisReport(docInput()));
    expect(k.indexOf('themes.note')).toBe(k.indexOf('theme.1.table') + 1);
    expect(k.filter((x) => x === 'themes.note')).toHaveLength(1);
  });

  test('2561–2566 (one-part EIT): no note', () => {
    const lines = ['ITA 2565', ...Array.from({ length: 30 }, (_, k) => `i${k + 1}\t${k === 3 ? 70 : 95}`)];
    const parsed = parseScores(lines.join('\n'));
    const analysis = analyze(parsed.scores);
    const input = {
      ...failingInput(),
      analysis,
      catalogue: catalogueForYear(2565).catalogue,
      questionScores: parsed.scores.current.questions,
    };
    expect(keys(buildAnalysisReport(input))).not.toContain('themes.note');
  });
});

describe("the memo's theme tables say a shared score once", () => {
  test('seed 001: o22–o35 all 100.00 reads "ทุกข้อ ๑๐๐.๐๐"; runs with different scores list each', () => {
    // Old code: "o22 ๑๐๐.๐๐, o23 ๑๐๐.๐๐, …, o35 ๑๐๐.๐๐" (twelve lines of a narrow column, a page of the memo).
    const rep = buildAnalysisReport(docInput());
    const rows = rep.blocks.flatMap((b) => (b.type === 'table' && b.key.startsWith('theme.') ? b.rows : []));
    const run = rows.find((r) => r.cells[2] === 'o22–o35')!;
    expect(run.cells[3]).toBe('ทุกข้อ ๑๐๐.๐๐');
    const iit = rows.find((r) => r.cells[2] === 'i1–i3')!;
    expect(iit.cells[3]).toBe('i1 ๙๕.๓๘, i2 ๙๖.๙๒, i3 ๑๐๐.๐๐');
  });
});

describe('the results report with nothing reported yet', () => {
  test('the opening does not announce "as follows" a list of reports that does not exist', () => {
    // Old code: "…บัดนี้ยังไม่มีมาตรการใดรายงานผลการดำเนินการ ดังนี้".
    const intro = text(buildResultsReport(failingInput()), 'intro');
    expect(intro).toMatch(/บัดนี้ยังไม่มีมาตรการใดรายงานผลการดำเนินการ รายละเอียดดังนี้$/);
    // With results reported the opening keeps "ดังนี้" after the counts.
    expect(text(buildResultsReport(docInput()), 'intro')).toMatch(/ยังไม่ได้รายงานผล [๐-๙]+ มาตรการ ดังนี้$/);
  });
});

describe('the analysis memo, ส่วนที่ ๒: each finding says its own thing once', () => {
  test('indicator scores only: the findings name the sub-indicator and its problem, not the score again', () => {
    // Old code: every row began "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๒๖.๐๐ คะแนน ต่ำกว่าค่าเป้าหมาย ๘๕ คะแนน
    // (ไม่มีคะแนนรายข้อ) จึงเสนอมาตรการตามตัวชี้วัดย่อยที่ …": the score is in part 1's table and the
    // missing question scores are said once, in ส่วนที่ ๓.
    const memo = buildAnalysisReport(failingInput());
    const table = memo.blocks.find((b) => b.key === 'table.implementation');
    if (table?.type !== 'table') throw new Error('no implementation table');
    const findings = table.rows.map((r) => r.cells[2]);
    expect(findings.join('\n')).not.toContain('ไม่มีคะแนนรายข้อ');
    expect(findings.filter((c) => c.startsWith('ตัวชี้วัดย่อยที่ ๙.'))).toHaveLength(5);
    expect(findings.some((c) => c.startsWith('ตัวชี้วัดย่อยที่ ๙.๓ การบริหารเงินงบประมาณ: ข้อมูลการใช้จ่ายงบประมาณ'))).toBe(true);
    expect(text(memo, 'part3.1')).toContain('มีเฉพาะคะแนนรายตัวชี้วัด');
  });
});

describe('the results report summary reads as a sentence', () => {
  test('"สรุปความก้าวหน้า ณ วันที่ … มีมาตรการทั้งหมด …", no colon (official register)', () => {
    const summary = text(buildResultsReport(docInput()), 'summary');
    // Old code: "สรุปความก้าวหน้า ณ วันที่ …: มาตรการทั้งหมด ๓ มาตรการ …".
    expect(summary).not.toContain(':');
    expect(summary).toMatch(/^สรุปความก้าวหน้า ณ วันที่ .+ มีมาตรการทั้งหมด ๓ มาตรการ /);
  });
});

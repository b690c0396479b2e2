import { analyze } from '../../src/core/analysis';
import { FRAMEWORK_2567 } from '../../src/core/catalogue';
import { planMeasures } from '../../src/core/measures';
import {
  blockText,
  buildAnalysisReport,
  buildMeasuresPlan,
  buildResultsReport,
  docDigits,
  findBlock,
  MEASURES_TABLE_HEADER,
  modelSignature,
  RESULTS_TABLE_HEADER,
  THEME_TABLE_HEADER,
  validateModel,
  type DocModel,
  type TableBlock,
} from '../../src/core/document';
import { docInput, MEASURES, RESULTS, settings } from './document-fixture';

function table(model: DocModel, key: string): TableBlock {
  const b = findBlock(model, key);
  if (!b || b.type !== 'table') throw new Error(`no table ${key}`);
  return b;
}
const allText = (m: DocModel) => m.blocks.map(blockText).join('\n');
const builders = { plan: buildMeasuresPlan, results: buildResultsReport, analysis: buildAnalysisReport };

describe('document models', () => {
  it.each(Object.entries(builders))('%s: valid, and the same input gives the same model and signature', (_n, build) => {
    const a = build(docInput());
    const b = build(docInput());
    expect(validateModel(a)).toEqual([]);
    expect(modelSignature(a)).toEqual(modelSignature(b));
    expect(a).toEqual(b);
  });

  it('signature does not change when only measure texts or results change', () => {
    const edited = MEASURES.map((m) => ({ ...m, method: m.method + ' (แก้ไข)' }));
    for (const build of Object.values(builders)) {
      expect(modelSignature(build(docInput({ measures: edited, results: [] })))).toEqual(
        modelSignature(build(docInput())),
      );
    }
  });

  it('measures table: verbatim headers, row keys = measure ids, Thai numbering', () => {
    const t = table(buildMeasuresPlan(docInput()), 'table.measures');
    // The published header less its period column (the period is said above the table: measure-cells.ts).
    expect(t.header).toEqual([MEASURES_TABLE_HEADER.filter((h) => h !== 'ระยะเวลาดำเนินการ')]);
    // The header of the plans agencies publish (ita-reference.md, documents table), one line of it.
    expect(MEASURES_TABLE_HEADER.join(' · ')).toBe(
      'มาตรการ/แนวทางการดำเนินงาน · วิธีการดำเนินการ · ผู้รับผิดชอบ · ระยะเวลาดำเนินการ · การติดตามผล',
    );
    expect(t.rows.map((r) => r.key)).toEqual(['M01', 'M02', 'M03']);
    // The measure, then the questions it answers (its links in the sheet) on the same line.
    expect(t.rows[0].cells[0]).toBe('๑. มาตรการปฏิบัติงานและให้บริการตามขั้นตอนและระยะเวลาที่กำหนด สำหรับข้อ e1 และ e2');
    expect(t.rows[2].cells[0].startsWith('๓. ')).toBe(true);
    expect(t.widths).toHaveLength(4);
  });

  it('empty period → the plan fiscal year period, never the impossible same-year range', () => {
    const plan = buildMeasuresPlan(docInput());
    const t = table(plan, 'table.measures');
    // The fiscal year is the period most measures run over: said once above the table; a measure with
    // its own period (typed by the officer: kept, digits converted) says it after its name.
    expect(blockText(findBlock(plan, 's3.intro')!)).toContain(
      'ระยะเวลาดำเนินการ ๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘ เว้นแต่มาตรการที่ระบุระยะเวลาไว้ ดังนี้',
    );
    expect(t.rows[0].cells[0]).not.toContain('(ระยะเวลา');
    expect(t.rows[1].cells[0]).toMatch(/ \(ระยะเวลา ๑ ม\.ค\. ๖๘ – ๓๐ ก\.ย\. ๖๘\)$/);
    const fy2570 = buildMeasuresPlan(docInput({ settings: settings({ planFiscalYear: 2570, thaiDigits: false }) }));
    expect(blockText(findBlock(fy2570, 's3.intro')!)).toContain('ระยะเวลาดำเนินการ 1 ต.ค.69 – 30 ก.ย.70');
    const analysis = buildAnalysisReport(docInput());
    expect(table(analysis, 'table.implementation').rows[0].cells[4]).toBe('๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘');
    expect(allText(analysis)).not.toMatch(/๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๗/);
  });

  it('empty measures sheet → the planned measures of the result, and a warning for the officer (never an instruction in the text)', () => {
    const planned = planMeasures(docInput().analysis, FRAMEWORK_2567).map((p) => p.title);
    for (const [build, key] of [
      [buildMeasuresPlan, 'table.measures'],
      [buildResultsReport, 'table.results'],
      [buildAnalysisReport, 'table.implementation'],
    ] as const) {
      const m = build(docInput({ measures: [], results: [] }));
      const t = table(m, key);
      expect(t.rows.map((r) => r.key)).toEqual(planned.map((_, i) => `M0${i + 1}`));
      expect(t.rows.every((r, i) => r.cells[0].includes(planned[i]))).toBe(true);
      expect(m.warnings.join('\n')).toContain('ยังไม่มีมาตรการ เอกสารนี้จึงใช้มาตรการที่ระบบเสนอ');
      expect(JSON.stringify(m.blocks)).not.toMatch(/เพิ่มมาตรการในชีต|ชีต มาตรการ/);
    }
  });

  it('no measures and no scores at all → one merged row stating the fact, not an empty table', () => {
    const none = analyze({
      current: { year: 2567, overall: null, instruments: {}, indicators: {}, questions: [] },
      history: [],
    });
    for (const [build, key] of [
      [buildMeasuresPlan, 'table.measures'],
      [buildResultsReport, 'table.results'],
      [buildAnalysisReport, 'table.implementation'],
    ] as const) {
      const t = table(build(docInput({ analysis: none, measures: [], results: [], questionScores: [] })), key);
      expect(t.rows).toHaveLength(1);
      expect(t.rows[0]).toMatchObject({ key: 'placeholder', mergeAll: true });
      expect(t.rows[0].cells[0]).toBe('ยังไม่มีมาตรการ');
      expect(t.rows[0].cells).toHaveLength(t.widths.length);
    }
  });

  it('Thai digits on: generated and user text use ๐–๙; codes and URLs keep their digits', () => {
    const plan = buildMeasuresPlan(docInput());
    const text = allText(plan);
    expect(text).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
    expect(text).toContain('มีคะแนนรวม ๙๕.๑๑ คะแนน');
    expect(text).toContain('รายงานผลต่อนายกเทศมนตรีทุก ๓ เดือน'); // user text converted
    expect(text).toContain('https://www.ko.go.th/2568'); // URL untouched
    expect(text).toContain('e4\tหน่วยงานมีช่องทางการเผยแพร่');
    expect(text.replace(/https?:\/\/\S+/g, '').replace(/\b[ieo]\d{1,2}\b/gi, '')).not.toMatch(/[0-9]/);
  });

  it('Thai digits off: no Thai digit anywhere, even in text typed with Thai digits', () => {
    const s = settings({ thaiDigits: false });
    const measures = [{ ...MEASURES[0], followUp: 'รายงานทุก ๓ เดือน' }];
    for (const build of Object.values(builders)) {
      const text = allText(build(docInput({ settings: s, measures })));
      expect(text).not.toMatch(/[๐-๙]/);
    }
    expect(allText(buildMeasuresPlan(docInput({ settings: s, measures })))).toContain('รายงานทุก 3 เดือน');
  });

  it('docDigits converts both ways and keeps addresses and codes', () => {
    expect(docDigits('ข้อ 1. ดู www.a1.go.th หรือ x1@a.co และ o25', true)).toBe(
      'ข้อ ๑. ดู www.a1.go.th หรือ x1@a.co และ o25',
    );
    expect(docDigits('๑ ต.ค.๖๗ และ e9', false)).toBe('1 ต.ค.67 และ e9');
  });

  it('indicator table: 10 rows keyed by number, the target named once in the header, the comparison in words, never a sign', () => {
    const t = table(buildMeasuresPlan(docInput()), 'table.indicators');
    expect(t.header[0]).toEqual(['ที่', 'ตัวชี้วัด', 'แบบวัด', 'คะแนน', 'เทียบกับค่าเป้าหมาย (๘๕ คะแนน)', 'ผลการประเมิน']);
    expect(t.rows.map((r) => r.key)).toEqual(Array.from({ length: 10 }, (_, i) => `ind.${i + 1}`));
    expect(t.rows[7].cells).toEqual(['๘', 'การปรับปรุงการทำงาน', 'EIT', '๘๓.๘๓', 'ต่ำกว่า ๑.๑๗', 'ไม่ผ่าน']);
    expect(t.rows[0].cells[4]).toBe('สูงกว่า ๑๒.๔๓');
    expect(t.rows[0].cells[5]).toBe('ผ่าน');
    const weak = table(buildMeasuresPlan(docInput()), 'table.weak');
    expect(weak.header[0][4]).toBe('ต่ำกว่าเกณฑ์');
    expect(weak.rows.find((r) => r.key === 'q.e9.1')!.cells[4]).toBe('๒๒.๕๐');
    for (const build of Object.values(builders))
      expect(allText(build(docInput()))).not.toMatch(/[+\-−][๐-๙0-9]+\.[๐-๙0-9]{2}/);
  });

  it('what passes is stated exactly: EIT passes but its part 2 (82.44) and indicator 8 do not', () => {
    const overall = blockText(findBlock(buildMeasuresPlan(docInput()), 's1.overall')!);
    expect(overall).not.toContain('ทุกแบบวัด');
    expect(overall).toContain('แบบวัดที่มีคะแนนไม่ต่ำกว่าค่าเป้าหมาย ได้แก่ IIT');
    expect(overall).toContain('แต่ EIT ส่วนที่ ๒ (๘๒.๔๔ คะแนน) ต่ำกว่าค่าเป้าหมาย');
    expect(overall).toContain('ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน (๘๓.๘๓ คะแนน)');
  });

  it('plan section 2 lists each weak question once; section 3 names the questions each measure answers', () => {
    const input = docInput();
    const plan = buildMeasuresPlan(input);
    const keys = plan.blocks.map((b) => b.key);
    // The weak questions sit under section 2, before section 3; no paragraph repeats them.
    expect(keys.indexOf('s2')).toBeLessThan(keys.indexOf('s2.weak'));
    expect(keys.indexOf('s2.weak')).toBe(keys.indexOf('table.weak') - 1);
    expect(keys.indexOf('table.weak')).toBeLessThan(keys.indexOf('s3'));
    expect(keys.filter((k) => /^s2\.e/.test(k))).toEqual([]);
    const weak = table(plan, 'table.weak');
    expect(weak.header[0]).toEqual(['ข้อ', 'ข้อคำถาม', 'ส่วนที่', 'คะแนน', 'ต่ำกว่าเกณฑ์']);
    // e9 is answered by no measure of the sheet: the sentence does not claim every question is.
    expect(blockText(findBlock(plan, 's2.weak')!)).toBe('ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ๘๕ คะแนน มี ๘ ข้อ ดังนี้');
    const linked = buildMeasuresPlan(
      docInput({ measures: [...MEASURES, { ...MEASURES[0], id: 'M04', questions: ['e9'] }] }),
    );
    expect(blockText(findBlock(linked, 's2.weak')!)).toBe(
      'ข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์ ๘๕ คะแนน มี ๘ ข้อ ซึ่งกำหนดมาตรการแก้ไขไว้ในข้อ ๓ ทุกข้อ ดังนี้',
    );
    const measures = table(plan, 'table.measures').rows.map((r) => r.cells[0]);
    expect(measures[1]).toMatch(/ สำหรับข้อ e4 e5 และ e6 \(ระยะเวลา [^)]+\)$/);
    expect(measures[2]).toMatch(/ สำหรับข้อ e7 และ e8$/);
    const all = allText(plan);
    for (const w of input.analysis.weakQuestions) {
      expect(all.split(w.text).length - 1).toBe(1); // the question text once in the plan
    }
  });

  it('the plan overall paragraph reads in official register', () => {
    const plan = buildMeasuresPlan(docInput());
    const overall = blockText(findBlock(plan, 's1.overall')!);
    expect(overall).not.toMatch(/ผ่านดี”? ผ่าน/); // "อยู่ในระดับ ผ่านดี ผ่านค่าเป้าหมาย" stuttered
    expect(overall).toContain('อยู่ในระดับ “ผ่านดี” ไม่ต่ำกว่าค่าเป้าหมาย ๘๕ คะแนน');
    expect(overall).toContain('ส่วนที่ ๑ ได้ ๙๒.๗๒ คะแนน ส่วนที่ ๒ ได้ ๘๒.๔๔ คะแนน');
  });

  it('"พ.ศ." is never separated from its year: a non-breaking space in every document', () => {
    for (const thaiDigits of [true, false]) {
      for (const build of Object.values(builders)) {
        const text = allText(build(docInput({ settings: settings({ thaiDigits }) })));
        expect(text).toContain('พ.ศ.\u00a0');
        expect(text).not.toMatch(/พ\.ศ\.[ \t\n]*[0-9๐-๙]/);
      }
    }
  });

  it('results report: verbatim headers, joined by measure id, missing result says so, progress counted', () => {
    const rep = buildResultsReport(docInput());
    const t = table(rep, 'table.results');
    expect(t.header).toEqual([RESULTS_TABLE_HEADER.filter((h) => h !== 'ระยะเวลา')]);
    // Seed 002's header line, tab-separated as the seed holds it.
    expect(RESULTS_TABLE_HEADER.join('\t')).toBe(
      'มาตรการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tผลการดำเนินการ\tผลลัพธ์หรือความสำเร็จ',
    );
    expect(t.rows.map((r) => r.key)).toEqual(['M01', 'M02', 'M03']);
    expect(t.rows[0].cells[3]).toContain('ปรับปรุงคู่มือการให้บริการ เมื่อวันที่ ๙ ม.ค. ๖๘');
    expect(t.rows[0].cells[3]).toContain('หลักฐาน: คำสั่งเทศบาลตำบลก้อ ที่ ๙๘๔/๒๕๖๗');
    expect(t.rows[1].cells[3]).toBe('ยังไม่ได้รายงานผล');
    expect(t.rows[2].cells[4]).toBe('ประชาชนร่วมแสดงความคิดเห็น ๑๒๐ คน');
    const summary = blockText(findBlock(rep, 'summary')!);
    expect(summary).toContain('มาตรการทั้งหมด ๓ มาตรการ ดำเนินการแล้วเสร็จ ๑ มาตรการ อยู่ระหว่างดำเนินการ ๑ มาตรการ');
    expect(summary).toContain('ยังไม่ได้รายงานผล ๑ มาตรการ');
    const intro = blockText(findBlock(rep, 'intro')!);
    expect(intro).toMatch(
      /^ตามที่เทศบาลตำบลก้อได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส \(ITA\) ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๗ มีคะแนนรวม ๙๕.๑๑ คะแนน อยู่ในระดับ “ผ่านดี”/,
    );
    expect(intro).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
  });

  it('results report: results joined by id whatever their order; an unknown id is a warning', () => {
    const rep = buildResultsReport(
      docInput({ results: [{ ...RESULTS[1] }, { ...RESULTS[0] }, { ...RESULTS[0], measureId: 'M99' }] }),
    );
    const t = table(rep, 'table.results');
    expect(t.rows[0].cells[4]).toBe('ผู้รับบริการทราบขั้นตอนและระยะเวลาชัดเจน');
    expect(rep.warnings.join(' ')).toContain('"M99"');
  });

  it('analysis report: a theme table per theme, EIT scores as part 1 / part 2, keep vs fix', () => {
    const rep = buildAnalysisReport(docInput());
    expect(rep.page.orientation).toBe('landscape');
    const themes = rep.blocks.filter((b) => b.type === 'heading' && /^theme\.\d+$/.test(b.key));
    expect(themes).toHaveLength(7);
    expect(blockText(themes[0])).toBe('ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    const t = table(rep, 'theme.1.table');
    expect(t.header).toEqual([THEME_TABLE_HEADER]);
    const e1 = t.rows.find((r) => r.key === 'q.e1')!;
    expect(e1.cells[3]).toBe('๙๕.๒๕ / ๗๗.๐๐');
    expect(e1.cells[4]).not.toBe('รักษาระดับ');
    // Questions that hold, in a row: one row, "รักษาระดับ" once, every score kept, no question text.
    expect(t.rows.find((r) => r.key === 'q.i1-i3')!.cells.slice(2)).toEqual([
      'i1–i3',
      'i1 ๙๕.๓๘, i2 ๙๖.๙๒, i3 ๑๐๐.๐๐',
      'รักษาระดับ',
    ]);
    // A question text is printed once in the report: theme 2 names e1 by its code.
    expect(table(rep, 'theme.2.table').rows.find((r) => r.key === 'q.e1')!.cells[2]).toBe('e1');
    const prose = blockText(findBlock(rep, 'theme.1.prose')!);
    expect(prose).toContain('ข้อ e1 ส่วนที่ ๒ ได้ ๗๗.๐๐ คะแนน (ต่ำกว่าเกณฑ์ ๘.๐๐ คะแนน)');
    expect(prose).toContain('มาตรการปฏิบัติงานและให้บริการตามขั้นตอนและระยะเวลาที่กำหนด');
    const impl = table(rep, 'table.implementation');
    expect(impl.header[1]).toEqual(['', 'ข้อคำถาม ITA', 'ข้อค้นพบ', '', '']);
    // The measures' steps are not copied here: the plan carries them.
    expect(allText(rep)).not.toContain(MEASURES[0].method.split('\n')[0].replace(/^1\. /, ''));
    expect(impl.rows.map((r) => r.key)).toEqual(['M01', 'M02', 'M03']);
  });

  it('orientation: plan portrait, reports landscape; Thai official margins', () => {
    expect(buildMeasuresPlan(docInput()).page).toEqual({
      size: 'A4',
      orientation: 'portrait',
      marginsMm: { top: 25, right: 20, bottom: 20, left: 30 },
      pageNumbers: 'thai',
    });
    expect(buildResultsReport(docInput()).page.orientation).toBe('landscape');
    expect(buildResultsReport(docInput({ settings: settings({ thaiDigits: false }) })).page.pageNumbers).toBe('arabic');
  });

  it('a cell with thousands of characters is kept whole', () => {
    const long = 'ก'.repeat(20000);
    const t = table(buildMeasuresPlan(docInput({ measures: [{ ...MEASURES[0], method: long }] })), 'table.measures');
    expect(t.rows[0].cells[1]).toHaveLength(20000);
  });

  it('duplicate or empty measure ids are reported', () => {
    const plan = buildMeasuresPlan(
      docInput({ measures: [MEASURES[0], { ...MEASURES[1], id: 'M01' }, { ...MEASURES[2], id: '' }] }),
    );
    expect(plan.warnings.join('\n')).toMatch(/"M01" ซ้ำกัน/);
    expect(plan.warnings.join('\n')).toMatch(/แถวที่ 3 ไม่มีรหัสมาตรการ/);
  });
});

describe('the results report opening follows its rows', () => {
  const intro = (input: Parameters<typeof buildResultsReport>[0]) =>
    blockText(findBlock(buildResultsReport(input), 'intro')!);

  it('counts reported measures by status and those not yet reported', () => {
    const t = intro(docInput());
    expect(t).toContain('จำนวน ๓ มาตรการ ระยะเวลาดำเนินการ ๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘ เว้นแต่มาตรการที่ระบุระยะเวลาไว้ นั้น');
    expect(t).toContain('นั้น บัดนี้รายงานผลการดำเนินการแล้ว ๒ มาตรการ');
    expect(t).toContain('(ดำเนินการแล้วเสร็จ ๑ มาตรการ และ อยู่ระหว่างดำเนินการ ๑ มาตรการ)');
    expect(t).toContain('และยังไม่ได้รายงานผล ๑ มาตรการ');
  });

  it('never says results were published when no row is reported', () => {
    const t = intro(docInput({ results: [] }));
    expect(t).toContain('ยังไม่มีมาตรการใดรายงานผลการดำเนินการ');
    expect(t).not.toMatch(/เปิดเผยผลการดำเนินการ|รายงานผลการดำเนินการแล้ว/);
    expect(intro(docInput({ measures: [], results: [] }))).toContain('ยังไม่มีมาตรการ');
  });
});

describe('the analysis report is a บันทึกข้อความ', () => {
  it('head, background, parts 3 and 4, closing, and the approval chain of the ปลัด and the นายก', () => {
    const rep = buildAnalysisReport(docInput());
    const keys = rep.blocks.map((b) => b.key);
    expect(keys.slice(0, 7)).toEqual([
      'memo',
      'memo.from',
      'memo.ref',
      'memo.subject',
      'memo.to',
      'background',
      'background.text',
    ]);
    const text = (k: string) => blockText(findBlock(rep, k)!);
    expect(text('memo')).toBe('บันทึกข้อความ');
    expect(text('memo.from')).toBe('ส่วนราชการ เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน');
    expect(text('memo.ref')).toMatch(/^ที่ \.+ วันที่ ๑๕ ตุลาคม ๒๕๖๗$/);
    expect(text('memo.subject')).toMatch(/^เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรม.*ประจำปีงบประมาณ พ\.ศ\.\u00a0๒๕๖๗$/);
    expect(text('memo.to')).toBe('เรียน ปลัดเทศบาลตำบลก้อ / นายกเทศมนตรีตำบลก้อ');
    expect(text('background.text')).toMatch(/^ตามที่ สำนักงาน ป\.ป\.ช\. ได้ประเมิน/);
    expect(keys).toEqual(expect.arrayContaining(['part3', 'part3.1', 'part4', 'part4.1', 'memo.closing']));
    expect(keys.indexOf('part2')).toBeLessThan(keys.indexOf('part3'));
    expect(keys.indexOf('part3')).toBeLessThan(keys.indexOf('part4'));
    expect(keys.slice(keys.indexOf('memo.closing'))).toEqual([
      'memo.closing',
      'signature',
      'approval.permanent.opinion',
      'approval.permanent.line1',
      'approval.permanent.line2',
      'approval.permanent.signature',
      'approval.chief.opinion',
      'approval.chief.line1',
      'approval.chief.line2',
      'approval.chief.signature',
    ]);
    expect(findBlock(rep, 'approval.chief.signature')).toMatchObject({ position: 'นายกเทศมนตรีตำบลก้อ', signLine: true });
    expect(findBlock(rep, 'signature')).toMatchObject({ name: 'นางสาวภาวิณี แท้คำ' });
  });

  it('without a date: a fill-in line and a warning; an อบต. gets its own executives', () => {
    const rep = buildAnalysisReport(
      docInput({ settings: settings({ documentDate: null, agencyName: 'องค์การบริหารส่วนตำบลทดสอบ' }) }),
    );
    expect(blockText(findBlock(rep, 'memo.ref')!)).toMatch(/วันที่ \.+ \.+ \.+$/);
    expect(rep.warnings.join('\n')).toContain('ยังไม่ได้ระบุวันที่ของเอกสาร');
    expect(blockText(findBlock(rep, 'memo.to')!)).toBe('เรียน ปลัดองค์การบริหารส่วนตำบลทดสอบ / นายกองค์การบริหารส่วนตำบลทดสอบ');
  });
});

import { analyze } from '../../src/core/analysis';
import {
  ANNOUNCEMENT_TABLE_HEADER,
  blockText,
  buildAnnouncement,
  findBlock,
  modelSignature,
  SIGNER_PLACEHOLDER,
  FILL_DATE_ANNOUNCEMENT,
  FILL_NAME,
  FILL_POSITION,
  IDENTITY_WARNINGS,
  validateModel,
  type DocModel,
  type TableBlock,
} from '../../src/core/document';
import { docInput, MEASURES, settings } from './document-fixture';

function table(model: DocModel): TableBlock {
  const b = findBlock(model, 'table.measures');
  if (!b || b.type !== 'table') throw new Error('no measures table');
  return b;
}
const text = (m: DocModel, key: string) => {
  const b = findBlock(m, key);
  if (!b) throw new Error(`no block ${key}`);
  return blockText(b);
};
const allText = (m: DocModel) => m.blocks.map(blockText).join('\n');

describe('the announcement (ประกาศ)', () => {
  it('is a valid portrait model with unique keys, and the same input gives the same model', () => {
    const m = buildAnnouncement(docInput());
    expect(m.kind).toBe('announcement');
    expect(m.page.orientation).toBe('portrait');
    expect(validateModel(m)).toEqual([]);
    expect(new Set(m.blocks.map((b) => b.key)).size).toBe(m.blocks.length);
    expect(buildAnnouncement(docInput())).toEqual(m);
    expect(m.warnings).toEqual([]);
  });

  it('runs title → subject → body → closing → date → signature → page break → annex → table', () => {
    const m = buildAnnouncement(docInput());
    expect(modelSignature(m)).toEqual([
      'heading:title',
      'heading:title.1',
      'paragraph:body',
      'paragraph:closing',
      'paragraph:date',
      'signature:signature',
      'pageBreak:annex.break',
      'heading:annex',
      'heading:annex.1',
      'table:table.measures[2]',
    ]);
    expect(text(m, 'title')).toBe('ประกาศเทศบาลตำบลก้อ');
    expect(text(m, 'title.1')).toBe('เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
    expect(text(m, 'closing')).toBe('จึงประกาศให้ทราบโดยทั่วกัน');
    expect(text(m, 'annex')).toBe('แนบท้ายประกาศเทศบาลตำบลก้อ');
  });

  it('the body gives the assessment year, the overall score and level, and the plan year', () => {
    const body = text(buildAnnouncement(docInput()), 'body');
    expect(body).toContain('(ITA) ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๗');
    expect(body).toContain('มีคะแนนรวม ๙๕.๑๑ คะแนน');
    expect(body).toContain(`อยู่ในระดับ “${docInput().analysis.overall.level}”`);
    expect(docInput().analysis.overall.level).toBeTruthy();
    expect(body).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
    expect(body).toContain('แนบท้ายประกาศ');
  });

  it('the date line is the document date of the settings, never the day of the run', () => {
    const m = buildAnnouncement(
      docInput({
        settings: settings({ documentDate: { year: 2568, month: 1, day: 6 } }),
      }),
    );
    expect(text(m, 'date')).toBe('ประกาศ ณ วันที่ ๖ เดือน มกราคม พ.ศ.\u00a0๒๕๖๘');
    expect(m.warnings).toEqual([]);
    const arabic = buildAnnouncement(docInput({ settings: settings({ thaiDigits: false }) }));
    expect(text(arabic, 'date')).toBe('ประกาศ ณ วันที่ 15 เดือน ตุลาคม พ.ศ.\u00a02567');
  });

  it('without a document date: a fill-in line and a warning; outside the plan year: a warning', () => {
    const none = buildAnnouncement(docInput({ settings: settings({ documentDate: null }) }));
    expect(text(none, 'date')).toBe(`ประกาศ ณ ${FILL_DATE_ANNOUNCEMENT}`);
    expect(none.warnings).toEqual([IDENTITY_WARNINGS.noDate]);
    const late = buildAnnouncement(
      docInput({ settings: settings({ documentDate: { year: 2569, month: 12, day: 6 } }) }),
    );
    expect(late.warnings.join('\n')).toContain('อยู่นอกปีงบประมาณ พ.ศ. 2568');
    const early = buildAnnouncement(
      docInput({ settings: settings({ documentDate: { year: 2567, month: 9, day: 30 } }) }),
    );
    expect(early.warnings).toHaveLength(1);
  });

  it('without an agency: a fill-in line, never a stand-in word, and a warning', () => {
    const m = buildAnnouncement(docInput({ settings: settings({ agencyName: '  ' }) }));
    expect(text(m, 'title')).toBe(`ประกาศ${FILL_NAME}`);
    expect(allText(m)).not.toMatch(/ประกาศหน่วยงาน|ของหน่วยงาน /);
    expect(m.warnings).toContain(IDENTITY_WARNINGS.noAgency);
  });

  it('the signature is the signer from the settings, or dotted placeholders', () => {
    const signed = findBlock(buildAnnouncement(docInput()), 'signature');
    expect(signed).toMatchObject({
      type: 'signature',
      name: 'นางสาวภาวิณี แท้คำ',
      position: 'นักวิเคราะห์นโยบายและแผน',
      signLine: true,
    });
    const blank = findBlock(
      buildAnnouncement(docInput({ settings: settings({ signerName: ' ', signerPosition: '' }) })),
      'signature',
    );
    expect(blank).toMatchObject({ type: 'signature', name: SIGNER_PLACEHOLDER, position: FILL_POSITION });
  });

  it('the annex table: verbatim headers, one row per indicator with its measures under it', () => {
    const t = table(buildAnnouncement(docInput()));
    expect(t.header).toEqual([['ตัวชี้วัด', 'มาตรการที่ต้องดำเนินการ']]);
    expect(ANNOUNCEMENT_TABLE_HEADER).toEqual(['ตัวชี้วัด', 'มาตรการที่ต้องดำเนินการ']);
    expect(t.rows.map((r) => r.key)).toEqual(['ind.6', 'ind.7', 'ind.8']);
    expect(t.rows[2].cells).toEqual(['ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน', '๓. มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม']);
    expect(t.rows[0].cells[0]).toMatch(/^ตัวชี้วัดที่ ๖ \S/);
    // Seven measures on indicators 8, 8, 8, 6, 7, 6, 7: three rows, each indicator once.
    const ind = [8, 8, 8, 6, 7, 6, 7];
    const seven = ind.map((n, i) => ({
      ...MEASURES[0],
      id: `M0${i + 1}`,
      measure: `มาตรการ ${i + 1}`,
      indicators: [n],
    }));
    const g = table(buildAnnouncement(docInput({ measures: seven })));
    expect(g.rows.map((r) => r.key)).toEqual(['ind.6', 'ind.7', 'ind.8']);
    expect(g.rows[0].cells[1]).toBe('๔. มาตรการ ๔\n๖. มาตรการ ๖');
    expect(g.rows[2].cells[1]).toBe('๑. มาตรการ ๑\n๒. มาตรการ ๒\n๓. มาตรการ ๓');
  });

  it('a measure without indicators takes them from its questions; neither gives "-"', () => {
    const measures = [
      { ...MEASURES[0], indicators: [], questions: ['e7'] },
      { ...MEASURES[1], indicators: [], questions: [] },
    ];
    const t = table(buildAnnouncement(docInput({ measures })));
    expect(t.rows[0].cells[0]).toBe('ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน');
    expect(t.rows[1]).toMatchObject({ key: 'ind.none', cells: ['-', '๒. มาตรการเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย'] });
  });

  it('no measures: one merged placeholder row; duplicate ids: a Thai warning', () => {
    const none = analyze({
      current: { year: 2567, overall: null, instruments: {}, indicators: {}, questions: [] },
      history: [],
    });
    const empty = table(buildAnnouncement(docInput({ analysis: none, measures: [], questionScores: [] })));
    expect(empty.rows).toHaveLength(1);
    expect(empty.rows[0]).toMatchObject({ key: 'placeholder', mergeAll: true });
    expect(empty.rows[0].cells).toHaveLength(2);
    const dup = buildAnnouncement(docInput({ measures: [MEASURES[0], { ...MEASURES[1], id: 'M01' }] }));
    expect(dup.warnings.join('\n')).toContain('"M01" ซ้ำกัน');
  });

  it('digits follow the settings: Thai only, or Arabic only', () => {
    const thai = allText(buildAnnouncement(docInput())).replace(
      /(?<![A-Za-z0-9])[ieoIEO]\d{1,2}(?![0-9])|https?:\/\/\S+/g,
      '',
    );
    expect(thai).toMatch(/[๐-๙]/);
    expect(thai).not.toMatch(/[0-9]/);
    const arabic = allText(buildAnnouncement(docInput({ settings: settings({ thaiDigits: false }) })));
    expect(arabic).not.toMatch(/[๐-๙]/);
    expect(arabic).toContain('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน');
    expect(arabic).toContain('95.11');
  });
});

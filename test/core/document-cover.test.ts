// Issue 13: the measures plan and the results report open with a cover page, as agencies publish them:
// the title, the agency, "อำเภอ… จังหวัด…", the fiscal year and the OIT item, then a page break. A
// missing setting leaves its line out (never a dotted fill-in line on a cover); the keys name each
// line's role so regenerating keeps them. The memo and the announcement have no cover.
import {
  blockText,
  buildAnalysisReport,
  buildAnnouncement,
  buildMeasuresPlan,
  buildResultsReport,
  modelSignature,
  type DocModel,
} from '../../src/core/document';
import { FILL_NAME, IDENTITY_WARNINGS } from '../../src/core/document/identity';
import { layoutModel } from '../../src/core/document/layout';
import { DOCX_STYLE, GOOGLE_DOCS_STYLE } from '../../src/core/document/model';
import { docInput, settings } from './document-fixture';

const coverOf = (m: DocModel) => m.blocks.slice(0, m.blocks.findIndex((b) => b.key === 'cover.break') + 1);
const withSettings = (over: Parameters<typeof settings>[0]) => docInput({ settings: settings(over) });

describe.each([
  ['measures plan', buildMeasuresPlan, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'o34'],
  ['results report', buildResultsReport, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'o35'],
] as const)('the %s cover', (_name, build, title, item) => {
  it('is the first page: title, agency, district and province, fiscal year, the OIT item, a page break', () => {
    const cover = coverOf(build(withSettings({ district: 'ลี้', province: 'ลำพูน' })));
    expect(cover.map((b) => b.key)).toEqual([
      'title',
      'title.1',
      'title.location',
      'title.2',
      'title.item',
      'cover.break',
    ]);
    expect(cover.map(blockText).slice(0, 4)).toEqual([
      title,
      'เทศบาลตำบลก้อ',
      'อำเภอลี้ จังหวัดลำพูน',
      'ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘',
    ]);
    expect(blockText(cover[4])).toContain(item);
    expect(cover[5].type).toBe('pageBreak');
  });

  it('sets its title down the page, not against the top margin, in both renderers', () => {
    const model = build(docInput());
    for (const style of [DOCX_STYLE, GOOGLE_DOCS_STYLE]) {
      const layout = layoutModel(model, style);
      expect(layout.paragraphs.get('title')!.beforePt).toBe(160);
      expect(layout.paragraphs.get('title.1')!.beforePt).toBe(0); // the lines under it follow it
    }
  });

  it('leaves out a line whose setting is missing; the other lines keep their keys', () => {
    const full = build(withSettings({ district: 'ลี้', province: 'ลำพูน' }));
    const bare = build(withSettings({ agencyName: '', district: '', province: '' }));
    expect(coverOf(bare).map((b) => b.key)).toEqual(['title', 'title.2', 'title.item', 'cover.break']);
    expect(coverOf(bare).map(blockText).join('\n')).not.toContain(FILL_NAME);
    expect(bare.warnings).toContain(IDENTITY_WARNINGS.noAgency);
    // The province alone: "จังหวัดลำพูน", under the same key.
    const province = coverOf(build(withSettings({ district: '', province: 'ลำพูน' })));
    expect(province.find((b) => b.key === 'title.location') && blockText(province[2])).toBe('จังหวัดลำพูน');
    // Regenerating after the district and the agency are filled in only adds their lines.
    const keysOf = (m: DocModel) => modelSignature(m);
    expect(keysOf(full).filter((k) => !keysOf(bare).includes(k))).toEqual([
      'heading:title.1',
      'heading:title.location',
    ]);
  });
});

it('the memo and the announcement have no cover (a บันทึกข้อความ and a ประกาศ open on their heading)', () => {
  for (const m of [buildAnalysisReport(docInput()), buildAnnouncement(docInput())]) {
    expect(m.blocks.some((b) => b.key === 'cover.break')).toBe(false);
    expect(m.blocks[0].type).not.toBe('pageBreak');
  }
});

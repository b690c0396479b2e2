// Issue 13: the cover of the measures plan in Google Docs, regenerated in place: its page break is
// written (DocumentApp's Paragraph.appendPageBreak), and filling in the district and province later
// inserts that one line; the other cover lines, their keys and the comments on them stay.
import type { Fakes } from '../../emulator';
import { generateKind } from '../../src/gas/documents/generate';
import { docInput, settings } from '../core/document-fixture';
import { changeableSource, docIdOf, installFakesEach } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const paragraphs = (id: string) => fakes.doc(id).body.getParagraphs();

test('the cover ends with a page break and takes the district and province in place when they come', () => {
  const src = changeableSource(docInput({ settings: settings({ district: '', province: '' }) }));
  const id = docIdOf(generateKind('measures-plan', src));
  const before = paragraphs(id).map((p) => p.getText());
  expect(before.slice(0, 2)).toEqual(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'เทศบาลตำบลก้อ']);
  expect(before.some((t) => t.startsWith('อำเภอ'))).toBe(false);
  const breakAt = paragraphs(id).findIndex(
    (p) =>
      p.getNumChildren() > 0 &&
      String(p.getChild(p.getNumChildren() - 1).getType()) === String(DocumentApp.ElementType.PAGE_BREAK),
  );
  expect(breakAt).toBe(4); // title, agency, fiscal year, OIT item, then the break
  const onAgency = fakes.addComment(id, { content: 'ชื่อถูกต้อง', anchorText: 'เทศบาลตำบลก้อ', author: 'ปลัด' });

  src.input = docInput({ settings: settings({ district: 'ลี้', province: 'ลำพูน' }) });
  const r = generateKind('measures-plan', src);
  expect(r.action).toBe('updated');
  expect(docIdOf(r)).toBe(id);
  expect(
    paragraphs(id)
      .map((p) => p.getText())
      .slice(0, 4),
  ).toEqual([
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    'เทศบาลตำบลก้อ',
    'อำเภอลี้ จังหวัดลำพูน',
    'ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘',
  ]);
  expect(fakes.isCommentAttached(onAgency)).toBe(true);
  expect(generateKind('measures-plan', src).action).toBe('unchanged');
});

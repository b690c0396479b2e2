// The fakes detach comments as Google Docs does: replacing an element's text (setText/replaceText)
// detaches comments anchored in it; inserting/deleting a range outside the anchor keeps them.
import type { Fakes } from '../../emulator';
import { installFakesEach } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

function docWith(text: string) {
  const doc = DocumentApp.create('t');
  const p = doc.getBody().getChild(0).asParagraph();
  p.setText(text);
  const c = fakes.addComment(doc.getId(), { content: 'ดี', anchorText: 'มาตรการทั้งหมด' });
  return { p, c };
}

describe('comment anchors in the fakes', () => {
  test('Paragraph.setText detaches even when the quoted text survives', () => {
    const { p, c } = docWith('สรุป ณ วันที่ 10: มาตรการทั้งหมด 7');
    expect(fakes.isCommentAttached(c)).toBe(true);
    p.setText('สรุป ณ วันที่ 11: มาตรการทั้งหมด 7');
    expect(fakes.isCommentAttached(c)).toBe(false);
  });

  test('replaceText detaches', () => {
    const { p, c } = docWith('สรุป 10: มาตรการทั้งหมด 7');
    p.replaceText('10', '11');
    expect(fakes.isCommentAttached(c)).toBe(false);
  });

  test('insertText/deleteText outside the anchor keep it (and move it)', () => {
    const { p, c } = docWith('สรุป 10: มาตรการทั้งหมด 7');
    const t = p.editAsText();
    t.deleteText(5, 6); // "10"
    t.insertText(5, '123');
    t.deleteText(p.getText().length - 1, p.getText().length - 1);
    t.insertText(p.getText().length, '9');
    expect(p.getText()).toBe('สรุป 123: มาตรการทั้งหมด 9');
    expect(fakes.isCommentAttached(c)).toBe(true);
  });

  test('a deletion overlapping the anchor detaches it', () => {
    const { p, c } = docWith('สรุป: มาตรการทั้งหมด 7');
    p.editAsText().deleteText(6, 8);
    expect(fakes.isCommentAttached(c)).toBe(false);
  });
});

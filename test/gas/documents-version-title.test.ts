// Version titles follow the document's digit setting: "… ๒๕๖๘ (ฉบับที่ ๒)", never mixed.
import { versionTitle } from '../../src/core/document/messages';

test('version number in the digit set of the document', () => {
  expect(versionTitle('แผน ปีงบประมาณ ๒๕๖๘', 2, true)).toBe('แผน ปีงบประมาณ ๒๕๖๘ (ฉบับที่ ๒)');
  expect(versionTitle('แผน ปีงบประมาณ 2568', 12, false)).toBe('แผน ปีงบประมาณ 2568 (ฉบับที่ 12)');
  expect(versionTitle('แผน', 1, true)).toBe('แผน');
});

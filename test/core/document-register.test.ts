// Official register in every generated text: no word of the informal list (src/core/document/register.ts)
// in any block of any document (seed 001 as the demo makes it, the fixture, both digit settings), nor in
// any recommendation the measures are written from.
import { blockText, DOC_KINDS } from '../../src/core/document';
import { informalWords, INFORMAL_WORDS } from '../../src/core/document/register';
import { INDICATOR_ADVICE, MAINTAIN_ADVICE, OIT_ADVICE, RECOMMENDATIONS_2567 } from '../../src/core/recommendations';
import { docInput, settings } from './document-fixture';
import { seed001Input } from '../../scripts/seed-001';

const inputs = {
  'seed 001 (demo)': seed001Input(),
  'seed 001, Arabic digits': seed001Input({ thaiDigits: false }),
  fixture: docInput(),
  'fixture, no agency, no signer, no date': docInput({
    settings: settings({ agencyName: '', signerName: '', signerPosition: '', documentDate: null }),
  }),
};

describe('the informal word list', () => {
  test('catches the wording supervisors sent back, and not the official forms', () => {
    for (const bad of ['ทำสื่อที่อ่านง่าย', 'ตรวจให้ระบบ E-Service ใช้งานได้จริง', 'ฝึกเจ้าหน้าที่หน้างาน', 'เขียนข่าวสารให้สั้น', 'ต่างๆ'])
      expect(informalWords(bad)).not.toEqual([]);
    for (const good of ['จัดทำสื่อที่อ่านง่าย', 'ฝึกอบรมเจ้าหน้าที่', 'ต่าง ๆ', 'ตรวจสอบระบบให้พร้อมใช้งาน'])
      expect(informalWords(good)).toEqual([]);
    expect(INFORMAL_WORDS.length).toBeGreaterThan(10);
  });
});

describe.each(Object.entries(inputs))('%s', (_name, input) => {
  test.each(DOC_KINDS.map((d) => [d.kind, d]))('%s: no informal word in any block', (_kind, d) => {
    const model = d.build(input);
    const found = model.blocks.flatMap((b) =>
      informalWords(blockText(b)).map((w) => `${b.key}: ${w.found} → ${w.instead}`),
    );
    expect(found).toEqual([]);
  });
});

/** Every string inside a value (arrays and objects walked). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

test('no recommendation carries an informal word', () => {
  const texts = strings([RECOMMENDATIONS_2567, INDICATOR_ADVICE, MAINTAIN_ADVICE, OIT_ADVICE]);
  expect(texts.length).toBeGreaterThan(100);
  const found = texts.flatMap((t) => informalWords(t).map((w) => `${w.found} → ${w.instead} in "${t.slice(0, 60)}"`));
  expect(found).toEqual([]);
});

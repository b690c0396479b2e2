// A failure partway through applying edits: the doc is said to be PARTLY updated, the log records it,
// and the next run finishes the update.
import type { Fakes } from '../../emulator';
import { FakeTableCell } from '../../emulator/document/elements';
import { generateKind } from '../../src/gas/documents/generate';
import type { GenerateResult } from '../../src/shared/rpc';
import { docInput, MEASURES } from '../core/document-fixture';
import { docIdOf, installFakesEach, liveSource } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

test('partly updated: says so, logs it, and the next run finishes', () => {
  const s = { input: docInput({ settings: { ...docInput().settings, thaiDigits: false } }) };
  const id = docIdOf(generateKind('measures-plan', liveSource(s)));
  const last = MEASURES.length - 1;
  s.input = {
    ...s.input,
    measures: MEASURES.map((m, i) => (i === 0 || i === last ? { ...m, followUp: `ติดตามใหม่ ${i}` } : m)),
  };
  // Apps Script stops after the first cell written (a time-out partway). Set on the prototype directly:
  // FakeTableCell inherits setText, and a restored jest spy would leave an own property behind.
  const proto = FakeTableCell.prototype as unknown as { setText: (t: string) => unknown };
  const orig = proto.setText;
  let n = 0;
  let armed = true; // the counting wrappers of the fakes may hold the replaced function: disarm it too
  proto.setText = function (this: FakeTableCell, t: string) {
    if (armed && ++n > 1) throw new Error('Exceeded maximum execution time');
    return orig.call(this, t);
  };
  let r: GenerateResult;
  try {
    r = generateKind('measures-plan', liveSource(s));
  } finally {
    armed = false;
    proto.setText = orig;
  }
  expect(r.ok).toBe(false);
  expect(r.message).toContain('ได้เพียงบางส่วน (แก้ไขแล้ว 1 จาก 2 รายการ)');
  expect(r.message).toContain('อีกครั้ง');
  expect(r.message).not.toContain('ยังไม่ได้สร้างหรือแก้ไขเอกสาร');
  expect(r.url).toContain(id);
  const log = fakes.spreadsheet
    .getSheetByName('เอกสาร')!
    .getDataRange()
    .getValues()
    .map((row) => row.join('|'))
    .join('\n');
  expect(log).toContain('ปรับปรุงไม่ครบ');

  const table = () => fakes.doc(id).body.getTables()[2];
  const r2 = generateKind('measures-plan', liveSource(s));
  expect(r2).toMatchObject({ ok: true, action: 'updated' });
  const texts = table()._texts();
  expect(texts[1].join('|')).toContain('ติดตามใหม่ 0');
  expect(texts[last + 1].join('|')).toContain(`ติดตามใหม่ ${last}`);
  expect(generateKind('measures-plan', liveSource(s)).action).toBe('unchanged');
  expect(
    fakes.spreadsheet
      .getSheetByName('เอกสาร')!
      .getDataRange()
      .getValues()
      .map((row) => row.join('|'))
      .join('\n'),
  ).not.toContain('ปรับปรุงไม่ครบ');
});

// The results report's summary states the date of the DATA (latest "แก้ไขล่าสุดเมื่อ"), not the clock;
// no document depends on the machine's date (DocInput carries none); a changed number in a paragraph
// edits that number only; the message counts comments honestly.
import type { Fakes } from '../../emulator';
import { generateKind } from '../../src/gas/documents/generate';
import { ALL_DOC_KINDS, buildResultsReport, docKindSpec, type DocInput } from '../../src/core/document';
import { latestDateText } from '../../src/core/document/text';
import { docInput, RESULTS } from '../core/document-fixture';
import { docIdOf, installFakesEach, liveSource } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const arabic = (over: Partial<DocInput> = {}) =>
  docInput({ settings: { ...docInput().settings, thaiDigits: false }, ...over });
/** Fake timers that move the clock only (the fakes' own timers keep running). */
const clockAt = (now: Date) =>
  jest.useFakeTimers({
    now,
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate'],
  });
const summaryOf = (id: string) =>
  fakes
    .doc(id)
    .body.getParagraphs()
    .map((p) => p.getText())
    .find((t) => t.startsWith('สรุปความก้าวหน้า'))!;

describe('results report summary date', () => {
  test('comes from the latest updatedAt of the results (any written form), never from today', () => {
    expect(latestDateText(['2568-01-10', '๒๐ พ.ค. ๖๘', '2025-05-01 10:30', 'ไม่ทราบ', ''], false)).toBe(
      '20 พฤษภาคม 2568',
    );
    expect(latestDateText(['', 'x'], false)).toBe('');
    const a = buildResultsReport(arabic());
    const text = (m: typeof a) => m.blocks.find((x) => x.key === 'summary')!;
    expect(JSON.stringify(text(a))).toContain('ณ วันที่ 20 พฤษภาคม 2568');
    const none = buildResultsReport(arabic({ results: RESULTS.map((r) => ({ ...r, updatedAt: '' })) }));
    expect(JSON.stringify(text(none))).toContain('สรุปความก้าวหน้า มีมาตรการทั้งหมด');
  });

  test('DocInput has no day of the run: a machine date cannot reach a document', () => {
    // @ts-expect-error `today` was removed from DocInput (tsc fails here if it comes back)
    const withToday: DocInput = { ...arabic(), today: { year: 2569, month: 12, day: 6 } };
    expect(Object.keys(arabic())).not.toContain('today');
    expect(withToday).toBeDefined();
  });

  test('every kind is built the same on any day of the machine clock', () => {
    const onDay = (iso: string) => {
      clockAt(new Date(iso));
      try {
        return ALL_DOC_KINDS.map((k) => JSON.stringify(docKindSpec(k)!.build(arabic())));
      } finally {
        jest.useRealTimers();
      }
    };
    expect(onDay('2024-06-30T03:00:00Z')).toEqual(onDay('2027-01-02T03:00:00Z'));
  });

  test('regenerating on a later day changes nothing and keeps the comment on the summary', () => {
    const s = { input: arabic() };
    const id = docIdOf(generateKind('results-report', liveSource(s)));
    const c = fakes.addComment(id, { content: 'ตัวเลขสรุปถูกต้อง', anchorText: 'มาตรการทั้งหมด', author: 'ปลัด' });
    fakes.calls.reset();
    clockAt(new Date(Date.now() + 400 * 86_400_000));
    try {
      expect(generateKind('results-report', liveSource(s)).action).toBe('unchanged');
    } finally {
      jest.useRealTimers();
    }
    expect(fakes.calls.by('Paragraph.setText')).toBe(0);
    expect(fakes.isCommentAttached(c)).toBe(true);
  });

  test('a changed count in the summary edits that range only: the comment stays, the message says so', () => {
    const s = { input: arabic() };
    const id = docIdOf(generateKind('results-report', liveSource(s)));
    const c = fakes.addComment(id, { content: 'ตัวเลขสรุปถูกต้อง', anchorText: 'มาตรการทั้งหมด', author: 'ปลัด' });
    s.input = { ...s.input, results: [{ ...RESULTS[0] }, { ...RESULTS[1], status: 'done' }] };
    fakes.calls.reset();
    const r = generateKind('results-report', liveSource(s));
    expect(r.action).toBe('updated');
    expect(summaryOf(id)).toContain('ดำเนินการแล้วเสร็จ 2 มาตรการ');
    expect(fakes.calls.by('Paragraph.setText')).toBe(0);
    expect(fakes.isCommentAttached(c)).toBe(true);
    expect(r.message).toContain('ความเห็นที่ผูกไว้ยังอยู่ครบ');
  });

  test('a comment on a wholly rewritten cell is counted, not claimed intact', () => {
    const s = { input: arabic() };
    const id = docIdOf(generateKind('results-report', liveSource(s)));
    const quote = 'ผู้รับบริการทราบขั้นตอน';
    const c = fakes.addComment(id, { content: 'ดี', anchorText: quote });
    s.input = { ...s.input, results: [{ ...RESULTS[0], outcome: 'ทุกคนพอใจ' }, RESULTS[1]] };
    const r = generateKind('results-report', liveSource(s));
    expect(r.action).toBe('updated');
    expect(fakes.isCommentAttached(c)).toBe(false);
    expect(r.message).not.toContain('ยังอยู่ครบ');
    expect(r.message).toContain('มีความเห็น 1 รายการผูกกับข้อความที่ถูกเขียนทับหรือลบ');
  });
});

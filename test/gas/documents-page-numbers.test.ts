// Page numbers in the Google Docs: a new doc is imported from the page-number shell (.docx), whose
// header Drive turns into "- <page number> -" from page 2; the writer fills the body as in any new doc;
// regenerating in place leaves the header alone; a failed import gives a plain doc and one warning.
import { createFakes, DOCX_MIME, installFakes, type Fakes } from '../../emulator';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { generateKind } from '../../src/gas/documents/generate';
import { emptyBody } from '../../src/gas/documents/page-shell';
import { writeNew } from '../../src/gas/documents/render';
import { buildMeasuresPlan, GOOGLE_DOCS_STYLE, type DocInput } from '../../src/core/document';
import { layoutModel } from '../../src/core/document/layout';
import { flattenModel } from '../../src/core/document/snapshot';
import { MSG } from '../../src/core/document/messages';
import { docInput, MEASURES } from '../core/document-fixture';
import { changeableSource, docIdOf, installFakesEach, manyMeasures } from './documents-setup';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const arabic = (over: Partial<DocInput> = {}) =>
  docInput({ settings: { ...docInput().settings, thaiDigits: false }, ...over });

/** The header paragraph a converted shell gives: "- " + page number + " -", centred, Sarabun. */
const NUMBERED_HEADER = {
  type: 'HEADER_SECTION',
  children: [
    expect.objectContaining({
      type: 'PARAGRAPH',
      text: '-  -',
      autoText: [{ at: 2, type: 'PAGE_NUMBER' }],
      attributes: expect.objectContaining({
        HORIZONTAL_ALIGNMENT: 'CENTER',
        FONT_FAMILY: GOOGLE_DOCS_STYLE.bodyFont,
        FONT_SIZE: GOOGLE_DOCS_STYLE.bodySizePt,
      }),
    }),
  ],
};

describe('page numbers in a new Google Doc', () => {
  test('the new doc has the page-number header from page 2, the body as the model, the page setup', () => {
    const src = changeableSource(arabic());
    const r = generateKind('measures-plan', src);
    expect(r.ok).toBe(true);
    expect(r.warnings.filter((w) => w.includes('เลขหน้า'))).toEqual([]);
    const doc = fakes.doc(docIdOf(r)).inspect();
    expect(doc.header).toEqual(expect.objectContaining(NUMBERED_HEADER));
    expect(doc.differentFirstPage).toBe(true);
    expect(doc.firstPageHeader!.children!.map((c) => [c.text, c.autoText])).toEqual([['', undefined]]);
    // The body holds exactly the model (no paragraph left over from the import).
    const els = flattenModel(buildMeasuresPlan(src.input));
    const texts = doc.body.children!.map((c) => c.text ?? '(table)');
    expect(texts.slice(0, 3)).toEqual(els.slice(0, 3).map((e) => (e.t === 'p' ? e.text : '(table)')));
    expect(doc.body.children!.length).toBe(els.length + (els[els.length - 1].t === 'table' ? 1 : 0));
    expect(doc.body.attributes).toEqual(
      expect.objectContaining({ PAGE_WIDTH: 595.28, PAGE_HEIGHT: 841.89, MARGIN_LEFT: 85.04, MARGIN_TOP: 70.87 }),
    );
  });

  test('the Google Doc and the .docx number their pages alike (as Drive reads the .docx)', async () => {
    const input = arabic();
    const r = generateKind('measures-plan', changeableSource(input));
    const docx = await renderDocx(buildMeasuresPlan(input));
    const imported = Drive!.Files!.create(
      { name: 'docx', mimeType: 'application/vnd.google-apps.document' },
      Utilities.newBlob([...docx], DOCX_MIME, 'x.docx') as unknown as GoogleAppsScript.Base.Blob,
    ).id!;
    const shape = (id: string) => {
      const d = fakes.doc(id).inspect();
      const p = d.header!.children![0];
      return [
        p.text,
        p.autoText,
        p.attributes.HORIZONTAL_ALIGNMENT,
        d.differentFirstPage,
        d.firstPageHeader?.children?.map((c) => c.text),
      ];
    };
    expect(shape(docIdOf(r))).toEqual(shape(imported));
  });

  test('landscape documents too; a Thai-digit document gets the same (Arabic) page numbers', () => {
    const r = generateKind('results-report', changeableSource(docInput()));
    const doc = fakes.doc(docIdOf(r)).inspect();
    expect(doc.header).toEqual(expect.objectContaining(NUMBERED_HEADER));
    expect(doc.body.attributes).toEqual(expect.objectContaining({ PAGE_WIDTH: 841.89, PAGE_HEIGHT: 595.28 }));
  });

  test('the shell costs the same calls at 10 and 200 measures (no loop)', () => {
    const created = (n: number) => {
      fakes.calls.reset();
      const r = generateKind('measures-plan', changeableSource(arabic({ measures: manyMeasures(n, 3) })));
      const counts = ['Utilities.newBlob', 'Utilities.zip', 'Blob.setContentType', 'Drive.Files.create', 'Body.clear'];
      fakes.deleteDoc(docIdOf(r)); // the next run makes a new doc again (its version replaces a missing doc)
      return [r.action, ...counts.map((c) => fakes.calls.by(c))];
    };
    generateKind('results-report', changeableSource(arabic())); // the output folder exists from now on
    // 7 parts, one zip, its type, the doc and its PDF (two Files.create); the body needed no clearing
    expect(created(10)).toEqual(['created', 7, 1, 1, 2, 0]);
    // a new version refreshes the kind's one PDF file (Files.update): one Files.create, the doc's
    expect(created(200)).toEqual(['newVersion', 7, 1, 1, 1, 0]);
  });

  test('regenerating in place edits the body only: the header stays as imported', () => {
    const src = changeableSource(arabic());
    const id = docIdOf(generateKind('measures-plan', src));
    const header = fakes.doc(id).inspect().header;
    src.input = arabic({ measures: MEASURES.map((m, i) => (i === 0 ? { ...m, responsible: 'กองคลัง' } : m)) });
    fakes.calls.reset();
    expect(generateKind('measures-plan', src).action).toBe('updated');
    expect(fakes.calls.by('Utilities.zip')).toBe(0);
    expect(fakes.calls.byPrefix('Document.getHeader') + fakes.calls.byPrefix('HeaderSection.')).toBe(0);
    expect(fakes.doc(id).inspect().header).toEqual(header);
    expect(header).toEqual(expect.objectContaining(NUMBERED_HEADER));
  });

  test('the import fails: a plain doc in the folder, one Thai warning, nothing else changes', () => {
    fakes.drive.failDocxImport = 'Internal Error';
    const src = changeableSource(arabic());
    const r = generateKind('measures-plan', src);
    expect(r.ok).toBe(true);
    expect(r.action).toBe('created');
    const pageWarnings = r.warnings.filter((w) => w.includes('เลขหน้า'));
    const why = 'GoogleJsonResponseException: API call to drive.files.create failed with error: Internal Error';
    expect(pageWarnings).toEqual([MSG.pageNumbersMissing(r.title, why)]);
    const doc = fakes.doc(docIdOf(r)).inspect();
    expect(doc.header).toBeNull();
    const first = flattenModel(buildMeasuresPlan(src.input))[0];
    expect(doc.body.children![0].text).toBe(first.t === 'p' ? first.text : '');
  });

  test('the converted file cannot be opened: it goes to the trash, the officer gets a Thai error', () => {
    const docApp = fakes.raw.documentApp;
    jest.spyOn(docApp, 'openById').mockImplementation(() => {
      throw new Error('Service Documents failed while accessing document');
    });
    const r = generateKind('measures-plan', changeableSource(arabic()));
    expect(r.ok).toBe(false);
    const made = [...fakes.drive.files.values()].filter((f) => f.mimeType === 'application/vnd.google-apps.document');
    expect(made).toHaveLength(1);
    expect(made[0].trashed).toBe(true);
  });

  test('without the Drive advanced service: a plain doc (DocumentApp.create) and the officer is told', () => {
    const off = createFakes({ driveAdvancedService: false });
    const restore = installFakes(off);
    try {
      const r = generateKind('measures-plan', changeableSource(arabic()));
      expect(r.ok).toBe(true);
      expect(r.warnings).toEqual(expect.arrayContaining([MSG.driveOffPrivate, MSG.pageNumbersNeedDrive]));
      expect(off.doc(docIdOf(r)).inspect().header).toBeNull();
    } finally {
      restore();
    }
  });

  test('a converted body holding more than one empty paragraph is cleared before writing', () => {
    const raw = fakes.raw.documentApp.create('x');
    raw.body.appendParagraph('ข้อความที่มากับไฟล์');
    raw.body.appendParagraph('');
    const body = fakes.counted(raw).getBody() as unknown as GoogleAppsScript.Document.Body;
    const input = arabic();
    const model = buildMeasuresPlan(input);
    const els = flattenModel(model);
    emptyBody(body);
    writeNew(body, els, layoutModel(model, GOOGLE_DOCS_STYLE));
    expect(raw.body.children.length).toBe(els.length + (els[els.length - 1].t === 'table' ? 1 : 0));
    expect(raw.body.getText()).not.toContain('ข้อความที่มากับไฟล์');
  });
});

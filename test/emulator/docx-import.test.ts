// The fakes' Utilities.zip / newBlob and Drive's .docx import, checked against independent tools:
// jszip reads what Utilities.zip writes; a .docx written by the `docx` library (the CLI's renderer)
// imports with its page-number header; the shell the add-on builds imports the same whoever zips it.
import JSZip from 'jszip';
import { DOCX_MIME, FakeBlob, unzipSync, type Fakes } from '../../emulator';
import { installFakesEach } from '../support/fakes';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { GOOGLE_DOCS_STYLE, type DocModel } from '../../src/core/document';
import { a4 } from '../../src/core/document/model';
import { pageNumberShell } from '../../src/core/document/page-number-shell';
import { xmlProblems } from '../support/xml';

const DOC_MIME = 'application/vnd.google-apps.document';
let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const importDocx = (bytes: Uint8Array, name = 'x'): string =>
  Drive!.Files!.create(
    { name, mimeType: DOC_MIME },
    Utilities.newBlob([...bytes], DOCX_MIME, `${name}.docx`) as unknown as GoogleAppsScript.Base.Blob,
  ).id!;

describe('Utilities.newBlob and Utilities.zip', () => {
  test('entries named by their blobs (paths kept), readable by jszip; bytes and text round-trip', async () => {
    const a = Utilities.newBlob('<a>ก</a>', 'application/xml', 'word/document.xml');
    const b = Utilities.newBlob([0, 255, 128, 7], 'application/octet-stream', 'bin/b.dat');
    expect(a.getDataAsString()).toBe('<a>ก</a>');
    expect(b.getBytes()).toEqual([0, -1, -128, 7]);
    const zip = Utilities.zip([a, b], 'p.zip');
    expect(zip.getContentType()).toBe('application/zip');
    expect(zip.setContentType(DOCX_MIME).getContentType()).toBe(DOCX_MIME);
    const bytes = Uint8Array.from(zip.getBytes(), (x) => x & 0xff);
    const read = await JSZip.loadAsync(bytes);
    expect(Object.keys(read.files).sort()).toEqual(['bin/b.dat', 'word/document.xml']);
    expect(await read.file('word/document.xml')!.async('string')).toBe('<a>ก</a>');
    expect([...(await read.file('bin/b.dat')!.async('uint8array'))]).toEqual([0, 255, 128, 7]);
    expect(fakes.calls.by('Utilities.zip')).toBe(1);
    expect(() => Utilities.zip([Utilities.newBlob('x')])).toThrow(/name/);
  });
});

describe('Drive.Files.create converting a .docx into a Google Doc', () => {
  test('a .docx from the `docx` library: PAGE field → page number, titlePg → different first page', async () => {
    const model: DocModel = {
      kind: 'measures-plan',
      title: 't',
      page: a4('portrait', true),
      blocks: [{ type: 'paragraph', key: 'p', text: 'เนื้อความ' }],
      warnings: [],
    };
    const id = importDocx(await renderDocx(model));
    const doc = fakes.doc(id).inspect();
    expect(doc.header!.children![0]).toEqual(
      expect.objectContaining({ text: '-  -', autoText: [{ at: 2, type: 'PAGE_NUMBER' }] }),
    );
    expect(doc.header!.children![0].attributes).toEqual(expect.objectContaining({ HORIZONTAL_ALIGNMENT: 'CENTER' }));
    expect(doc.differentFirstPage).toBe(true);
    expect(doc.body.children!.map((c) => c.text)).toEqual(['เนื้อความ']);
    expect(doc.body.attributes).toEqual(expect.objectContaining({ PAGE_WIDTH: 595.3, MARGIN_LEFT: 85.05 }));
    // getHeader gives the first page's header (the reference does not say which: the less convenient)
    expect(DocumentApp.openById(id).getHeader()!.getText()).toBe('');
    // DocumentApp sees the page number as an element it does not model
    const p = fakes.doc(id).header!.getChild(0).asParagraph();
    expect(p.getChild(p.getNumChildren() - 1).getType()).toBe(DocumentApp.ElementType.UNSUPPORTED);
  });

  test('the add-on shell imports the same whoever zips it (jszip here); its XML is well-formed', async () => {
    const parts = pageNumberShell(a4('landscape', false), GOOGLE_DOCS_STYLE);
    for (const p of parts) expect([p.path, xmlProblems(p.xml)]).toEqual([p.path, []]);
    const zip = new JSZip();
    for (const p of parts) zip.file(p.path, p.xml);
    const id = importDocx(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
    const doc = fakes.doc(id).inspect();
    expect(doc.header!.children![0]).toEqual(
      expect.objectContaining({
        text: '-  -',
        autoText: [{ at: 2, type: 'PAGE_NUMBER' }],
        attributes: expect.objectContaining({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 14, HORIZONTAL_ALIGNMENT: 'CENTER' }),
      }),
    );
    expect(doc.firstPageHeader!.children!.map((c) => c.text)).toEqual(['']);
    expect(doc.differentFirstPage).toBe(true);
    expect(doc.body.children!.map((c) => [c.type, c.text])).toEqual([['PARAGRAPH', '']]);
    expect(doc.body.attributes).toEqual(
      expect.objectContaining({ PAGE_WIDTH: 841.9, PAGE_HEIGHT: 595.3, MARGIN_TOP: 70.85, MARGIN_RIGHT: 56.7 }),
    );
  });

  test('not a Word file: the real error shape, and no file is left behind', () => {
    const before = fakes.drive.files.size;
    expect(() => importDocx(new TextEncoder().encode('not a zip'))).toThrow(
      /API call to drive.files.create failed with error: Bad Request/,
    );
    expect(fakes.drive.files.size).toBe(before);
    expect(() => unzipSync(Buffer.from('x'))).toThrow('not a zip file');
    expect(new FakeBlob('ก', 'text/plain').getBytes()).toEqual([-32, -72, -127]);
  });
});

// What Drive does with Files.create({mimeType: Google Doc}, <a .docx blob>): it converts the Word file
// into a Google Doc. The Drive v3 reference: "To convert a file, set the mimeType of the file metadata
// to the Google Workspace type you want (…document) and upload the file's content" (import formats:
// Word .docx to Docs). What the converted doc holds is not specified; the fake copies what matters here
// and takes the less convenient answers where the reference is silent:
//   - body: one paragraph per w:p of the Word body (an empty <w:p/> gives ONE EMPTY paragraph, as a new
//     doc has), with the page size and margins of w:sectPr as body attributes;
//   - the default header (w:headerReference type="default"): its paragraphs, their text, centring
//     (w:jc center), font and size (w:rFonts, w:sz), and a Word PAGE field (complex fldChar or
//     fldSimple) as a PAGE_NUMBER automatic text at its place (NUMPAGES: PAGE_COUNT); the field's
//     cached result text ("1") is dropped;
//   - w:titlePg → "different first page", with the type="first" header as the first page's header;
//   - anything else in the file is ignored (styles, settings, fonts).
// Not modelled: other import formats; what Docs does with a field it does not know.
import type { FakeDocument } from './document/document';
import { ContainerSection, FakeParagraph, type AutoTextType } from './document/elements';
import { HorizontalAlignment } from './document/enums';
import { unzipSync } from './zip';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (xml: string, tag: string, name: string): string | null => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
};

/** The w:p elements of a part, in order (self-closing or not; w:p never nests in these parts). */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/w:p>)/g)].map((m) => m[0]);
}

const FIELDS: Record<string, AutoTextType> = { PAGE: 'PAGE_NUMBER', NUMPAGES: 'PAGE_COUNT' };

/** One Word paragraph as a fake paragraph: text, automatic text at field places, centring, font, size. */
function paragraphFrom(xml: string, into: FakeParagraph): void {
  let text = '';
  const autoTexts: { at: number; type: AutoTextType }[] = [];
  let field: { instr: string; result: boolean } | null = null;
  const tokens =
    /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"[^>]*\/>|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:fldSimple\b[^>]*w:instr="([^"]*)"[^>]*(?:\/>|>[\s\S]*?<\/w:fldSimple>)/g;
  const place = (instr: string) => {
    const type = FIELDS[instr.trim().split(/\s+/)[0]?.toUpperCase() ?? ''];
    if (type) autoTexts.push({ at: text.length, type });
  };
  for (const m of xml.matchAll(tokens)) {
    if (m[1] === 'begin') field = { instr: '', result: false };
    else if (m[1] === 'separate') {
      if (field) field.result = true;
    } else if (m[1] === 'end') {
      if (field) place(field.instr);
      field = null;
    } else if (m[2] !== undefined) {
      if (field) field.instr += decode(m[2]);
    } else if (m[3] !== undefined) {
      if (!field) text += decode(m[3]);
    } else if (m[4] !== undefined) place(decode(m[4]));
  }
  into.text = text;
  into.autoTexts = autoTexts;
  if (attr(xml, 'w:jc', 'w:val') === 'center') into.attrs.HORIZONTAL_ALIGNMENT = HorizontalAlignment.CENTER;
  const font = attr(xml, 'w:rFonts', 'w:ascii');
  if (font) into.attrs.FONT_FAMILY = font;
  const size = attr(xml, 'w:sz', 'w:val');
  if (size) into.attrs.FONT_SIZE = Number(size) / 2;
}

/** Fills a section (a new one holds one empty paragraph) with the paragraphs of a Word part. */
function fillSection(section: ContainerSection, xml: string, doc: FakeDocument): void {
  const ps = paragraphsOf(xml);
  ps.forEach((p, i) => {
    const para = i === 0 ? (section.children[0] as FakeParagraph) : new FakeParagraph(doc);
    paragraphFrom(p, para);
    if (i > 0) section._adopt(para, section.children.length);
  });
}

const twipsToPt = (t: string | null): number | null => (t === null ? null : Math.round((Number(t) / 20) * 100) / 100);

/** Converts .docx bytes into the (new, empty) doc. Throws when the file is not a Word document. */
export function importDocx(bytes: Buffer, doc: FakeDocument): void {
  const parts = unzipSync(bytes);
  const part = (name: string): string => {
    const b = parts.get(name);
    if (!b) throw new Error(`not a Word document: no ${name}`);
    return b.toString('utf8');
  };
  part('[Content_Types].xml');
  const main = part('word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(main)?.[1] ?? '';
  const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(body)?.[0] ?? '';
  fillSection(doc.body, body.replace(sect, ''), doc);
  const pt = (tag: string, name: string) => twipsToPt(attr(sect, tag, name));
  const page: [string, number | null][] = [
    ['PAGE_WIDTH', pt('w:pgSz', 'w:w')],
    ['PAGE_HEIGHT', pt('w:pgSz', 'w:h')],
    ['MARGIN_TOP', pt('w:pgMar', 'w:top')],
    ['MARGIN_BOTTOM', pt('w:pgMar', 'w:bottom')],
    ['MARGIN_LEFT', pt('w:pgMar', 'w:left')],
    ['MARGIN_RIGHT', pt('w:pgMar', 'w:right')],
  ];
  for (const [k, v] of page) if (v !== null) doc.body.attrs[k] = v;
  const rels = parts.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
  const target = (id: string): string | null => {
    const m = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`).exec(rels);
    const t = m ? attr(m[0], 'Relationship', 'Target') : null;
    return t ? `word/${t.replace(/^\/?word\//, '')}` : null;
  };
  for (const ref of sect.matchAll(/<w:headerReference\b[^>]*\/>/g)) {
    const type = attr(ref[0], 'w:headerReference', 'w:type');
    const file = target(attr(ref[0], 'w:headerReference', 'r:id') ?? '');
    if (!file) continue;
    const section = new ContainerSection(doc, 'header');
    fillSection(section, part(file), doc);
    if (type === 'default') doc.header = section;
    else if (type === 'first') doc.firstPageHeader = section;
  }
  doc.differentFirstPage = /<w:titlePg\b(?![^>]*w:val="(?:0|false)")[^>]*\/>/.test(sect);
}

// The smallest Word file whose only content is the page-number header "- PAGE -" (centred, from page 2)
// and the page setup, as XML strings: the Google Docs renderer zips them (Utilities.zip) and has Drive
// convert the .docx into a new Google Doc, because neither Apps Script nor the Docs API can put a page
// number into a doc (see src/gas/documents/page-shell.ts). Pure: no service, no zip here.
import type { DocStyle, PageSetup } from './model';

/** One file of the package: its path inside the zip and its XML. */
export interface ShellPart {
  path: string;
  xml: string;
}

const A4_TWIPS = { width: 11906, height: 16838 };
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** Header distance from the page edge: Word's default (1.25 cm), as the .docx renderer leaves it. */
const HEADER_TWIPS = 708;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEADER_REL = `${R}/header`;
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The parts of the shell for `page` (size, orientation, margins) in `style`'s body font and size. The
 * default header holds "- PAGE -" centred (a Word PAGE field between two literal dashes); the first
 * page has its own, empty header (w:titlePg), so numbering shows from page 2 as in Thai official
 * documents. The body is one empty paragraph (the writer fills it). The document defaults (styles.xml)
 * are the body font and size in Thai, single-spaced: text an officer adds later matches the rest.
 */
export function pageNumberShell(page: PageSetup, style: DocStyle): ShellPart[] {
  const land = page.orientation === 'landscape';
  const m = page.marginsMm;
  const font = escapeAttr(style.bodyFont);
  const half = Math.round(style.bodySizePt * 2);
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr>`;
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  const header = (paragraph: string) => `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${paragraph}</w:hdr>`;
  const numbered =
    `<w:p><w:pPr><w:jc w:val="center"/>${rPr}</w:pPr>` +
    run('<w:t xml:space="preserve">- </w:t>') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run('<w:t>2</w:t>') +
    run('<w:fldChar w:fldCharType="end"/>') +
    run('<w:t xml:space="preserve"> -</w:t>') +
    '</w:p>';
  const size = land
    ? `<w:pgSz w:w="${A4_TWIPS.height}" w:h="${A4_TWIPS.width}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"/>`;
  const sectPr =
    '<w:sectPr>' +
    '<w:headerReference w:type="default" r:id="rIdHeaderDefault"/>' +
    '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' +
    size +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="${HEADER_TWIPS}" w:footer="${HEADER_TWIPS}" w:gutter="0"/>` +
    '<w:pgNumType w:start="1"/>' +
    '<w:titlePg/>' +
    '</w:sectPr>';
  return [
    {
      path: '[Content_Types].xml',
      xml:
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${MAIN_TYPE}"/>` +
        `<Override PartName="/word/header1.xml" ContentType="${HEADER_TYPE}"/>` +
        `<Override PartName="/word/header2.xml" ContentType="${HEADER_TYPE}"/>` +
        `<Override PartName="/word/styles.xml" ContentType="${STYLES_TYPE}"/>` +
        '</Types>',
    },
    {
      path: '_rels/.rels',
      xml:
        `${XML}<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
        '</Relationships>',
    },
    {
      path: 'word/document.xml',
      xml: `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/>${sectPr}</w:body></w:document>`,
    },
    {
      path: 'word/_rels/document.xml.rels',
      xml:
        `${XML}<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="rIdHeaderDefault" Type="${HEADER_REL}" Target="header1.xml"/>` +
        `<Relationship Id="rIdHeaderFirst" Type="${HEADER_REL}" Target="header2.xml"/>` +
        `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    },
    { path: 'word/header1.xml', xml: header(numbered) },
    { path: 'word/header2.xml', xml: header('<w:p/>') },
    {
      path: 'word/styles.xml',
      xml:
        `${XML}<w:styles xmlns:w="${W}"><w:docDefaults>` +
        `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/>` +
        `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="th-TH" w:bidi="th-TH"/></w:rPr></w:rPrDefault>` +
        '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
        '</w:docDefaults></w:styles>',
    },
  ];
}

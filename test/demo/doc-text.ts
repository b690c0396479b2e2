// Test helper: the text of a document in reading order, as a list of lines a person would read: each
// non-empty paragraph, and each table row as its non-empty cells joined by " | ". The same shape from a
// .docx package (word/document.xml) and from a fake Google Doc body, so the two can be compared.
import JSZip from 'jszip';
import type { ElementInspection } from '../../emulator/document/elements';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** The text of one <w:p> (runs' <w:t>, tabs and breaks). */
function paragraphText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (m[0] === '<w:tab/>') out += '\t';
    else if (m[0] === '<w:br/>') out += '\n';
    else out += decode(m[1]);
  }
  return out;
}

const PARAGRAPHS = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;

function rowLine(cells: string[]): string | null {
  const kept = cells.map((c) => c.trim()).filter((c) => c !== '');
  return kept.length ? kept.join(' | ') : null;
}

/** Reading-order lines of word/document.xml (tables are not nested in the add-on's documents). */
export function docxXmlLines(xml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      for (const row of m[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(PARAGRAPHS)].map((p) => paragraphText(p[0])).join('\n'),
        );
        const line = rowLine(cells);
        if (line) lines.push(line);
      }
    } else {
      const text = paragraphText(m[0]).trim();
      if (text) lines.push(text);
    }
  }
  return lines;
}

export async function docxXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  return file.async('string');
}

export async function docxLines(buffer: Buffer): Promise<string[]> {
  return docxXmlLines(await docxXml(buffer));
}

function cellText(cell: ElementInspection): string {
  return (cell.children ?? []).map((p) => p.text ?? '').join('\n');
}

/** Reading-order lines of a fake Google Doc body (`doc.inspect().body`). */
export function fakeDocLines(body: ElementInspection): string[] {
  const lines: string[] = [];
  for (const el of body.children ?? []) {
    if (el.type === 'TABLE') {
      for (const row of el.children ?? []) {
        const line = rowLine((row.children ?? []).map(cellText));
        if (line) lines.push(line);
      }
    } else if (el.type === 'PARAGRAPH' || el.type === 'LIST_ITEM') {
      const text = (el.text ?? '').trim();
      if (text) lines.push(text);
    }
  }
  return lines;
}

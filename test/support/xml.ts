// A small XML 1.0 well-formedness check for the tests (no XML parser is a dependency of the project):
// characters XML forbids, tags balanced and nested, attributes quoted, "<" and "&" only as markup.
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */
const MARKUP =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Why the text is not well-formed XML ([] when it is). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = FORBIDDEN.exec(xml);
  if (bad) problems.push(`forbidden character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`);
  const stack: string[] = [];
  let last = 0;
  let roots = 0;
  for (const m of xml.matchAll(MARKUP)) {
    const text = xml.slice(last, m.index);
    if (/[<]/.test(text)) problems.push(`stray "<" at ${last}`);
    if (/&/.test(text.replace(ENTITY, ''))) problems.push(`bare "&" at ${last}`);
    last = (m.index ?? 0) + m[0].length;
    if (!m[2]) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) problems.push(`</${m[2]}> closes <${open ?? 'nothing'}>`);
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
  }
  if (/[<]/.test(xml.slice(last))) problems.push(`stray "<" at ${last}`);
  if (stack.length) problems.push(`unclosed <${stack[stack.length - 1]}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

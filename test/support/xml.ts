// XML 1.0 well-formedness for the tests, by a real parser: saxes (strict, non-validating; the parser
// exceljs itself uses). It reports characters XML forbids, unbalanced tags, unquoted attributes and bare
// "<" or "&" as errors.
import { SaxesParser } from 'saxes';

/** Why the text is not well-formed XML ([] when it is). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (err) => problems.push(err.message));
  try {
    parser.write(xml).close();
  } catch (err) {
    problems.push(String(err));
  }
  return problems;
}

/** An element of a parsed XML document (attributes by qualified name, text of its text nodes). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The root element of a well-formed XML text (saxes, strict). */
export function xmlTree(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
  return root.children[0];
}

/** The first child named `name`, or undefined. */
export const child = (n: XmlNode | undefined, name: string): XmlNode | undefined =>
  n?.children.find((c) => c.name === name);
/** Every child named `name`. */
export const children = (n: XmlNode | undefined, name: string): XmlNode[] =>
  n?.children.filter((c) => c.name === name) ?? [];

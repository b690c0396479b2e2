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

// Lints several texts, each as if it were a file of the project, with the project's eslint.config.mjs
// (one process for all: eslint starts once). stdin: [{ file, code }]; stdout: per text [[ruleId, message]],
// or with --with-lines [{ ruleId, line }].
import { ESLint } from 'eslint';

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (d) => (text += d));
    process.stdin.on('end', () => resolve(text));
  }),
);
const withLines = process.argv.includes('--with-lines');
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of input) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push(result.messages.map((m) => (withLines ? { ruleId: m.ruleId, line: m.line } : [m.ruleId, m.message])));
}
process.stdout.write(JSON.stringify(out));

// Writes every document of the registry for the seed-001 data as the demo makes it (pasted scores,
// suggested measures, example results) to test-output/docs/<file>.docx, used by
// scripts/render-check.sh, which converts them to PDF and PNG to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildMeasuresPlan, DOC_KINDS, GOOGLE_DOCS_STYLE } from '../src/core/document';
import { writeDocx } from '../src/cli/docx/render-docx';
import { seed001Input } from './seed-001';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test-output/docs';
  await mkdir(out, { recursive: true });
  const input = seed001Input();
  for (const d of DOC_KINDS) {
    const model = d.build(input);
    const warnings = await writeDocx(model, join(out, d.file));
    console.log(d.file, [...model.warnings, ...warnings]);
  }
  // Arabic digits, and the Google Docs style (Sarabun) for comparison.
  await writeDocx(buildMeasuresPlan(seed001Input({ thaiDigits: false })), join(out, 'measures-plan-arabic.docx'));
  await writeDocx(buildMeasuresPlan(input), join(out, 'measures-plan-sarabun.docx'), GOOGLE_DOCS_STYLE);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

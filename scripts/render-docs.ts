// Writes the three documents for the seed-001 fixture to test-output/docs/*.docx (used by
// scripts/render-check.sh, which converts them to PDF and PNG to look at).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAnalysisReport, buildMeasuresPlan, buildResultsReport, GOOGLE_DOCS_STYLE } from '../src/core/document';
import { writeDocx } from '../src/cli/docx/render-docx';
import { docInput, settings } from '../test/core/document-fixture';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'test-output/docs';
  await mkdir(out, { recursive: true });
  const input = docInput();
  const docs = {
    'measures-plan': buildMeasuresPlan,
    'results-report': buildResultsReport,
    analysis: buildAnalysisReport,
  };
  for (const [name, build] of Object.entries(docs)) {
    const warnings = await writeDocx(build(input), join(out, `${name}.docx`));
    console.log(`${name}.docx`, warnings.length ? warnings : '');
  }
  // Arabic digits, and the Google Docs style (Sarabun) for comparison.
  await writeDocx(
    buildMeasuresPlan(docInput({ settings: settings({ thaiDigits: false }) })),
    join(out, 'measures-plan-arabic.docx'),
  );
  await writeDocx(buildMeasuresPlan(input), join(out, 'measures-plan-sarabun.docx'), GOOGLE_DOCS_STYLE);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

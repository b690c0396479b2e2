// The documents' input as the demo and `ita generate` make it from seed 001 (เทศบาลตำบลก้อ ITA 2567):
// the pasted scores of examples/seed-001-2567.txt, analysed, the suggested measures, and the demo's
// example results (seed 002 style) on the measures of their questions. Used by the length and
// register tests: the texts a supervisor would actually be handed.
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analysis';
import { catalogueForYear } from '../../src/core/catalogue';
import type { DocInput } from '../../src/core/document';
import { parseScores } from '../../src/core/intake';
import type { AgencySettings, ResultRow } from '../../src/core/types';
import { DEFAULT_DIVISIONS, suggestMeasures } from '../../src/core/workbook';
import { DEMO_OFFICER, DEMO_UPDATED_AT, EXAMPLE_RESULTS } from '../../scripts/demo';

export const SEED001_TEXT = readFileSync(join(__dirname, '../../examples/seed-001-2567.txt'), 'utf8');

export function seed001Input(over: Partial<AgencySettings> = {}): DocInput {
  const parsed = parseScores(SEED001_TEXT);
  const analysis = analyze(parsed.scores, {});
  const catalogue = catalogueForYear(analysis.year).catalogue;
  const settings: AgencySettings = {
    agencyName: 'เทศบาลตำบลก้อ',
    agencyType: 'เทศบาลตำบล',
    district: 'ลี้',
    province: 'ลำพูน',
    assessmentYear: analysis.year,
    planFiscalYear: analysis.year + 1,
    target: analysis.target,
    weakThreshold: analysis.weakThreshold,
    thaiDigits: true,
    divisions: DEFAULT_DIVISIONS,
    outputFolderId: '',
    signerName: 'นายอุดม เชียงยศ',
    signerPosition: 'นายกเทศมนตรีตำบลก้อ',
    documentDate: { year: 2568, month: 1, day: 5 },
    ...over,
  };
  const measures = suggestMeasures(analysis, [], settings, catalogue).map(({ fingerprint: _fp, ...m }) => m);
  const used = new Set<string>();
  const results: ResultRow[] = [];
  for (const m of measures) {
    const code = m.questions.find((c) => EXAMPLE_RESULTS[c] && !used.has(c));
    if (!code) continue;
    used.add(code);
    const ex = EXAMPLE_RESULTS[code];
    results.push({
      measureId: m.id,
      status: ex.status,
      done: ex.done,
      outcome: ex.outcome,
      evidence: ex.evidence,
      updatedBy: DEMO_OFFICER,
      updatedAt: DEMO_UPDATED_AT,
    });
  }
  return { settings, analysis, measures, results, catalogue, questionScores: parsed.scores.current.questions };
}

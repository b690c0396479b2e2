// The demo's second sample: an agency that failed, with indicator scores only (a published ranked table in
// Thai digits, ITA 2563, the 2561–2566 framework). The same menu actions on the same server code, its
// documents written to DIR/failing-agency/. Shows that a failing result gets a measure for each failing
// indicator (by OIT sub-indicator with that year's items), not "nothing to fix".
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOC_KINDS } from '../src/core/document';
import { formatScore } from '../src/core/thai';
import { renderDocx } from '../src/cli/docx/render-docx';
import { computeGaps, importScoresConfirm, importScoresPreview, suggestMeasures } from '../src/gas/actions';
import { generateDocumentAction, workbookDocInput } from './bench/doc-actions';
import { newWorld, setupTemplateOn, typeSettings } from './bench/scenario';

export const FAILING_SAMPLE = join(__dirname, '..', 'examples', 'failing-agency-2563.txt');
export const FAILING_DIR = 'failing-agency';

/** The agency of the sample: made up, typed in the settings sheet as an officer would. */
export const FAILING_SETTINGS = {
  agencyName: 'องค์การบริหารส่วนตำบลหนองบัว',
  agencyType: 'องค์การบริหารส่วนตำบล',
  district: 'เมืองตัวอย่าง',
  province: 'ตัวอย่าง',
  assessmentYear: 2563,
  planFiscalYear: 2564,
  signerName: 'นายสมชาย ใจดี',
  signerPosition: 'นายกองค์การบริหารส่วนตำบลหนองบัว',
};

export interface FailingSummary {
  outDir: string;
  agency: string;
  year: number;
  overall: number | null;
  level: string | null;
  failingIndicators: string[];
  /** The measures เสนอมาตรการ added, in order: id, title, indicator numbers. */
  measures: { id: string; title: string; indicators: number[] }[];
  /** What the documents told the officer (never printed in the documents). */
  warnings: string[];
  files: string[];
}

/** Runs the failing-agency sample and writes every document of the registry to OUT/failing-agency/. */
export async function runFailingAgency(outDir: string): Promise<FailingSummary> {
  const out = resolve(outDir, FAILING_DIR);
  await mkdir(out, { recursive: true });
  const world = newWorld();
  try {
    const must = <T extends { ok: boolean }>(name: string, r: T): T => {
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r)}`);
      return r;
    };
    must('setup', setupTemplateOn(new Date('2021-01-15T10:00:00+07:00')));
    typeSettings(world.fakes, FAILING_SETTINGS);
    const text = readFileSync(FAILING_SAMPLE, 'utf8');
    const preview = must('import preview', importScoresPreview(text));
    must('import', importScoresConfirm(text, false, preview.textHash));
    must('compute', computeGaps());
    must('suggest', suggestMeasures());
    const warnings: string[] = [];
    for (const d of DOC_KINDS) warnings.push(...must(d.kind, generateDocumentAction(d.kind)).warnings);
    const input = workbookDocInput();
    const files: string[] = [];
    for (const d of DOC_KINDS) {
      await writeFile(join(out, d.file), await renderDocx(d.build(input)));
      files.push(d.file);
    }
    const a = input.analysis;
    return {
      outDir: out,
      agency: input.settings.agencyName,
      year: a.year,
      overall: a.overall.score,
      level: a.overall.level,
      failingIndicators: a.indicators
        .filter((i) => i.pass === false)
        .map((i) => `${i.number} ${i.name} (${formatScore(i.score, { thaiDigits: false })})`),
      measures: input.measures.map((m) => ({ id: m.id, title: m.measure, indicators: [...m.indicators] })),
      warnings: [...new Set(warnings)],
      files,
    };
  } finally {
    world.uninstall();
  }
}

export function failingSummaryText(s: FailingSummary): string[] {
  return [
    `ตัวอย่างที่ 2: หน่วยงานที่ไม่ผ่าน มีเฉพาะคะแนนรายตัวชี้วัด (${s.agency} ITA ปี ${s.year})`,
    `คะแนนรวม: ${formatScore(s.overall, { thaiDigits: false })}${s.level ? ` ระดับ ${s.level}` : ''}`,
    `ตัวชี้วัดที่ต่ำกว่าเกณฑ์: ${s.failingIndicators.join(', ')}`,
    `มาตรการที่เพิ่ม ${s.measures.length} รายการ:`,
    ...s.measures.map((m) => `  • ${m.id} ${m.title} (ตัวชี้วัดที่ ${m.indicators.join(', ')})`),
    `ไฟล์ที่เขียนใน ${s.outDir}: ${s.files.join(', ')}`,
  ];
}

// The seed 001 sample (เทศบาลตำบลก้อ, ITA 2567) as the demo, the benchmark, scripts/render-docs.ts and
// the tests use it: the pasted scores (examples/seed-001-2567.txt), the settings the officer types, the
// example results (seed 002 style), and the documents' input built from them without the fakes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analysis';
import { catalogueForYear } from '../src/core/catalogue';
import type { DocInput } from '../src/core/document';
import { parseScores } from '../src/core/intake';
import type { AgencySettings, ResultRow } from '../src/core/types';
import { DEFAULT_DIVISIONS, STATUS_LABELS, suggestMeasures, type SettingKey } from '../src/core/workbook';

export const SEED_001_FILE = join(__dirname, '..', 'examples', 'seed-001-2567.txt');

/** The scores as pasted from the published result. */
export function seedText(): string {
  return readFileSync(SEED_001_FILE, 'utf8');
}

/** The agency of seed 001. */
export const SEED_001_AGENCY = {
  agencyName: 'เทศบาลตำบลก้อ',
  agencyType: 'เทศบาลตำบล',
  district: 'ลี้',
  province: 'ลำพูน',
} as const;

export interface ExampleResult {
  status: keyof typeof STATUS_LABELS;
  done: string;
  outcome: string;
  evidence: string;
}

/**
 * Example results typed by an officer, in the style of seed 002 (dated evidence, คำสั่ง numbers, ประกาศ
 * dates), keyed by the question code the measure links: each goes to the measure suggested for that
 * question, found by the measures table's "ข้อคำถามที่เกี่ยวข้อง" column, never by position.
 */
export const EXAMPLE_RESULTS: Record<string, ExampleResult> = {
  e9: {
    status: 'in-progress',
    done:
      '๑.ตรวจสอบระบบ E-Service ของเทศบาล และเพิ่มบริการยื่นคำร้องทั่วไปและคำขอรับเบี้ยยังชีพผู้สูงอายุทางออนไลน์ เมื่อวันที่ ๒ ธ.ค. ๖๗ ' +
      '๒.ประชาสัมพันธ์ QR code ของระบบ E-Service ทางเว็บไซต์ เฟซบุ๊กของเทศบาล และ ณ จุดบริการ ' +
      '๓.เจ้าหน้าที่ช่วยผู้รับบริการยื่นคำร้องออนไลน์ครั้งแรก ณ จุดบริการ',
    outcome:
      '-มีผู้ยื่นคำร้องทางออนไลน์ ๓๘ ราย ในไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๖๗) -ดำเนินการตามคำร้องออนไลน์ได้ภายในระยะเวลาที่ประกาศทุกราย',
    evidence: 'ประกาศเทศบาลตำบลก้อ เรื่อง การให้บริการผ่านระบบ E-Service ลงวันที่ ๒ ธ.ค. ๒๕๖๗',
  },
  e7: {
    status: 'done',
    done:
      '๑.จัดเวทีประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นต่อแผนพัฒนาท้องถิ่น ครบ ๘ หมู่บ้าน ระหว่างวันที่ ๔ – ๒๒ พ.ย. ๖๗ ' +
      '๒.เปิดรับความคิดเห็นต่อการปรับปรุงบริการทางเว็บไซต์และไลน์ของเทศบาล ๓.เผยแพร่สรุปผลเวทีประชาคมทางเว็บไซต์ เมื่อวันที่ ๒๙ พ.ย. ๖๗',
    outcome: '-ประชาชนเข้าร่วมเวทีประชาคม ๓๑๒ คน เสนอโครงการ ๔๖ โครงการ -โครงการที่ประชาชนเสนอได้รับการบรรจุในแผนพัฒนาท้องถิ่น',
    evidence: 'คำสั่งเทศบาลตำบลก้อ ที่ ๒๔๕/๒๕๖๗ ลงวันที่ ๒๘ ต.ค. ๖๗ เรื่อง แต่งตั้งคณะทำงานจัดเวทีประชาคม',
  },
  e1: {
    status: 'done',
    done:
      '๑.จัดประชุมชี้แจงเจ้าหน้าที่ เมื่อวันที่ ๙ ม.ค. ๖๘ ๒.ปรับปรุงคู่มือการให้บริการ ระบุขั้นตอนและระยะเวลาแต่ละขั้นตอน ' +
      '๓.ติดประกาศขั้นตอนการให้บริการ ณ จุดบริการและทางเว็บไซต์ของเทศบาล',
    outcome: '-ผู้รับบริการทราบขั้นตอนและระยะเวลาการให้บริการ -ไม่มีเรื่องร้องเรียนเรื่องความล่าช้าในไตรมาสที่ ๑',
    evidence: 'คำสั่งเทศบาลตำบลก้อ ที่ ๑๒/๒๕๖๘ ลงวันที่ ๘ ม.ค. ๖๘',
  },
  e6: {
    status: 'in-progress',
    done: '๑.มอบหมายเจ้าหน้าที่ตอบคำถามทางช่องทาง Q&A ภายใน ๓ วันทำการ ตามบันทึกข้อความลงวันที่ ๒๐ ธ.ค. ๖๗ ๒.รวบรวมคำถามที่พบบ่อยเผยแพร่ทางเว็บไซต์',
    outcome: '-ตอบคำถามผู้ติดต่อได้ภายในเวลาที่กำหนด ๒๗ เรื่อง จาก ๒๗ เรื่อง',
    evidence: 'บันทึกข้อความ สำนักปลัด ลงวันที่ ๒๐ ธ.ค. ๖๗',
  },
  e4: {
    status: 'in-progress',
    done: '๑.เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ เฟซบุ๊ก และไลน์ของเทศบาล ๒.ประชาสัมพันธ์ผ่านหอกระจายข่าวทุกวันจันทร์',
    outcome: '-ประชาชนเข้าถึงข้อมูลข่าวสารได้หลายช่องทาง',
    evidence: 'ประกาศเทศบาลตำบลก้อ เรื่อง ช่องทางการเผยแพร่ข้อมูลข่าวสาร ลงวันที่ ๖ ม.ค. ๒๕๖๘',
  },
};

/** The officer who types the demo's results, and the date typed with them. */
export const DEMO_OFFICER = 'นางสาวภาวิณี แท้คำ';
export const DEMO_UPDATED_AT = '๑๕ ม.ค. ๖๘';

/** What the demo's officer types in ตั้งค่า (the tests' document fixture starts from it too). */
export const DEMO_SETTINGS = {
  ...SEED_001_AGENCY,
  assessmentYear: 2567,
  planFiscalYear: 2568,
  signerName: DEMO_OFFICER,
  signerPosition: 'นักวิเคราะห์นโยบายและแผน',
} as const satisfies Partial<Record<SettingKey, string | number>>;

/**
 * The example for a measure linking these question codes: the first code with an example that no
 * earlier measure took (it is marked taken), or null. Each example goes to one measure, found by the
 * codes the measure links, never by position.
 */
export function takeExample(codes: readonly string[], taken: Set<string>, examples = EXAMPLE_RESULTS): string | null {
  const code = codes.find((c) => examples[c] && !taken.has(c));
  if (!code) return null;
  taken.add(code);
  return code;
}

/**
 * The documents' input as the demo and `ita generate` make it from seed 001, without the fakes: the
 * pasted scores analysed, the suggested measures, and the example results on the measures of their
 * questions. The texts a supervisor would actually be handed (used by render-docs and the length tests).
 */
export function seed001Input(over: Partial<AgencySettings> = {}): DocInput {
  const parsed = parseScores(seedText());
  const analysis = analyze(parsed.scores, {});
  const catalogue = catalogueForYear(analysis.year).catalogue;
  const settings: AgencySettings = {
    ...SEED_001_AGENCY,
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
  const taken = new Set<string>();
  const results: ResultRow[] = [];
  for (const m of measures) {
    const code = takeExample(m.questions, taken);
    if (!code) continue;
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

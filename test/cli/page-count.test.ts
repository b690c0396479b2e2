// Length measured as a reader gets it: the seed 001 documents (as the demo makes them) rendered to .docx,
// converted by LibreOffice to PDF and counted with pdfinfo. Needs libreoffice-writer and poppler-utils
// (.ci/run installs them with the Thai fonts); the test fails, it does not skip, when they are missing.
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildAnalysisReport, buildAnnouncement, type DocModel } from '../../src/core/document';
import { renderDocx } from '../../src/cli/docx/render-docx';
import { seed001Input } from '../core/seed001-input';

jest.setTimeout(180_000);

async function pdfOf(model: DocModel, name: string): Promise<{ pages: number; text: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-pages-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, await renderDocx(model));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    {
      stdio: 'ignore',
      timeout: 170_000,
    },
  );
  const pdf = join(dir, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
  return { pages, text };
}

describe('seed 001 rendered by LibreOffice', () => {
  test('the analysis memo takes at most 18 pages (30 before), numbered "- n -" from page 2, every weak score kept', async () => {
    const input = seed001Input();
    const { pages, text } = await pdfOf(buildAnalysisReport(input), 'analysis');
    expect(pages).toBeLessThanOrEqual(18);
    expect(text[0]).not.toMatch(/^\s*- ?[0-9๐-๙]+ ?-\s*$/m);
    expect(text[1]).toMatch(/^\s*- ?[2๒] ?-\s*$/m);
    const all = text.join('\n');
    for (const w of input.analysis.weakQuestions) {
      const score = w.score.toFixed(2).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);
      expect(all).toContain(score);
    }
    expect(all).toContain('บันทึกข้อความ');
    expect(all).toContain('ความเห็นของนายกเทศมนตรีตำบลก้อ');
  });

  test('the announcement: one page and its annex (2 pages), no blank page', async () => {
    const { pages, text } = await pdfOf(buildAnnouncement(seed001Input()), 'announcement');
    expect(pages).toBe(2);
    for (const page of text.slice(0, pages)) expect(page.replace(/\s|-|[0-9๐-๙]/g, '').length).toBeGreaterThan(50);
  });
});

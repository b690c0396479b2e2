// The sidebar in a real browser: chromium ($CHROMIUM_PATH or Debian's) driven by playwright-core, against the built
// dist/Sidebar.html served by scripts/preview.ts, whose google.script.run is answered by the real server
// code on the fakes over the seed 001 sample. Screenshots go to test-output/sidebar/ (git-ignored).
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { dumpSheet, type FakeSheet } from '../../emulator';
import { CHROMIUM_ARGS, chromiumMissing, chromiumPath } from '../../scripts/chromium';
import { startPreview, type Preview } from '../../scripts/preview';
import { DOC_KINDS } from '../../src/core/document/kinds';

const CHROMIUM = chromiumPath();
const SHOTS = path.resolve(__dirname, '../../test-output/sidebar');
const WIDTH = 300;
const XSS = '<img src=x onerror=alert(1)>';

let preview: Preview;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

function measuresSheet(): FakeSheet {
  const sheet = preview.fakes.spreadsheet
    .getSheets()
    .find((s) => String(dumpSheet(s)[0]?.[0]) === 'รหัส' && String(dumpSheet(s)[0]?.[1]).startsWith('มาตรการ'));
  if (!sheet) throw new Error('measures sheet not found in the fake workbook');
  return sheet;
}

/** Data rows of the measures table with a non-blank id. */
function measureRows(): unknown[][] {
  return dumpSheet(measuresSheet())
    .slice(1)
    .filter((r) => String(r[0] ?? '').trim() !== '');
}

async function shot(name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A full-page screenshot cropped to the first `max` px of height (for the README's images). */
async function shotTop(name: string, max = 1000): Promise<string> {
  const file = path.join(SHOTS, `${name}-top.png`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: file,
    fullPage: true,
    clip: { x: 0, y: 0, width: WIDTH, height: Math.min(max, height) },
  });
  return file;
}

async function openTab(tab: string): Promise<void> {
  await page.click(`[data-tab=${tab}]`);
  await page.waitForSelector(`#view-${tab}`);
}

/**
 * Nothing sticks out sideways: the page does not scroll horizontally AND every element's right edge is
 * within the viewport's client width (0.5 px tolerance), so a clipped or hidden overflow fails too.
 */
async function noHorizontalScroll(): Promise<void> {
  const r = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const e of Array.from(document.querySelectorAll('body *'))) {
      const b = e.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.right > limit + 0.5 || b.left < -0.5)
        wide.push(
          `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${b.left.toFixed(1)}..${b.right.toFixed(1)}`,
        );
    }
    return { limit, scrollWidth: document.scrollingElement!.scrollWidth, wide };
  });
  expect(r.wide).toEqual([]);
  expect(r.scrollWidth).toBeLessThanOrEqual(r.limit);
  expect(r.limit).toBeLessThanOrEqual(WIDTH);
}

/** Waits until no action or refresh is running (the refresh button is enabled again). */
async function idle(): Promise<void> {
  await page.waitForFunction(() => !(document.getElementById('refresh') as HTMLButtonElement).disabled);
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error(`the sidebar's browser tests need chromium: ${chromiumMissing()}`);
  fs.mkdirSync(SHOTS, { recursive: true });
  preview = await startPreview({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(preview.url);
  await page.waitForSelector('#overall-score');
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

afterEach(() => {
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});

describe('the sidebar on the seed 001 sample', () => {
  test('the dashboard shows the overall score, level, gap and indicator 8 failing at 83.83', async () => {
    expect(await page.textContent('#overall-score')).toBe('95.11');
    expect(await page.textContent('#overall-level')).toBe('ผ่านดี');
    expect(await page.textContent('#overall-gap')).toContain('สูงกว่าเป้าหมาย 10.11');
    expect(await page.textContent('.overall .agency')).toContain('เทศบาลตำบลก้อ');
    const failing = await page.$$eval('svg.chart .bar.fail', (gs) =>
      gs.map((g) => [g.getAttribute('data-indicator'), g.textContent]),
    );
    expect(failing).toHaveLength(1);
    expect(failing[0][0]).toBe('8');
    expect(failing[0][1]).toContain('83.83');
    expect(await page.$$eval('svg.chart .bar', (gs) => gs.length)).toBe(10);
    expect(await page.$('svg.chart line.target')).not.toBeNull();
    expect(await page.textContent('[data-instrument=EIT] .score')).toBe('87.58');
    await noHorizontalScroll();
    await shot('dashboard');
    await shotTop('dashboard');
  });

  test('weak questions are sorted by gap with EIT part scores and a recommendation', async () => {
    await openTab('weak');
    const codes = await page.$$eval('article.question', (as) => as.map((a) => a.getAttribute('data-code')));
    expect(codes[0]).toBe('e9');
    expect(codes).toEqual(expect.arrayContaining(['e7', 'e8']));
    const e7 = page.locator('article.question[data-code=e7]');
    expect(await e7.locator('.part').allTextContents()).toEqual(
      expect.arrayContaining(['ส่วนที่ 1 96.50', 'ส่วนที่ 2 74.00']),
    );
    // The documents' words, never "ห่างเกณฑ์ 11.00": threshold 85, part 2 at 74.00.
    expect(await e7.locator('.part.gap').textContent()).toBe('ต่ำกว่าเกณฑ์ 11.00');
    expect(await e7.textContent()).toContain('o25');
    expect(await e7.locator('button.add-measure').textContent()).toBe('เพิ่มเป็นมาตรการ');
    await noHorizontalScroll();
    await shot('weak-questions');
    await shotTop('weak-questions');
  });

  test('adding a measure from a weak question writes exactly one row; a second click adds nothing', async () => {
    expect(measureRows()).toHaveLength(0);
    // Every request the page sends to the server's addMeasureForQuestion is counted.
    let requests = 0;
    const count = (r: { url(): string }) => {
      if (r.url().includes('/rpc/addMeasureForQuestion')) requests++;
    };
    page.on('request', count);
    try {
      // Two clicks in the same moment (a double click): the second is ignored, the re-drawn button is disabled.
      const disabledAfter = await page.evaluate(() => {
        const b = document.querySelector('article.question[data-code=e7] button.add-measure') as HTMLButtonElement;
        b.click();
        b.click();
        const now = document.querySelector('article.question[data-code=e7] button.add-measure') as HTMLButtonElement;
        return now.disabled;
      });
      expect(disabledAfter).toBe(true);
      await idle();
      await page.waitForSelector('article.question[data-code=e7] .covered');
    } finally {
      page.off('request', count);
    }
    expect(requests).toBe(1);
    const rows = measureRows();
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('M01');
    expect(String(rows[0][6])).toContain('e7');
    // The notice of the one call that ran: the measure added, not "already covered" from a second call.
    expect(await page.textContent('#notice')).toBe(
      `เพิ่มมาตรการ M01 "${String(rows[0][1])}" สำหรับข้อ e7 ในชีต "${measuresSheet().getName()}" แล้ว`,
    );
    // The server refuses a duplicate too (a second sidebar, a stale page).
    const again = await page.evaluate(async () => {
      const r = await fetch('/rpc/addMeasureForQuestion', { method: 'POST', body: JSON.stringify(['e7']) });
      return r.json();
    });
    expect(again).toMatchObject({ ok: true, value: { added: false, measureId: 'M01' } });
    expect(measureRows()).toHaveLength(1);
    await shot('weak-after-add');
  });

  test('the measures view lists the measure with its division, status and progress, and filters by division', async () => {
    await openTab('measures');
    expect(await page.textContent('li.measure[data-id=M01]')).toContain('ยังไม่เริ่ม');
    expect(await page.textContent('#progress')).toContain('ยังไม่เริ่ม 1');
    const division = String(measureRows()[0][3]);
    await page.selectOption('#division-filter', division);
    expect(await page.$$eval('li.measure', (ls) => ls.length)).toBe(1);
    await page.selectOption('#division-filter', 'กองคลัง');
    expect(await page.$$eval('li.measure', (ls) => ls.length)).toBe(division === 'กองคลัง' ? 1 : 0);
    // One spelling of "all divisions" (the settings default and the suggested rows agree).
    const options = await page.$$eval('#division-filter option', (os) => os.map((o) => o.textContent ?? ''));
    expect(options.filter((o) => o.startsWith('ทุกกอง'))).toEqual(['ทุกกอง/สำนัก']);
    await page.selectOption('#division-filter', '');
    await noHorizontalScroll();
    await shot('measures');
  });

  test('a measure naming several divisions is listed under each of them; the cell is not an option of its own', async () => {
    const sheet = measuresSheet();
    const row = dumpSheet(sheet).length + 1;
    sheet.getRange(row, 1, 1, 4).setValues([['M90', 'มาตรการร่วมหลายกอง', 'ทดสอบ', 'สำนักปลัด, กองคลัง']]);
    try {
      await page.click('#refresh');
      await idle();
      await openTab('measures');
      const options = await page.$$eval('#division-filter option', (os) => os.map((o) => o.textContent ?? ''));
      expect(options).not.toContain('สำนักปลัด, กองคลัง');
      expect(options).toEqual(expect.arrayContaining(['สำนักปลัด', 'กองคลัง']));
      for (const division of ['กองคลัง', 'สำนักปลัด']) {
        await page.selectOption('#division-filter', division);
        expect(await page.locator('li.measure[data-id=M90]').count()).toBe(1);
      }
      await page.selectOption('#division-filter', 'กองช่าง');
      expect(await page.locator('li.measure[data-id=M90]').count()).toBe(0);
      await page.selectOption('#division-filter', '');
    } finally {
      sheet.getRange(row, 1, 1, 4).setValues([['', '', '', '']]);
      await page.click('#refresh');
      await idle();
    }
  });

  test('spreadsheet text is shown as text: a measure named like markup runs nothing', async () => {
    const sheet = measuresSheet();
    const next = dumpSheet(sheet).length + 1;
    sheet.getRange(next, 1, 1, 4).setValues([['M02', XSS, 'ทดสอบ', XSS]]);
    await page.click('#refresh');
    await idle();
    await openTab('measures');
    const item = page.locator('li.measure[data-id=M02]');
    expect(await item.locator('.m-title').textContent()).toBe(XSS);
    expect(await page.$$eval('#content img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('option', (os) => os.map((o) => o.textContent))).toContain(XSS);
    await shot('escaping');
    expect(dialogs).toEqual([]);
  });

  test('a server failure shows its Thai message inside the sidebar', async () => {
    await openTab('weak');
    preview.fakes.holdDocumentLockByOther();
    try {
      await page.click('article.question[data-code=e8] button.add-measure');
      await page.waitForSelector('#error:not([hidden])');
      expect(await page.textContent('#error')).toContain('มีผู้ใช้อื่นกำลังบันทึกข้อมูลในสมุดงานนี้');
      await idle();
      expect(measureRows()).toHaveLength(2);
      await noHorizontalScroll();
      await shot('server-failure');
    } finally {
      preview.fakes.releaseLocksHeldByOthers();
    }
  });

  test('adding e4 covers e5 too (one recommendation): e5 offers no dead button', async () => {
    await openTab('weak');
    expect(await page.locator('article.question[data-code=e5] button.add-measure').count()).toBe(1);
    const before = measureRows().length;
    await page.click('article.question[data-code=e4] button.add-measure');
    await idle();
    await page.waitForSelector('article.question[data-code=e4] .covered');
    expect(await page.textContent('#notice')).toMatch(/^เพิ่มมาตรการ M\d+ ".+" สำหรับข้อ e4, e5 /);
    expect(await page.locator('article.question[data-code=e5] button.add-measure').count()).toBe(0);
    expect(await page.textContent('article.question[data-code=e5] .covered')).toMatch(/มีมาตรการ M\d+ รองรับแล้ว/);
    const rows = measureRows();
    expect(rows).toHaveLength(before + 1);
    expect(String(rows[rows.length - 1][6])).toBe('e4, e5');
  });

  test('generating a document shows progress while it runs, then the link', async () => {
    await openTab('documents');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Held only to see the progress; the answer is the real server's, and it must be a success.
    const answers: { ok: boolean; value?: { ok?: boolean; message?: string }; message?: string }[] = [];
    await page.route('**/rpc/generateDocument', async (route: Route) => {
      await held;
      const response = await route.fetch();
      answers.push((await response.json()) as (typeof answers)[number]);
      return route.fulfill({ response });
    });
    try {
      const card = page.locator('article.doc[data-kind=measures-plan]');
      await card.locator('button.generate').click();
      await card.locator('.running progress').waitFor();
      expect(await card.locator('button.generate').isDisabled()).toBe(true);
      expect(await card.locator('.running').textContent()).toContain('กำลังสร้างเอกสาร');
      await shot('document-running');
      const responded = page.waitForResponse('**/rpc/generateDocument');
      release();
      await responded;
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ ok: true, value: { ok: true } });
      const a = card.locator('.doc-link a');
      await a.waitFor();
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
      await idle();
      // The PDF written next to it (for the agency's website), also opening outside the sidebar.
      const pdf = card.locator('.pdf-link a');
      expect(await pdf.getAttribute('target')).toBe('_blank');
      expect(await pdf.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
      expect(await card.locator('.running').count()).toBe(0);
      await noHorizontalScroll();
      // When it was made: a Thai B.E. date and time (digits per the settings), not "2026-11-22 08:07".
      const meta = (await card.locator('.doc-meta').textContent()) ?? '';
      expect(meta).toMatch(
        /ฉบับที่ [0-9๐-๙]+ · [0-9๐-๙]{1,2} [ก-ฮ.]+ (25|๒๕)[0-9๐-๙]{2} เวลา [0-9๐-๙]{2}:[0-9๐-๙]{2} น\./,
      );
      expect(meta).not.toMatch(/\d{4}-\d\d-\d\d/);
      await shot('document-done');
      expect(await card.locator('.out-of-date').count()).toBe(0);
      // The sheet changes after the document was made: the card says it is out of date.
      const sheet = measuresSheet();
      sheet.getRange(dumpSheet(sheet).length + 1, 1, 1, 2).setValues([['M03', 'มาตรการเพิ่มภายหลัง']]);
      await page.click('#refresh');
      await idle();
      await card.locator('.out-of-date').waitFor();
      expect(await card.locator('.out-of-date').textContent()).toBe('ไม่เป็นปัจจุบัน');
      await shot('document-out-of-date');
    } finally {
      await page.unroute('**/rpc/generateDocument');
    }
  });

  test("a failed generation shows its Thai message once, in the document's card", async () => {
    await openTab('documents');
    const card = page.locator('article.doc[data-kind=results-report]');
    const onlyOnce = async (text: string) => {
      await card.locator('.doc-message.error').waitFor();
      await idle();
      expect(await card.locator('.doc-message.error').textContent()).toBe(text);
      const body = await page.evaluate(() => document.body.innerText);
      expect(body.split(text).length - 1).toBe(1);
      expect(await page.isVisible('#error')).toBe(false);
    };
    // The documents side answers ok:false with its own message.
    const message = 'สร้างเอกสารไม่สำเร็จ: ทดสอบข้อความแจ้งข้อผิดพลาด';
    await page.route('**/rpc/generateDocument', (route: Route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { ok: false, message, url: '' } }),
      }),
    );
    try {
      await card.locator('button.generate').click();
      await onlyOnce(message);
      await shot('document-failed');
    } finally {
      await page.unroute('**/rpc/generateDocument');
    }
    // The call itself fails (the server throws): its Thai message, also only in the card.
    await page.route('**/rpc/generateDocument', (route: Route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, message: 'มีผู้ใช้อื่นกำลังสร้างเอกสารอยู่ กรุณารอสักครู่' }),
      }),
    );
    try {
      await card.locator('button.generate').click();
      await onlyOnce('มีผู้ใช้อื่นกำลังสร้างเอกสารอยู่ กรุณารอสักครู่');
    } finally {
      await page.unroute('**/rpc/generateDocument');
    }
  });

  test('when the workbook cannot be read, the document says "ตรวจสอบไม่ได้" with the reason, not "เป็นปัจจุบัน"', async () => {
    const settings = preview.fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ')!;
    const row = dumpSheet(settings).findIndex((r) => r[0] === 'ค่าเป้าหมาย (คะแนน)') + 1;
    const before = settings.getRange(row, 2).getValue();
    settings.getRange(row, 2).setValue('แปดสิบห้า');
    try {
      await page.click('#refresh');
      await idle();
      await openTab('documents');
      const card = page.locator('article.doc[data-kind=measures-plan]');
      expect(await card.locator('.badge').allTextContents()).toEqual(['ตรวจสอบไม่ได้']);
      expect(await card.locator('.doc-unchecked').textContent()).toMatch(/อ่านข้อมูลในสมุดงานไม่ได้: .*ค่าเป้าหมาย/);
      expect(await card.locator('.up-to-date, .out-of-date').count()).toBe(0);
      await noHorizontalScroll();
      await shot('document-not-checked');
    } finally {
      settings.getRange(row, 2).setValue(before);
      await page.click('#refresh');
      await idle();
    }
    expect(await page.locator('article.doc[data-kind=measures-plan] .out-of-date').count()).toBe(1);
  });

  test('no view scrolls sideways at 300 px', async () => {
    for (const tab of ['dashboard', 'weak', 'measures', 'documents']) {
      await openTab(tab);
      await noHorizontalScroll();
    }
  });

  test('accessibility: tabs with panel and arrow keys, named repeated buttons, a named trend header, instrument names in words', async () => {
    // Tabs: each controls the tab panel, which is labelled by the selected tab; arrow keys move the selection.
    await openTab('dashboard');
    const tabs = await page.$$eval('[role=tab]', (ts) =>
      ts.map((t) => [
        t.id,
        t.getAttribute('aria-controls'),
        t.getAttribute('aria-selected'),
        t.getAttribute('tabindex'),
      ]),
    );
    expect(tabs).toEqual([
      ['tab-dashboard', 'content', 'true', '0'],
      ['tab-weak', 'content', 'false', '-1'],
      ['tab-measures', 'content', 'false', '-1'],
      ['tab-documents', 'content', 'false', '-1'],
    ]);
    expect(await page.getAttribute('#content', 'role')).toBe('tabpanel');
    expect(await page.getAttribute('#content', 'aria-labelledby')).toBe('tab-dashboard');
    await page.focus('#tab-dashboard');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#view-weak');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-weak');
    expect(await page.getAttribute('#tab-weak', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#content', 'aria-labelledby')).toBe('tab-weak');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#view-dashboard');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#view-documents');
    await page.keyboard.press('Home');
    await page.waitForSelector('#view-dashboard');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-dashboard');

    // Repeated buttons say which question / document they act on.
    await openTab('weak');
    const adds = await page.$$eval('button.add-measure', (bs) =>
      bs.map((b) => [b.closest('article')!.getAttribute('data-code'), b.getAttribute('aria-label')]),
    );
    expect(adds.length).toBeGreaterThan(0);
    for (const [code, label] of adds) expect(label).toBe(`เพิ่มข้อ ${code} เป็นมาตรการ`);
    await openTab('documents');
    const gens = await page.$$eval('article.doc', (as) =>
      as.map((a) => [
        a.querySelector('h3')!.textContent,
        a.querySelector('button.generate')!.getAttribute('aria-label'),
      ]),
    );
    // One card per kind of the registry.
    expect(gens).toHaveLength(DOC_KINDS.length);
    for (const [title, label] of gens)
      expect(label).toMatch(new RegExp(`^(สร้าง|ปรับปรุง)เอกสาร ${title!.replace(/[()]/g, '\\$&')}$`));

    // The trend table (a second year filled in): no empty header cell.
    const byYear = preview.fakes.spreadsheet.getSheetByName('คะแนนรายปี')!;
    const col = dumpSheet(byYear)[0].indexOf(2566) + 1;
    for (let r = 2; r <= 11; r++) byYear.getRange(r, col).setValue(80 + r);
    await page.click('#refresh');
    await idle();
    await openTab('dashboard');
    const heads = await page.$$eval('#trend th', (ths) => ths.map((th) => (th.textContent ?? '').trim()));
    expect(heads.length).toBe(4);
    expect(heads.filter((h) => h === '')).toEqual([]);

    // Instrument names in words on the page, not only as a hover title.
    const names = await page.$$eval('.instrument', (is) => is.map((i) => i.getAttribute('title') ?? ''));
    expect(names).toHaveLength(3);
    const visible = await page.evaluate(() => document.getElementById('view-dashboard')!.innerText);
    for (const n of names) {
      expect(n.length).toBeGreaterThan(5);
      expect(visible).toContain(n);
    }
    await noHorizontalScroll();
    await shot('dashboard-trend');
  });

  test('every spreadsheet text is shown as text: agency, level, document title and date, a javascript: link, an issue', async () => {
    const ss = preview.fakes.spreadsheet;
    const byFirstCell = (first: string) => ss.getSheets().find((sh) => String(dumpSheet(sh)[0]?.[0]) === first)!;
    const settings = byFirstCell('รายการ');
    const setSetting = (label: string, value: unknown) =>
      settings.getRange(dumpSheet(settings).findIndex((r) => r[0] === label) + 1, 2).setValue(value);
    setSetting('ชื่อหน่วยงาน', XSS);
    // The level the seed's overall score reaches (ผ่านดี), renamed in the levels table.
    const levels = ss.getSheets().find((sh) => dumpSheet(sh).some((r) => r[0] === 'ผ่านดี'))!;
    levels.getRange(dumpSheet(levels).findIndex((r) => r[0] === 'ผ่านดี') + 1, 1).setValue(XSS);
    // The documents log: title, link and date of the generated document.
    const log = ss.getSheets().find((sh) =>
      dumpSheet(sh)
        .slice(1)
        .some((r) => r[0] === 'measures-plan' || String(r[2]).startsWith('https://docs.google.com/')),
    )!;
    const logRow = dumpSheet(log).findIndex((r, i) => i > 0 && String(r[2]).startsWith('https://')) + 1;
    log.getRange(logRow, 2, 1, 4).setValues([[XSS, 'javascript:alert(3)', log.getRange(logRow, 4).getValue(), XSS]]);
    await page.click('#refresh');
    await idle();

    await openTab('dashboard');
    expect(await page.textContent('.overall .agency')).toContain(XSS);
    expect(await page.textContent('#overall-level')).toBe(XSS);
    await noHorizontalScroll();
    await openTab('documents');
    const card = page.locator('article.doc[data-kind=measures-plan]');
    expect(await card.locator('.doc-title').textContent()).toBe(XSS);
    expect(await card.locator('.doc-meta').textContent()).toContain(XSS);
    expect(
      await page.$$eval('a', (as) =>
        as.map((a) => a.getAttribute('href') ?? '').filter((h) => !/^https?:\/\//.test(h)),
      ),
    ).toEqual([]);
    expect(await card.locator('.doc-link a').count()).toBe(0);
    await noHorizontalScroll();
    await shot('escaping-documents');

    // An input issue quoting the cell's text (the target is not a number).
    setSetting('ค่าเป้าหมาย (คะแนน)', XSS);
    await page.click('#refresh');
    await idle();
    await page.click('[data-tab=dashboard]');
    await page.waitForSelector('.issues');
    expect(await page.textContent('.issues')).toContain(`"${XSS}"`);
    await noHorizontalScroll();
    await shot('escaping-issues');
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('body script', (ss2) => ss2.length)).toBe(1);
    expect(dialogs).toEqual([]);
  });
});

// Renders sheets of a workbook .xlsx (e.g. demo-out/workbook.xlsx) to a PNG as a spreadsheet grid, with
// the cells' fills, for the README: `tsx scripts/render-workbook-picture.ts demo-out/workbook.xlsx
// "คะแนนรายข้อ" docs/images/workbook-questions.png [rows]`. Needs chromium ($CHROMIUM_PATH or Debian's, see scripts/chromium.ts).
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumMissing, chromiumPath } from './chromium';

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

async function main(): Promise<void> {
  const [file, sheetName, out, rowsArg] = process.argv.slice(2);
  if (!file || !sheetName || !out) throw new Error('usage: render-workbook-picture.ts FILE SHEET OUT.png [ROWS]');
  const maxRows = Number(rowsArg ?? 30);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const cols = ws.columnCount;
  const widths = Array.from({ length: cols }, (_, i) =>
    Math.min(300, Math.round((ws.getColumn(i + 1).width ?? 10) * 7)),
  );
  const rows: string[] = [];
  for (let r = 1; r <= Math.min(ws.rowCount, maxRows); r++) {
    const cells: string[] = [`<th>${r}</th>`];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const fill = cell.fill && cell.fill.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      const bg = fill ? `#${fill.slice(-6)}` : '#ffffff';
      const bold = cell.font?.bold ? 'font-weight:600;' : '';
      cells.push(`<td style="background:${bg};${bold}">${esc(cellText(cell.value))}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const letters = Array.from({ length: cols }, (_, i) => String.fromCharCode(65 + i));
  const html = `<!doctype html><meta charset="utf-8"><style>
    body{margin:0;font:13px Sarabun,Loma,sans-serif;background:#fff}
    .tab{font:600 13px sans-serif;padding:6px 10px;background:#e8f0fe;border-bottom:1px solid #c0c0c0}
    table{border-collapse:collapse;table-layout:fixed}
    td,th{border:1px solid #d0d0d0;padding:2px 4px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;height:20px}
    th{background:#f3f3f3;color:#555;font-weight:400;width:32px}
  </style><div class="tab">ชีต ${esc(sheetName)}</div><table><colgroup><col style="width:32px">${widths
    .map((w) => `<col style="width:${w}px">`)
    .join('')}</colgroup><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>${rows.join('')}</table>`;
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(chromiumMissing());
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.setContent(html);
    const box = await page.locator('body').boundingBox();
    const table = await page.locator('table').boundingBox();
    await page.screenshot({
      path: out,
      clip: {
        x: 0,
        y: 0,
        width: Math.min(1400, Math.ceil(table?.width ?? 1400)),
        height: Math.ceil(box?.height ?? 900),
      },
    });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});

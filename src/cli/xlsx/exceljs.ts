// exceljs takes about 0.3 s to load (more than the rest of the command line): it is loaded when a
// workbook is read or written, so `ita analyze` and `ita --help` start without it.
import type ExcelJS from 'exceljs';

export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

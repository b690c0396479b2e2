// Finding the ITA tables (by developer metadata on their sheet) and reading them in one call each.
import { CellBlock, LAYOUTS, METADATA_KEY, TableId, TableSnapshot } from '../../core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type TableSheets = Partial<Record<TableId, Sheet>>;

const ALL_TABLES = Object.keys(LAYOUTS) as TableId[];
const TABLE_IDS = new Set<string>(ALL_TABLES);

/**
 * Reads the "ita.table" developer metadata lazily: ONE finder call, then per metadata one getValue, and
 * getLocation().getSheet() only for the first metadata of a table that is asked for. Scanning stops as
 * soon as every table asked for is found, and resumes where it stopped when another table is asked for.
 */
class TableLocator {
  private list: Metadata[] | null = null;
  private next = 0;
  /** Resolved tables (null: no sheet carries it). */
  private readonly known = new Map<TableId, Sheet | null>();
  /** Metadata already read for tables not asked for yet, in the order found. */
  private readonly pending = new Map<TableId, Metadata[]>();

  constructor(private readonly ss: Spreadsheet) {}

  locate(wanted: readonly TableId[]): TableSheets {
    const out: TableSheets = {};
    for (const id of wanted) {
      const sheet = this.resolve(id);
      if (sheet) out[id] = sheet;
    }
    return out;
  }

  remember(id: TableId, sheet: Sheet): void {
    this.known.set(id, sheet);
    this.pending.delete(id);
  }

  private resolve(id: TableId): Sheet | null {
    if (this.known.has(id)) return this.known.get(id)!;
    const candidates = this.pending.get(id) ?? [];
    this.pending.delete(id);
    for (const md of candidates) {
      const sheet = md.getLocation().getSheet();
      if (sheet) return this.found(id, sheet);
    }
    const list = (this.list ??= this.ss.createDeveloperMetadataFinder().withKey(METADATA_KEY).find());
    while (this.next < list.length) {
      const md = list[this.next++];
      const value = md.getValue();
      if (!value || !TABLE_IDS.has(value) || this.known.has(value as TableId)) continue;
      if (value !== id) {
        const seen = this.pending.get(value as TableId) ?? [];
        seen.push(md);
        this.pending.set(value as TableId, seen);
        continue;
      }
      const sheet = md.getLocation().getSheet();
      if (sheet) return this.found(id, sheet);
    }
    this.known.set(id, null);
    return null;
  }

  private found(id: TableId, sheet: Sheet): Sheet {
    this.known.set(id, sheet);
    return sheet;
  }
}

/** The locator of the running server call (see withTableScope), created at its first use. */
let scope: { locator: TableLocator | null } | null = null;

/**
 * Runs one server call with its tables located at most once: every locateTables inside `fn` (helpers of
 * the documents, the log, the comments sheet…) shares what was already found. The scope ends with `fn`,
 * so nothing is kept from one call to the next (tests run many calls in one process). Nested scopes
 * share the outer one.
 */
export function withTableScope<T>(fn: () => T): T {
  if (scope) return fn();
  scope = { locator: null };
  try {
    return fn();
  } finally {
    scope = null;
  }
}

/**
 * The sheet of each table asked for (default: all), found by developer metadata (key "ita.table", value =
 * table id) anywhere in the spreadsheet, so renamed or reordered sheets are still found. Never by sheet
 * name. A table marked on two sheets (a duplicated sheet) uses the first one found. Tables not found are
 * left out.
 */
export function locateTables(ss: Spreadsheet, wanted: readonly TableId[] = ALL_TABLES): TableSheets {
  const locator = scope ? (scope.locator ??= new TableLocator(ss)) : new TableLocator(ss);
  return locator.locate(wanted);
}

/** A sheet just created for a table (and marked): later look-ups in the same server call find it. */
export function rememberTable(id: TableId, sheet: Sheet): void {
  scope?.locator?.remember(id, sheet);
}

/** One getDataRange + getValues (+ getMergedRanges when asked) for a table. */
export function readTable(sheet: Sheet, table: TableId, withMerges = false): TableSnapshot {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const snap: TableSnapshot = { table, sheet: sheet.getName(), values };
  if (withMerges) {
    const merged = range.getMergedRanges();
    if (merged.length) snap.merged = merged.map((r) => r.getA1Notation());
  }
  return snap;
}

/** Read several tables; absent tables are left out. */
export function readTables(
  sheets: TableSheets,
  ids: TableId[],
  withMerges = false,
): Partial<Record<TableId, TableSnapshot>> {
  const out: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of ids) {
    const sheet = sheets[id];
    if (sheet) out[id] = readTable(sheet, id, withMerges);
  }
  return out;
}

/** One setValues for a block (the sheet grows first when the block reaches past its last row/column). */
export function writeBlock(sheet: Sheet, block: Pick<CellBlock, 'row' | 'col' | 'values'>): void {
  if (!block.values.length || !block.values[0].length) return;
  const lastRow = block.row + block.values.length - 1;
  const lastCol = block.col + block.values[0].length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (lastCol > maxCols) sheet.insertColumnsAfter(maxCols, lastCol - maxCols);
  sheet.getRange(block.row, block.col, block.values.length, block.values[0].length).setValues(block.values);
}

// A fake Sheet: a sparse grid of cells (1-based rows/columns), 1000 × 26 when new.
import { Fake, Like } from '../calls';
import { parseA1 } from './a1';
import { Cell, FORMAT_KEYS, isEmptyContent } from './cells';
import { ARBITRARY_RANGE_ERROR, FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type GS = GoogleAppsScript.Spreadsheet.Sheet;

export const OUTSIDE_ERROR = 'The coordinates of the range are outside the dimensions of the sheet.';

export interface Merge {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** What `inspect()` returns: the whole model of a sheet, for assertions. */
export interface SheetInspection {
  name: string;
  sheetId: number;
  index: number;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** Grids of lastRow × lastColumn (at least the formatted area), as getValues/getFormulas… would read. */
  values: (string | number | boolean | Date)[][];
  displayValues: string[][];
  formulas: string[][];
  backgrounds: string[][];
  fontWeights: string[][];
  fontColors: string[][];
  numberFormats: string[][];
  notes: string[][];
  /** Data validation rules (criteria, values, allowInvalid, helpText) or null. */
  validations: ({ criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null } | null)[][];
  /** Raw cell objects, keyed by A1 ("B3"), only cells that hold something. */
  cells: Record<string, Cell>;
  merges: string[];
  protections: { type: string; range: string; description: string; warningOnly: boolean }[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  developerMetadata: { key: string; value: string | null; location: string }[];
}

export class FakeSheet
  extends Fake
  implements
    Like<
      GS,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertRowAfter'
      | 'insertRowsBefore'
      | 'insertRowBefore'
      | 'insertColumnsAfter'
      | 'insertColumnAfter'
      | 'insertColumnsBefore'
      | 'deleteRow'
      | 'deleteRows'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'appendRow'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'setRowHeight'
      | 'setRowHeights'
      | 'getRowHeight'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'protect'
      | 'getProtections'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'setTabColor'
      | 'getTabColor'
      | 'autoResizeColumns'
      | 'autoResizeColumn'
      | 'activate'
      | 'getActiveRange'
      | 'getActiveCell'
      | 'setActiveRange'
      | 'getSheetName'
      | 'getFrozenRows'
    >
{
  readonly _kind = 'Sheet';
  readonly _service = 'Spreadsheet' as const;
  /** rows[r-1][c-1]; sparse. */
  _rows: (Cell | undefined)[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  colWidths = new Map<number, number>();
  /** Columns hidden by hideColumns (1-based). */
  hiddenCols = new Set<number>();
  rowHeights = new Map<number, number>();
  merges: Merge[] = [];
  _protections: FakeProtection[] = [];
  autoResized: number[] = [];
  private activeRange: FakeRange | null = null;

  constructor(
    readonly ss: FakeSpreadsheet,
    readonly id: number,
    public name: string,
  ) {
    super();
  }

  // ---- internal model ----
  _cell(row: number, col: number, create: true): Cell;
  _cell(row: number, col: number, create?: false): Cell | undefined;
  _cell(row: number, col: number, create = false): Cell | undefined {
    let r = this._rows[row - 1];
    if (!r) {
      if (!create) return undefined;
      r = this._rows[row - 1] = [];
    }
    let c = r[col - 1];
    if (!c && create) c = r[col - 1] = {};
    return c;
  }

  _rangeUnchecked(row: number, col: number, numRows: number, numCols: number): FakeRange {
    return new FakeRange(this, row, col, numRows, numCols);
  }

  _checkedRange(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) throw new Error(OUTSIDE_ERROR);
    return new FakeRange(this, row, col, numRows, numCols);
  }

  _lastRow(): number {
    for (let r = this._rows.length; r >= 1; r--) {
      const row = this._rows[r - 1];
      if (row && row.some((c) => !isEmptyContent(c))) return r;
    }
    return 0;
  }

  _lastCol(): number {
    let last = 0;
    for (const row of this._rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--)
        if (!isEmptyContent(row[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  // ---- identity ----
  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (name !== this.name && this.ss._sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  /** 1-based position. */
  getIndex(): number {
    return this.ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.ss;
  }
  activate(): this {
    this.ss._active = this;
    return this;
  }

  // ---- ranges ----
  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): FakeRange {
    if (typeof a === 'string') return this._a1(a);
    return this._checkedRange(a, col as number, numRows ?? 1, numCols ?? 1);
  }

  _a1(a1: string): FakeRange {
    const p = parseA1(a1);
    if (p.sheetName !== null && p.sheetName !== this.name) throw new Error('Range not found');
    const row = p.row ?? 1;
    const col = p.col ?? 1;
    const lastRow = p.lastRow ?? this.maxRows;
    const lastCol = p.lastCol ?? this.maxCols;
    const r0 = Math.min(row, lastRow);
    const c0 = Math.min(col, lastCol);
    return this._checkedRange(r0, c0, Math.abs(lastRow - row) + 1, Math.abs(lastCol - col) + 1);
  }

  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getActiveRange(): FakeRange {
    return this.activeRange ?? new FakeRange(this, 1, 1, 1, 1);
  }
  getActiveCell(): FakeRange {
    const r = this.getActiveRange();
    return new FakeRange(this, r.row, r.col, 1, 1);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range | FakeRange): FakeRange {
    this.activeRange = range as unknown as FakeRange;
    this.ss._active = this;
    return this.activeRange;
  }

  // ---- structure ----
  /** Inserts rows before `before` (1-based); new rows copy the formats of `formatFrom` row, if any. */
  _insertRows(before: number, howMany: number, formatFrom: number | null): void {
    const fresh: (Cell | undefined)[][] = [];
    const src = formatFrom ? this._rows[formatFrom - 1] : undefined;
    for (let i = 0; i < howMany; i++) {
      const row: (Cell | undefined)[] = [];
      if (src)
        src.forEach((c, j) => {
          if (!c) return;
          const n: Cell = {};
          for (const k of FORMAT_KEYS) if (c[k] !== undefined) (n as Record<string, unknown>)[k] = c[k];
          if (c.validation) n.validation = c.validation;
          if (Object.keys(n).length) row[j] = n;
        });
      fresh.push(row);
    }
    while (this._rows.length < before - 1) this._rows.push(undefined as unknown as Cell[]);
    this._rows.splice(before - 1, 0, ...fresh);
    this.maxRows += howMany;
    for (const m of this.merges) if (m.row >= before) m.row += howMany;
    this.ss._shiftMetadata(this, 'ROW', before, howMany);
  }

  _deleteRows(row: number, howMany: number): void {
    if (row < 1 || row + howMany - 1 > this.maxRows) throw new Error(OUTSIDE_ERROR);
    if (howMany >= this.maxRows - this.frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(row - 1, howMany);
    this.maxRows -= howMany;
    this.merges = this.merges.filter((m) => m.row + m.numRows - 1 < row || m.row >= row + howMany);
    for (const m of this.merges) if (m.row >= row + howMany) m.row -= howMany;
    this.ss._shiftMetadata(this, 'ROW', row, -howMany);
  }

  _insertCols(before: number, howMany: number): void {
    for (const r of this._rows)
      if (r && r.length >= before) r.splice(before - 1, 0, ...new Array<Cell | undefined>(howMany));
    this.maxCols += howMany;
    this.hiddenCols = new Set([...this.hiddenCols].map((c) => (c >= before ? c + howMany : c)));
    for (const m of this.merges) if (m.col >= before) m.col += howMany;
    this.ss._shiftMetadata(this, 'COLUMN', before, howMany);
  }

  _deleteCols(col: number, howMany: number): void {
    if (col < 1 || col + howMany - 1 > this.maxCols) throw new Error(OUTSIDE_ERROR);
    if (howMany >= this.maxCols - this.frozenCols)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    for (const r of this._rows) if (r) r.splice(col - 1, howMany);
    this.maxCols -= howMany;
    this.hiddenCols = new Set(
      [...this.hiddenCols]
        .filter((c) => c < col || c >= col + howMany)
        .map((c) => (c >= col + howMany ? c - howMany : c)),
    );
    this.merges = this.merges.filter((m) => m.col + m.numCols - 1 < col || m.col >= col + howMany);
    for (const m of this.merges) if (m.col >= col + howMany) m.col -= howMany;
    this.ss._shiftMetadata(this, 'COLUMN', col, -howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 0 || afterPosition > this.maxRows) throw new Error(OUTSIDE_ERROR);
    this._insertRows(afterPosition + 1, howMany, afterPosition >= 1 ? afterPosition : null);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.maxRows) throw new Error(OUTSIDE_ERROR);
    this._insertRows(beforePosition, howMany, beforePosition);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 0 || afterPosition > this.maxCols) throw new Error(OUTSIDE_ERROR);
    this._insertCols(afterPosition + 1, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.maxCols) throw new Error(OUTSIDE_ERROR);
    this._insertCols(beforePosition, howMany);
    return this;
  }
  deleteRow(rowPosition: number): this {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this._deleteCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteCols(columnPosition, howMany);
  }

  /** Writes after the last row with content; grows the sheet when full, like the real one. */
  appendRow(rowContents: unknown[]): this {
    const row = this._lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxCols) this.maxCols = rowContents.length;
    if (rowContents.length) new FakeRange(this, row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    new FakeRange(this, 1, 1, this.maxRows, this.maxCols).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    new FakeRange(this, 1, 1, this.maxRows, this.maxCols).clearNote();
    return this;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.maxRows) throw new Error(OUTSIDE_ERROR);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.maxCols) throw new Error(OUTSIDE_ERROR);
    this.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.colWidths.set(c, width);
    return this;
  }
  // Reference: "hideColumns(columnIndex, numColumns) Hides one or more consecutive columns starting at the
  // given index." Out-of-sheet positions throw, like the other column methods.
  hideColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > this.maxCols)
      throw new Error(OUTSIDE_ERROR);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > this.maxCols)
      throw new Error(OUTSIDE_ERROR);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenCols.has(columnPosition);
  }
  getColumnWidth(columnPosition: number): number {
    return this.colWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResized.push(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    this.autoResized.push(columnPosition);
    return this;
  }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }

  // ---- protection ----
  /** Returns the existing sheet protection when there is one, like the real service. */
  protect(): FakeProtection {
    const existing = this._protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection('SHEET', this, new FakeRange(this, 1, 1, this.maxRows, this.maxCols));
    this._protections.push(p);
    return p;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType | string): FakeProtection[] {
    return this._protections.filter((p) => p.type === String(type));
  }

  // ---- developer metadata ----
  addDeveloperMetadata(
    key: string,
    value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility | string,
  ): this {
    this.ss._addMetadata({ type: 'SHEET', sheet: this, start: 0, count: 0 }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.ss._metadata.filter((m) => m.place.type === 'SHEET' && m.place.sheet === this);
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(() => this.ss._metadata.filter((m) => m.place.sheet === this), null);
  }
  _metadataPlaceOf(r: FakeRange): { type: 'ROW' | 'COLUMN'; start: number; count: number } {
    if (r.col === 1 && r.numCols === this.maxCols) return { type: 'ROW', start: r.row, count: r.numRows };
    if (r.row === 1 && r.numRows === this.maxRows) return { type: 'COLUMN', start: r.col, count: r.numCols };
    throw new Error(ARBITRARY_RANGE_ERROR);
  }

  /** The whole model, for assertions (not counted). See SheetInspection. */
  inspect(): SheetInspection {
    let h = this._lastRow();
    let w = this._lastCol();
    this._rows.forEach((row, i) =>
      row?.forEach((c, j) => {
        if (c && Object.keys(c).length) {
          h = Math.max(h, i + 1);
          w = Math.max(w, j + 1);
        }
      }),
    );
    const r = h && w ? new FakeRange(this, 1, 1, h, w) : null;
    const grid = <T>(f: (rg: FakeRange) => T[][]): T[][] => (r ? f(r) : []);
    const cells: Record<string, Cell> = {};
    this._rows.forEach((row, i) =>
      row?.forEach((c, j) => {
        if (c && Object.keys(c).length) cells[new FakeRange(this, i + 1, j + 1, 1, 1).getA1Notation()] = { ...c };
      }),
    );
    return {
      name: this.name,
      sheetId: this.id,
      index: this.getIndex(),
      maxRows: this.maxRows,
      maxColumns: this.maxCols,
      lastRow: this._lastRow(),
      lastColumn: this._lastCol(),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenCols,
      hidden: this.hidden,
      tabColor: this.tabColor,
      values: grid((x) => x.getValues()),
      displayValues: grid((x) => x.getDisplayValues()),
      formulas: grid((x) => x.getFormulas()),
      backgrounds: grid((x) => x.getBackgrounds()),
      fontWeights: grid((x) => x.getFontWeights()),
      fontColors: grid((x) => x.getFontColors()),
      numberFormats: grid((x) => x.getNumberFormats()),
      notes: grid((x) => x.getNotes()),
      validations: grid((x) => x.getDataValidations().map((row) => row.map((v) => (v ? { ...v.data } : null)))),
      cells,
      merges: this.merges.map((m) => new FakeRange(this, m.row, m.col, m.numRows, m.numCols).getA1Notation()),
      protections: this._protections.map((p) => ({
        type: p.type,
        range: p.range.getA1Notation(),
        description: p.description,
        warningOnly: p.warningOnly,
      })),
      columnWidths: Object.fromEntries(this.colWidths),
      rowHeights: Object.fromEntries(this.rowHeights),
      developerMetadata: this.ss._metadata
        .filter((m) => m.place.sheet === this)
        .map((m) => ({
          key: m.key,
          value: m.value,
          location:
            m.place.type === 'SHEET'
              ? 'SHEET'
              : `${m.place.type}:${m.place.start}${m.place.count > 1 ? `+${m.place.count}` : ''}`,
        })),
    };
  }
}

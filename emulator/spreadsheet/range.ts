// A fake Range: a fixed rectangle of a FakeSheet (1-based). Reads and writes go to the sheet's cells.
import { Fake, Like } from '../calls';
import { toA1 } from './a1';
import {
  Cell,
  CellValue,
  DEFAULT_BACKGROUND,
  DEFAULT_FONT_COLOR,
  DEFAULT_NUMBER_FORMAT,
  FORMAT_KEYS,
  displayValue,
  isEmptyContent,
  readValue,
  writeValue,
} from './cells';
import { FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './metadata';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import { OUTSIDE_ERROR } from './sheet';
import { FakeDataValidation } from './validation';

type GR = GoogleAppsScript.Spreadsheet.Range;

export class FakeRange
  extends Fake
  implements
    Like<
      GR,
      | 'getValues'
      | 'setValues'
      | 'getValue'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'setFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'getBackgrounds'
      | 'setBackgrounds'
      | 'getBackground'
      | 'setBackground'
      | 'getFontWeights'
      | 'setFontWeights'
      | 'getFontWeight'
      | 'setFontWeight'
      | 'setFontColor'
      | 'setFontColors'
      | 'getFontColors'
      | 'setFontSize'
      | 'setFontFamily'
      | 'setFontStyle'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setWrap'
      | 'getWrap'
      | 'setWraps'
      | 'setHorizontalAlignment'
      | 'setHorizontalAlignments'
      | 'getHorizontalAlignment'
      | 'setVerticalAlignment'
      | 'getVerticalAlignment'
      | 'setNote'
      | 'setNotes'
      | 'getNote'
      | 'getNotes'
      | 'clearNote'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
      | 'clearContent'
      | 'clear'
      | 'clearFormat'
      | 'protect'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'merge'
      | 'mergeAcross'
      | 'breakApart'
      | 'isPartOfMerge'
      | 'getMergedRanges'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'offset'
      | 'getCell'
      | 'activate'
      | 'isBlank'
      | 'setBorder'
      | 'getRowIndex'
      | 'getHeight'
      | 'getWidth'
    >
{
  readonly _kind = 'Range';
  readonly _service = 'Spreadsheet' as const;
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {
    super();
  }

  // ---- helpers ----
  private map<T>(f: (c: Cell | undefined, r: number, k: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.numCols; j++)
        row.push(f(this.sheet._cell(this.row + i, this.col + j), this.row + i, this.col + j));
      out.push(row);
    }
    return out;
  }
  private each(f: (c: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) f(this.sheet._cell(this.row + i, this.col + j, true), i, j);
  }
  private checkShape(data: unknown, what = 'data'): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r)))
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.set${what}.`,
      );
    if (data.length !== this.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    for (const r of data as unknown[][])
      if (r.length !== this.numCols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numCols}.`,
        );
    return data as unknown[][];
  }
  _intersects(o: FakeRange): boolean {
    return (
      o.sheet === this.sheet &&
      this.row < o.row + o.numRows &&
      o.row < this.row + this.numRows &&
      this.col < o.col + o.numCols &&
      o.col < this.col + this.numCols
    );
  }

  // ---- values ----
  /** Numbers, strings, booleans, Dates; "" for empty; "#FORMULA" for an uncomputed formula. */
  getValues(): CellValue[][] {
    return this.map((c) => readValue(c));
  }
  getValue(): CellValue {
    return readValue(this.sheet._cell(this.row, this.col));
  }
  getDisplayValues(): string[][] {
    return this.map((c) => displayValue(c));
  }
  getDisplayValue(): string {
    return displayValue(this.sheet._cell(this.row, this.col));
  }
  setValues(values: unknown[][]): this {
    const data = this.checkShape(values, 'Values');
    for (const row of data) for (const v of row) checkCellLength(v);
    this.each((c, i, j) => writeValue(c, data[i][j]));
    return this;
  }
  /** Writes the value to every cell of the range, like the real one. */
  setValue(value: unknown): this {
    checkCellLength(value);
    this.each((c) => writeValue(c, value));
    return this;
  }
  getFormulas(): string[][] {
    return this.map((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this.sheet._cell(this.row, this.col)?.formula ?? '';
  }
  setFormulas(formulas: string[][]): this {
    const data = this.checkShape(formulas, 'Formulas');
    this.each((c, i, j) => {
      const f = String(data[i][j] ?? '');
      if (f === '') writeValue(c, '');
      else {
        delete c.value;
        delete c.error;
        c.formula = f.startsWith('=') ? f : `=${f}`;
      }
    });
    return this;
  }
  setFormula(formula: string): this {
    this.each((c) => {
      delete c.value;
      delete c.error;
      c.formula = formula.startsWith('=') ? formula : `=${formula}`;
    });
    return this;
  }
  isBlank(): boolean {
    return this.map((c) => isEmptyContent(c)).every((r) => r.every(Boolean));
  }

  // ---- formats ----
  private setAll<K extends keyof Cell>(key: K, v: Cell[K] | null | undefined): this {
    this.each((c) => {
      if (v === null || v === undefined) delete c[key];
      else c[key] = v;
    });
    return this;
  }
  private setGrid<K extends keyof Cell>(
    key: K,
    grid: unknown[][],
    what: string,
    conv: (x: unknown) => Cell[K] | null = (x) => x as Cell[K],
  ): this {
    const data = this.checkShape(grid, what);
    this.each((c, i, j) => {
      const v = conv(data[i][j]);
      if (v === null || v === undefined || v === '') delete c[key];
      else c[key] = v;
    });
    return this;
  }
  getBackgrounds(): string[][] {
    return this.map((c) => c?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.sheet._cell(this.row, this.col)?.background ?? DEFAULT_BACKGROUND;
  }
  setBackground(color: string | null): this {
    return this.setAll('background', color === null ? null : normColor(color));
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this.setGrid('background', color, 'Backgrounds', (x) => (x ? normColor(String(x)) : null));
  }
  getFontWeights(): string[][] {
    return this.map((c) => c?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    return this.sheet._cell(this.row, this.col)?.fontWeight ?? 'normal';
  }
  setFontWeight(fontWeight: string | null): this {
    return this.setAll('fontWeight', fontWeight === 'normal' ? null : fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this.setGrid('fontWeight', fontWeights, 'FontWeights', (x) => (x === 'normal' ? null : (x as string)));
  }
  setFontColor(color: string | GoogleAppsScript.Spreadsheet.Color | null): this {
    return this.setAll('fontColor', color === null ? null : normColor(String(color)));
  }
  setFontColors(colors: unknown[][]): this {
    return this.setGrid('fontColor', colors, 'FontColors', (x) => (x ? normColor(String(x)) : null));
  }
  getFontColors(): string[][] {
    return this.map((c) => c?.fontColor ?? DEFAULT_FONT_COLOR);
  }
  setFontSize(size: number | null): this {
    return this.setAll('fontSize', size);
  }
  setFontFamily(fontFamily: string | null): this {
    return this.setAll('fontFamily', fontFamily);
  }
  setFontStyle(fontStyle: string | null): this {
    return this.setAll('fontStyle', fontStyle);
  }
  setNumberFormat(numberFormat: string): this {
    return this.setAll('numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    return this.setGrid('numberFormat', numberFormats, 'NumberFormats', (x) => x as string);
  }
  getNumberFormat(): string {
    return this.sheet._cell(this.row, this.col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.map((c) => c?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setAll('wrap', isWrapEnabled);
  }
  setWraps(isWrapEnabled: unknown[][]): this {
    return this.setGrid('wrap', isWrapEnabled, 'Wraps', (x) => Boolean(x));
  }
  getWrap(): boolean {
    return this.sheet._cell(this.row, this.col)?.wrap ?? true;
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll('hAlign', alignment);
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.setGrid('hAlign', alignments, 'HorizontalAlignments', (x) => x as string);
  }
  getHorizontalAlignment(): string {
    return this.sheet._cell(this.row, this.col)?.hAlign ?? 'general';
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setAll('vAlign', alignment);
  }
  getVerticalAlignment(): string {
    return this.sheet._cell(this.row, this.col)?.vAlign ?? 'bottom';
  }
  /** Records the call's arguments on every cell (cell.border); no rendering. */
  setBorder(...args: unknown[]): this {
    return this.setAll('border', args as unknown as Cell['border']);
  }

  // ---- notes ----
  setNote(note: string | null): this {
    return this.setAll('note', note === '' ? null : note);
  }
  setNotes(notes: unknown[][]): this {
    return this.setGrid('note', notes, 'Notes', (x) => (x === null || x === undefined ? null : String(x)));
  }
  getNote(): string {
    return this.sheet._cell(this.row, this.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.map((c) => c?.note ?? '');
  }
  clearNote(): this {
    return this.setAll('note', null);
  }

  // ---- validation ----
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | FakeDataValidation | null): this {
    return this.setAll('validation', rule);
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | FakeDataValidation | null)[][]): this {
    return this.setGrid('validation', rules, 'DataValidations');
  }
  getDataValidation(): FakeDataValidation | null {
    return (this.sheet._cell(this.row, this.col)?.validation as FakeDataValidation) ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.map((c) => (c?.validation as FakeDataValidation) ?? null);
  }
  clearDataValidations(): this {
    return this.setAll('validation', null);
  }

  // ---- clearing ----
  clearContent(): this {
    this.each((c) => writeValue(c, ''));
    return this;
  }
  clearFormat(): this {
    this.each((c) => {
      for (const k of FORMAT_KEYS) delete c[k];
    });
    return this;
  }
  /** clear() = contents + formats (+ notes? no: like the real one, notes and validations stay unless asked). */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    const o = options ?? {};
    const some = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    if (!some || o.contentsOnly) this.clearContent();
    if (!some || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }

  // ---- geometry ----
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numCols;
  }
  getA1Notation(): string {
    const s = this.sheet;
    if (this.col === 1 && this.numCols === s.maxCols && this.numRows < s.maxRows)
      return `${this.row}:${this.row + this.numRows - 1}`;
    return toA1(this.row, this.col, this.numRows, this.numCols);
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet._checkedRange(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  /** 1-based, relative to the range. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) throw new Error(OUTSIDE_ERROR);
    return new FakeRange(this.sheet, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  activate(): this {
    this.sheet.setActiveRange(this as unknown as GoogleAppsScript.Spreadsheet.Range);
    return this;
  }

  // ---- merges ----
  /** Keeps only the top-left value, like the real merge. Overlapping merges throw. */
  merge(): this {
    if (this.numRows * this.numCols === 1) return this;
    if (this.sheet.merges.some((m) => this._intersects(new FakeRange(this.sheet, m.row, m.col, m.numRows, m.numCols))))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.each((c, i, j) => {
      if (i || j) writeValue(c, '');
    });
    this.sheet.merges.push({ row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols });
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this.numRows; i++) new FakeRange(this.sheet, this.row + i, this.col, 1, this.numCols).merge();
    return this;
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter(
      (m) => !this._intersects(new FakeRange(this.sheet, m.row, m.col, m.numRows, m.numCols)),
    );
    return this;
  }
  isPartOfMerge(): boolean {
    return this.getMergedRanges().length > 0;
  }
  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .map((m) => new FakeRange(this.sheet, m.row, m.col, m.numRows, m.numCols))
      .filter((r) => r._intersects(this));
  }

  // ---- protection / metadata ----
  protect(): FakeProtection {
    const p = new FakeProtection('RANGE', this.sheet, this);
    this.sheet._protections.push(p);
    return p;
  }
  /** Only whole rows or whole columns, like the real one (otherwise throws its message). */
  addDeveloperMetadata(
    key: string,
    value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility | string,
  ): this {
    const p = this.sheet._metadataPlaceOf(this);
    this.sheet.ss._addMetadata({ ...p, sheet: this.sheet }, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.sheet.ss._metadata.filter((m) => {
      const r = m._range();
      return (
        r &&
        r.sheet === this.sheet &&
        r.row === this.row &&
        r.col === this.col &&
        r.numRows === this.numRows &&
        r.numCols === this.numCols
      );
    });
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(() => this.sheet.ss._metadata, this);
  }
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Colours read back as lower-case #rrggbb, like the real service. */
export function normColor(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

/** Google Sheets holds at most this many characters in one cell. */
export const MAX_CELL_CHARS = 50000;

/** The real service refuses the whole write (nothing is written) when one value is longer than a cell holds. */
function checkCellLength(v: unknown): void {
  if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
}

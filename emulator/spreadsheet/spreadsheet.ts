// A fake Spreadsheet: ordered sheets, the active sheet, toasts and developer metadata.
import { FakeUser } from '../session';
import { Fake, Like } from '../calls';
import type { World } from '../world';
import { parseA1 } from './a1';
import {
  DeveloperMetadataVisibility,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  LocationType,
  MetadataPlace,
} from './metadata';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';

type GSS = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Toast {
  msg: string;
  title: string;
  timeoutSeconds: number | null;
}

export class FakeSpreadsheet
  extends Fake
  implements
    Like<
      GSS,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'setActiveSheet'
      | 'getActiveSheet'
      | 'toast'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'getRange'
      | 'getNumSheets'
      | 'getActiveRange'
      | 'getActiveCell'
      | 'getEditors'
    >
{
  readonly _kind = 'Spreadsheet';
  readonly _service = 'Spreadsheet' as const;
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _metadata: FakeDeveloperMetadata[] = [];
  readonly toasts: Toast[] = [];
  timeZone: string;
  locale = 'th_TH';
  private createdSheets = 0;
  /** The spreadsheet's editors' e-mails, or null when the current user may not edit (set by createFakes). */
  _editors: () => string[] | null = () => [];

  constructor(
    readonly world: World,
    readonly id: string,
    public name: string,
  ) {
    super();
    this.timeZone = world.timeZone;
    this._active = this._newSheet('Sheet1', 0);
  }

  /**
   * "Gets the list of editors for this Spreadsheet." and "If the user who executes the script does not
   * have edit access to the Spreadsheet, this method throws an exception." The owner is among them.
   */
  getEditors(): FakeUser[] {
    const emails = this._editors();
    if (emails === null) throw new Error('Exception: Access denied: SpreadsheetApp.');
    return emails.map((e) => new FakeUser(() => e));
  }

  _newSheet(name: string, index: number): FakeSheet {
    // The first sheet has id 0 like in a real new spreadsheet; later ones get stable pseudo-random ids.
    const id = this.createdSheets++ === 0 ? 0 : Math.abs(hash(`${this.id}/${name}/${this.createdSheets}`));
    const s = new FakeSheet(this, id, name);
    this._sheets.splice(index, 0, s);
    return s;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s.id === id) ?? null;
  }
  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index) — index 0-based.
   * The new sheet becomes active. Duplicate names throw the real message.
   */
  insertSheet(a?: string | number | object, b?: number | object): FakeSheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (this._sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (index < 0 || index > this._sheets.length) throw new Error(`Invalid argument: sheetIndex`);
    const s = this._newSheet(name, index);
    this._active = s;
    return s;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | FakeSheet): void {
    const s = sheet as unknown as FakeSheet;
    const i = this._sheets.indexOf(s);
    if (i < 0) throw new Error('Sheet not found');
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    this._metadata = this._metadata.filter((m) => m.place.sheet !== s);
    if (this._active === s) this._active = this._sheets[Math.max(0, i - 1)];
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet | FakeSheet): FakeSheet {
    this._active = sheet as unknown as FakeSheet;
    return this._active;
  }
  getActiveSheet(): FakeSheet {
    return this._active;
  }
  getActiveRange(): FakeRange {
    return this._active.getActiveRange();
  }
  getActiveCell(): FakeRange {
    return this._active.getActiveCell();
  }
  /** "Sheet1!A1:B2", or A1 on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const p = parseA1(a1Notation);
    const sheet = p.sheetName === null ? this._active : this.getSheetByName(p.sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet._a1(a1Notation);
  }
  /** Recorded in `toasts`. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ msg, title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }

  // ---- developer metadata ----
  _addMetadata(place: MetadataPlace, key: string, value?: unknown, visibility?: unknown): FakeDeveloperMetadata {
    let v: string | null = null;
    let vis: string = DeveloperMetadataVisibility.DOCUMENT;
    if (typeof value === 'string') v = value;
    else if (value !== undefined && value !== null) vis = String(value);
    if (visibility !== undefined) vis = String(visibility);
    const md = new FakeDeveloperMetadata(this, this.world.next('metadata'), key, v, vis, place);
    this._metadata.push(md);
    return md;
  }
  /** Rows/columns inserted (delta > 0) or deleted (delta < 0) at `at`: metadata moves or goes. */
  _shiftMetadata(sheet: FakeSheet, type: LocationType, at: number, delta: number): void {
    this._metadata = this._metadata.filter((m) => {
      const p = m.place;
      if (p.sheet !== sheet || p.type !== type) return true;
      if (delta > 0) {
        if (p.start >= at) p.start += delta;
        else if (p.start + p.count > at) p.count += delta;
        return true;
      }
      const n = -delta;
      const end = p.start + p.count; // exclusive
      const delEnd = at + n;
      const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(p.start, at));
      p.count -= overlap;
      if (p.count <= 0) return false;
      if (p.start >= delEnd) p.start -= n;
      else if (p.start > at) p.start = at;
      return true;
    });
  }
  addDeveloperMetadata(
    key: string,
    value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility | string,
  ): this {
    this._addMetadata({ type: 'SPREADSHEET', sheet: null, start: 0, count: 0 }, key, value, visibility);
    return this;
  }
  /** Spreadsheet-level metadata only (like the real one). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._metadata.filter((m) => m.place.type === 'SPREADSHEET');
  }
  /** Searches all metadata of the spreadsheet (every level). */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(() => this._metadata, null);
  }

  /** Every sheet's inspection, keyed by name (not counted). */
  inspect(): Record<string, ReturnType<FakeSheet['inspect']>> {
    return Object.fromEntries(this._sheets.map((s) => [s.name, s.inspect()]));
  }
}

function hash(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h % 2_000_000_000 || 1;
}

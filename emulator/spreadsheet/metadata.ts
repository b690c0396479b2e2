// Developer metadata: spreadsheet-, sheet-, row- and column-level. Row/column metadata moves with its
// row/column when rows/columns are inserted or deleted above/left of it, and is removed with it.
import { Fake, Like } from '../calls';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeRange } from './range';

type GDM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GDMF = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GDML = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;
export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export type LocationType = keyof typeof DeveloperMetadataLocationType;

export interface MetadataPlace {
  type: LocationType;
  sheet: FakeSheet | null;
  /** For ROW: first row and count; for COLUMN: first column and count (1-based). */
  start: number;
  count: number;
}

export const ARBITRARY_RANGE_ERROR =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

export class FakeDeveloperMetadata
  extends Fake
  implements
    Like<
      GDM,
      | 'getKey'
      | 'getValue'
      | 'setValue'
      | 'setKey'
      | 'getId'
      | 'remove'
      | 'getLocation'
      | 'getVisibility'
      | 'setVisibility'
    >
{
  readonly _kind = 'DeveloperMetadata';
  readonly _service = 'Spreadsheet' as const;
  constructor(
    readonly ss: FakeSpreadsheet,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: string,
    readonly place: MetadataPlace,
  ) {
    super();
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  setKey(key: string): this {
    this.key = key;
    return this;
  }
  getValue(): string | null {
    return this.value;
  }
  setValue(value: string): this {
    this.value = value;
    return this;
  }
  getVisibility(): string {
    return this.visibility;
  }
  setVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility | string): this {
    this.visibility = String(v);
    return this;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this);
  }
  remove(): void {
    this.ss._metadata = this.ss._metadata.filter((m) => m !== this);
  }
  /** The range this metadata covers (rows/columns), or null for spreadsheet/sheet level. */
  _range(): FakeRange | null {
    const p = this.place;
    if (!p.sheet) return null;
    if (p.type === 'ROW') return p.sheet._rangeUnchecked(p.start, 1, p.count, p.sheet.maxCols);
    if (p.type === 'COLUMN') return p.sheet._rangeUnchecked(1, p.start, p.sheet.maxRows, p.count);
    return null;
  }
}

export class FakeDeveloperMetadataLocation
  extends Fake
  implements Like<GDML, 'getLocationType' | 'getSheet' | 'getSpreadsheet' | 'getRow' | 'getColumn'>
{
  readonly _kind = 'DeveloperMetadataLocation';
  readonly _service = 'Spreadsheet' as const;
  constructor(private md: FakeDeveloperMetadata) {
    super();
  }
  getLocationType(): string {
    return this.md.place.type;
  }
  getSheet(): FakeSheet | null {
    return this.md.place.type === 'SHEET' ? this.md.place.sheet : null;
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this.md.place.type === 'SPREADSHEET' ? this.md.ss : null;
  }
  getRow(): FakeRange | null {
    return this.md.place.type === 'ROW' ? this.md._range() : null;
  }
  getColumn(): FakeRange | null {
    return this.md.place.type === 'COLUMN' ? this.md._range() : null;
  }
}

export class FakeDeveloperMetadataFinder
  extends Fake
  implements
    Like<
      GDMF,
      'withKey' | 'withValue' | 'withId' | 'withLocationType' | 'withVisibility' | 'find' | 'onIntersectingLocations'
    >
{
  readonly _kind = 'DeveloperMetadataFinder';
  readonly _service = 'Spreadsheet' as const;
  private filters: ((m: FakeDeveloperMetadata) => boolean)[] = [];
  private intersecting = false;
  constructor(
    private source: () => FakeDeveloperMetadata[],
    private scopeRange: FakeRange | null,
  ) {
    super();
  }
  withKey(key: string): this {
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withLocationType(t: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType | string): this {
    this.filters.push((m) => m.place.type === String(t));
    return this;
  }
  withVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility | string): this {
    this.filters.push((m) => m.visibility === String(v));
    return this;
  }
  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    let list = this.source();
    const r = this.scopeRange;
    if (r) {
      list = list.filter((m) => {
        const mr = m._range();
        if (!mr || mr.sheet !== r.sheet) return false;
        if (this.intersecting) return mr._intersects(r);
        // Without onIntersectingLocations: only metadata wholly inside the range.
        return (
          mr.row >= r.row &&
          mr.col >= r.col &&
          mr.row + mr.numRows <= r.row + r.numRows &&
          mr.col + mr.numCols <= r.col + r.numCols
        );
      });
    }
    return list.filter((m) => this.filters.every((f) => f(m)));
  }
}

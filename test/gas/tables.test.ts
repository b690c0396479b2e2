// Locating the ITA tables by developer metadata: lazily (only as far as the tables asked for), and at most
// once per server call (withTableScope), never carried from one call to the next.
import type { Fakes } from '../../emulator';
import { installFakesEach } from '../support/fakes';
import { locateTables, rememberTable, withTableScope } from '../../src/gas/workbook/tables';
import { METADATA_KEY, TABLE_ORDER, TableId } from '../../src/core/workbook';

let fakes: Fakes;
installFakesEach((f) => (fakes = f));

const ss = () => SpreadsheetApp.getActiveSpreadsheet();
/** Sheets marked in this order (raw hand: not counted). */
function mark(ids: string[]): void {
  ids.forEach((id, i) => fakes.spreadsheet.insertSheet(`ชีต ${i + 1}`).addDeveloperMetadata(METADATA_KEY, id));
}
const names = (sheets: Partial<Record<TableId, GoogleAppsScript.Spreadsheet.Sheet>>) =>
  Object.fromEntries(Object.entries(sheets).map(([k, s]) => [k, s!.getName()]));
const lookups = () => fakes.calls.by('DeveloperMetadata.getValue');
const locations = () => fakes.calls.by('DeveloperMetadata.getLocation');
const metadataCalls = () =>
  fakes.calls.byPrefix('DeveloperMetadata') + fakes.calls.by('Spreadsheet.createDeveloperMetadataFinder');

describe('locateTables', () => {
  test('stops reading metadata once every table asked for is found; the sheet is fetched only for those', () => {
    mark([...TABLE_ORDER]); // every table, in the order setup creates them
    fakes.calls.reset();
    expect(Object.keys(locateTables(ss(), ['settings', 'questionScores']))).toEqual(['settings', 'questionScores']);
    expect(fakes.calls.by('Spreadsheet.createDeveloperMetadataFinder')).toBe(1);
    expect(lookups()).toBe(3);
    expect(locations()).toBe(2);
    fakes.calls.reset();
    expect(Object.keys(locateTables(ss())).sort()).toEqual([...TABLE_ORDER].sort());
    expect([lookups(), locations()]).toEqual([TABLE_ORDER.length, TABLE_ORDER.length]);
  });

  test('renamed sheets found; a duplicated sheet: the first marked wins; unknown values ignored; absent left out', () => {
    mark(['settings', 'not-a-table', 'measures', 'settings']);
    fakes.spreadsheet.getSheetByName('ชีต 1')!.setName('ตั้งค่าของเรา');
    const found = locateTables(ss(), ['settings', 'measures', 'results']);
    expect(names(found)).toEqual({ settings: 'ตั้งค่าของเรา', measures: 'ชีต 3' });
  });

  test('a table read past while looking for another is resolved later from what was read, in order', () => {
    mark(['measures', 'settings', 'measures']);
    withTableScope(() => {
      fakes.calls.reset();
      locateTables(ss(), ['settings']);
      expect([lookups(), locations()]).toEqual([2, 1]);
      fakes.calls.reset();
      expect(names(locateTables(ss(), ['measures']))).toEqual({ measures: 'ชีต 1' });
      expect([lookups(), locations(), fakes.calls.by('DeveloperMetadataFinder.find')]).toEqual([0, 1, 0]);
    });
  });

  test('inside one server call the tables are located once; the next call locates again (no stale sheet)', () => {
    mark(['settings', 'measures']);
    withTableScope(() => {
      locateTables(ss());
      fakes.calls.reset();
      expect(names(locateTables(ss(), ['measures', 'settings']))).toEqual({ measures: 'ชีต 2', settings: 'ชีต 1' });
      expect(locateTables(ss(), ['results'])).toEqual({});
      expect(metadataCalls()).toBe(0);
      // A sheet the call creates is found by the later helpers of the same call.
      const created = ss().insertSheet('ผลการดำเนินการ');
      created.addDeveloperMetadata(METADATA_KEY, 'results');
      rememberTable('results', created);
      expect(names(locateTables(ss(), ['results']))).toEqual({ results: 'ผลการดำเนินการ' });
    });
    fakes.spreadsheet.deleteSheet(fakes.spreadsheet.getSheetByName('ชีต 2')!);
    fakes.calls.reset();
    expect(names(locateTables(ss(), ['measures', 'results']))).toEqual({ results: 'ผลการดำเนินการ' });
    expect(fakes.calls.by('DeveloperMetadataFinder.find')).toBe(1);
  });

  test('the scope ends even when the call throws', () => {
    mark(['settings']);
    expect(() =>
      withTableScope(() => {
        locateTables(ss());
        throw new Error('x');
      }),
    ).toThrow('x');
    fakes.calls.reset();
    locateTables(ss(), ['settings']);
    expect(fakes.calls.by('DeveloperMetadataFinder.find')).toBe(1);
  });
});

import {
  createFakes,
  dumpSheet,
  FORMULA_PLACEHOLDER,
  setCellError,
  setFormulaResult,
  sheetFromRows,
} from '../../emulator';

function setup() {
  const f = createFakes();
  const ss = f.SpreadsheetApp.getActive()!;
  return { f, ss };
}

describe('Spreadsheet fakes: ranges and values', () => {
  test('1-based coordinates, "" for empty cells, typed values back', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    sh.getRange(2, 3).setValue(95.5);
    const d = new Date(2024, 0, 5);
    sh.getRange('A1:C1').setValues([['ชื่อ', true, d]]);
    expect(sh.getRange(2, 3).getA1Notation()).toBe('C2');
    const v = sh.getRange(1, 1, 2, 3).getValues();
    expect(v[0][0]).toBe('ชื่อ');
    expect(v[0][1]).toBe(true);
    expect(v[0][2]).toBeInstanceOf(Date);
    expect((v[0][2] as Date).getTime()).toBe(d.getTime());
    expect(v[1]).toEqual(['', '', 95.5]);
    expect(sh.getRange('B2').getValue()).toBe('');
  });

  test('setValues throws the real shape messages', () => {
    const { ss } = setup();
    const r = ss.getActiveSheet().getRange(1, 1, 2, 2);
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setBackgrounds([['#ff0000']])).toThrow(/number of rows/);
  });

  test('out-of-bounds ranges throw, 1000 x 26 by default', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    expect(sh.getMaxRows()).toBe(1000);
    expect(sh.getMaxColumns()).toBe(26);
    expect(() => sh.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange('AA1')).toThrow('outside the dimensions');
  });

  test('numeric strings become numbers unless the format is "@"; formulas vs plain text', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    sh.getRange('A1:E1').setValues([['95.5', '1,234', '=SUM(A1:B1)', "'0123", 'TRUE']]);
    expect(sh.getRange('A1:E1').getValues()).toEqual([[95.5, 1234, FORMULA_PLACEHOLDER, '0123', true]]);
    expect(sh.getRange('A1:E1').getFormulas()).toEqual([['', '', '=SUM(A1:B1)', '', '']]);
    sh.getRange('A2:B2')
      .setNumberFormat('@')
      .setValues([['95.5', '=not a formula']]);
    expect(sh.getRange('A2:B2').getValues()).toEqual([['95.5', '=not a formula']]);
    expect(sh.getRange('A2:B2').getFormulas()).toEqual([['', '']]);
    setFormulaResult(sh, 'C1', 1329.5);
    expect(sh.getRange('C1').getValue()).toBe(1329.5);
  });

  test('planted cell errors and display values', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    setCellError(sh, 'B3', '#N/A');
    sh.getRange('A3').setValue(0.5).setNumberFormat('0.00%');
    sh.getRange('C3').setValue(1234.5).setNumberFormat('#,##0.00');
    expect(sh.getRange('A3:C3').getValues()).toEqual([[0.5, '#N/A', 1234.5]]);
    expect(sh.getRange('A3:C3').getDisplayValues()).toEqual([['50.00%', '#N/A', '1,234.50']]);
  });

  test('number formats with sections and quoted text (positive;negative;zero), the value stays a number', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    const fmt = '"below "0.00;"above "0.00;"equal"';
    sh.getRange('A1:D1').setValues([[1.17, -12.425, 0, 3]]);
    sh.getRange('A1:C1').setNumberFormat(fmt);
    sh.getRange('D1').setNumberFormat('0.0;"minus "0.0');
    expect(sh.getRange('A1:D1').getDisplayValues()).toEqual([['below 1.17', 'above 12.43', 'equal', '3.0']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([[1.17, -12.425, 0]]);
    sh.getRange('D1').setValue(-2);
    expect(sh.getRange('D1').getDisplayValue()).toBe('minus 2.0');
    // One section: the minus stays; a pattern the fake does not know shows the plain number.
    sh.getRange('A2:B2').setValues([[-1.5, 7]]);
    sh.getRange('A2').setNumberFormat('"x "0.00');
    sh.getRange('B2').setNumberFormat('0"a"0');
    expect(sh.getRange('A2:B2').getDisplayValues()).toEqual([['x -1.50', '7']]);
  });

  test('lastRow/lastColumn count content only, 0 on empty; getDataRange', () => {
    const { ss } = setup();
    const sh = ss.getActiveSheet();
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getLastColumn()).toBe(0);
    expect(sh.getDataRange().getA1Notation()).toBe('A1');
    sh.getRange('Z900').setBackground('#ff0000');
    expect(sh.getLastRow()).toBe(0);
    sh.getRange('B4').setValue('x');
    sh.getRange('D2').setValue(0);
    expect(sh.getLastRow()).toBe(4);
    expect(sh.getLastColumn()).toBe(4);
    expect(sh.getDataRange().getA1Notation()).toBe('A1:D4');
  });

  test('formats: backgrounds default #ffffff, font weights, notes, validations', () => {
    const { f, ss } = setup();
    const sh = ss.getActiveSheet();
    const r = sh.getRange('A1:B2');
    expect(r.getBackgrounds()).toEqual([
      ['#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff'],
    ]);
    r.setBackgrounds([
      ['#FF0000', null],
      ['red', '#fff'],
    ] as unknown as string[][]);
    expect(r.getBackgrounds()).toEqual([
      ['#ff0000', '#ffffff'],
      ['#ff0000', '#ffffff'],
    ]);
    r.setFontWeight('bold');
    expect(r.getFontWeights()[1][1]).toBe('bold');
    sh.getRange('A1').setNote('หมายเหตุ');
    expect(r.getNotes()).toEqual([
      ['หมายเหตุ', ''],
      ['', ''],
    ]);
    const rule = f.SpreadsheetApp.newDataValidation()
      .requireValueInList(['ก', 'ข'], true)
      .setAllowInvalid(false)
      .setHelpText('เลือก')
      .build();
    sh.getRange('C1:C3').setDataValidation(rule);
    const got = sh.getRange('C2').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(f.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['ก', 'ข'], true]);
    expect(sh.getRange('D1').getDataValidation()).toBeNull();
    const ins = f.spreadsheet.getActiveSheet().inspect();
    expect(ins.notes[0][0]).toBe('หมายเหตุ');
    expect(ins.validations[0][2]).toMatchObject({ criteria: 'VALUE_IN_LIST', helpText: 'เลือก', allowInvalid: false });
  });

  test('insertSheet: duplicate name throws the real message; index and active sheet', () => {
    const { ss } = setup();
    const a = ss.insertSheet('คะแนน');
    expect(ss.getActiveSheet().getName()).toBe('คะแนน');
    expect(() => ss.insertSheet('คะแนน')).toThrow(
      'A sheet with the name "คะแนน" already exists. Please enter another name.',
    );
    ss.insertSheet('แรก', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['แรก', 'Sheet1', 'คะแนน']);
    expect(a.getIndex()).toBe(3);
    expect(ss.getSheetByName('ไม่มี')).toBeNull();
    expect(ss.getSheetById(a.getSheetId())!.getName()).toBe('คะแนน');
    ss.deleteSheet(a);
    expect(ss.getSheets()).toHaveLength(2);
  });

  test('insert/delete rows shift content; appendRow writes after the last row and grows', () => {
    const { f } = setup();
    const sh = sheetFromRows(f.spreadsheet, 'ข้อมูล', [
      ['h1', 'h2'],
      [1, 2],
      [3, 4],
    ]);
    sh.insertRowsAfter(1, 2);
    expect(sh.getMaxRows()).toBe(1002);
    expect(dumpSheet(sh)).toEqual([
      ['h1', 'h2'],
      ['', ''],
      ['', ''],
      [1, 2],
      [3, 4],
    ]);
    sh.deleteRows(2, 2);
    expect(dumpSheet(sh)).toEqual([
      ['h1', 'h2'],
      [1, 2],
      [3, 4],
    ]);
    sh.appendRow(['x', 'y', 'z']);
    expect(sh.getLastRow()).toBe(4);
    expect(sh.getRange(4, 3).getValue()).toBe('z');
    const full = sheetFromRows(f.spreadsheet, 'เต็ม', []);
    full.getRange(1000, 1).setValue('last');
    full.appendRow(['more']);
    expect(full.getMaxRows()).toBe(1001);
  });

  test('merges, protections and offset', () => {
    const { f, ss } = setup();
    const sh = ss.getActiveSheet();
    sh.getRange('A1:B1').setValues([['top', 'gone']]);
    sh.getRange('A1:B2').merge();
    expect(sh.getRange('B1').getValue()).toBe('');
    expect(sh.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sh.getRange('C1').isPartOfMerge()).toBe(false);
    expect(sh.getRange('B1:C1').getMergedRanges()[0].getA1Notation()).toBe('A1:B2');
    const p = sh.getRange('A1:A3').protect().setDescription('ห้ามแก้').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(sh.getProtections(f.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(sh.protect()).toBe(sh.protect());
    expect(sh.getProtections(f.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    p.remove();
    expect(sh.getProtections(f.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    expect(sh.getRange('B2').offset(1, 1, 2, 2).getA1Notation()).toBe('C3:D4');
  });
});

describe('Spreadsheet fakes: developer metadata', () => {
  test('spreadsheet, sheet and row metadata; finder by key/value/location', () => {
    const { f, ss } = setup();
    const sh = ss.getActiveSheet();
    ss.addDeveloperMetadata('ita.version', '1');
    sh.addDeveloperMetadata('ita.role', 'scores');
    sh.getRange('5:5').addDeveloperMetadata('ita.measure', 'M01');
    expect(() => sh.getRange('A1:B2').addDeveloperMetadata('x', 'y')).toThrow(/arbitrary ranges/);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['ita.version']);
    expect(sh.getDeveloperMetadata()[0].getValue()).toBe('scores');
    const T = f.SpreadsheetApp.DeveloperMetadataLocationType;
    const found = ss.createDeveloperMetadataFinder().withKey('ita.role').withValue('scores').find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getLocationType()).toBe(T.SHEET);
    expect(found[0].getLocation().getSheet()!.getName()).toBe('Sheet1');
    const rows = ss.createDeveloperMetadataFinder().withLocationType(T.ROW).find();
    expect(rows[0].getLocation().getRow()!.getRow()).toBe(5);
    sh.insertRowsBefore(2, 3);
    expect(rows[0].getLocation().getRow()!.getRow()).toBe(8);
    sh.deleteRow(8);
    expect(ss.createDeveloperMetadataFinder().withKey('ita.measure').find()).toHaveLength(0);
    found[0].setValue('changed');
    expect(sh.getDeveloperMetadata()[0].getValue()).toBe('changed');
    found[0].remove();
    expect(sh.getDeveloperMetadata()).toHaveLength(0);
  });
});

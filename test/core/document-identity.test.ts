// Who issues a document and when: the agency from the settings or the pasted heading, the document
// date from ตั้งค่า (a Date cell or typed text), warnings instead of stand-in words or the machine's date.
import { agencyFromText } from '../../src/core/intake/agency';
import { identityWarnings, IDENTITY_WARNINGS, FILL_NAME } from '../../src/core/document';
import { agencyWithLocation, withIdentity } from '../../src/core/document/identity';
import { readSettings, SETTING_ROWS, LAYOUTS } from '../../src/core/workbook';
import { settings } from './document-fixture';

describe('agencyFromText', () => {
  test('the ITAS heading: agency, district and province', () => {
    expect(
      agencyFromText(
        'ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน\nประจำปี',
      ),
    ).toEqual({ agencyName: 'เทศบาลตำบลก้อ', district: 'ลี้', province: 'ลำพูน', line: 1 });
  });
  test('a provincial administration is not read as a province', () => {
    expect(agencyFromText('\n\nองค์การบริหารส่วนจังหวัดลำพูน\n')).toEqual({
      agencyName: 'องค์การบริหารส่วนจังหวัดลำพูน',
      district: '',
      province: '',
      line: 3,
    });
  });
  test('only the first lines are read; no agency gives null', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}\t90`).join('\n');
    expect(agencyFromText(`${rows}\nเทศบาลตำบลอื่น`)).toBeNull();
    expect(agencyFromText('ผลการประเมินในภาพรวม\t95.11')).toBeNull();
  });
});

describe('identity warnings', () => {
  test('a missing agency is a warning and a fill-in line, never "หน่วยงาน"', () => {
    const s = settings({ agencyName: '' });
    expect(identityWarnings(s)).toEqual([IDENTITY_WARNINGS.noAgency]);
    expect(withIdentity({ settings: s }).settings.agencyName).toBe(FILL_NAME);
    expect(agencyWithLocation(settings())).toBe('เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน');
  });
  test('the date: missing, inside and outside the plan fiscal year (1 Oct – 30 Sep)', () => {
    const w = (d: { year: number; month: number; day: number } | null) =>
      identityWarnings(settings({ documentDate: d }), { date: true });
    expect(w(null)).toEqual([IDENTITY_WARNINGS.noDate]);
    expect(w({ year: 2567, month: 10, day: 1 })).toEqual([]);
    expect(w({ year: 2568, month: 9, day: 30 })).toEqual([]);
    expect(w({ year: 2568, month: 10, day: 1 })[0]).toContain('อยู่นอกปีงบประมาณ พ.ศ. 2568');
    expect(w({ year: 2567, month: 9, day: 30 })).toHaveLength(1);
  });
  test('a missing signer is a warning when the document is signed', () => {
    expect(identityWarnings(settings({ signerName: '' }), { signer: true })).toEqual([IDENTITY_WARNINGS.noSigner]);
    expect(identityWarnings(settings({ signerName: '' }))).toEqual([]);
  });
});

describe('ตั้งค่า: วันที่ของเอกสาร', () => {
  const snap = (value: unknown) => {
    const rows: unknown[][] = [LAYOUTS.settings.columns.map((c) => c.header)];
    for (const d of SETTING_ROWS)
      rows.push([d.label, d.key === 'documentDate' ? value : d.key === 'assessmentYear' ? 2567 : '', '']);
    return { table: 'settings' as const, sheet: 'ตั้งค่า', values: rows };
  };
  test('typed Thai text, a Date cell, blank, and a bad value named by row and column', () => {
    expect(readSettings(snap('15 ตุลาคม 2567')).settings.documentDate).toEqual({ year: 2567, month: 10, day: 15 });
    expect(readSettings(snap(new Date(2024, 9, 15))).settings.documentDate).toEqual({ year: 2567, month: 10, day: 15 });
    expect(readSettings(snap('')).settings.documentDate).toBeNull();
    const bad = readSettings(snap('วันจันทร์'));
    expect(bad.settings.documentDate).toBeNull();
    const row = SETTING_ROWS.findIndex((d) => d.key === 'documentDate') + 2;
    expect(bad.issues.map((i) => i.message).join('\n')).toContain(`แถวที่ ${row}`);
    expect(bad.issues.map((i) => i.message).join('\n')).toContain('วันที่ของเอกสาร "วันจันทร์" ไม่ใช่วันที่');
  });
});

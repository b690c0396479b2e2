// Who issues a document and when: the agency, its district and province, the signer, the document
// date. Everything here comes from the settings (ตั้งค่า, or the CLI's options); nothing is invented.
// A value that is missing is printed as a dotted fill-in line (the form of a Thai official document
// to be completed by hand), never as a stand-in word such as "หน่วยงาน", and the builder says so in a
// warning. No document prints the machine's date.

import type { AgencySettings } from '../types';
import { compareThaiDates, fiscalYearRange, formatThaiDate, type ThaiDate } from '../thai';

/** A dotted line to write a missing name on by hand. */
export const FILL_NAME = '..................................................';
/** A dotted line for a missing position. */
export const FILL_POSITION = '..................................................';
/** The date line of a document without a date: "วันที่ ...... เดือน .............. พ.ศ. ........". */
export const FILL_DATE_ANNOUNCEMENT = 'วันที่ ........ เดือน .................... พ.ศ. ..........';
export const FILL_DATE = '........ .................... ..........';

export const IDENTITY_WARNINGS = {
  noAgency:
    'ยังไม่ได้ระบุชื่อหน่วยงาน (ชีต "ตั้งค่า" แถว ชื่อหน่วยงาน หรือตัวเลือก --agency) ' +
    'เอกสารจึงเว้นชื่อหน่วยงานเป็นเส้นประให้เติม ควรระบุก่อนเผยแพร่',
  noDate:
    'ยังไม่ได้ระบุวันที่ของเอกสาร (ชีต "ตั้งค่า" แถว วันที่ของเอกสาร หรือตัวเลือก --date) ' + 'เอกสารจึงเว้นวันที่เป็นเส้นประให้เติมเมื่อลงนาม',
  noSigner:
    'ยังไม่ได้ระบุชื่อหรือตำแหน่งผู้ลงนาม (ชีต "ตั้งค่า" หรือตัวเลือก --signer / --signer-position) ' + 'เอกสารจึงเว้นเป็นเส้นประให้เติม',
  dateOutside: (date: string, fy: number) =>
    `วันที่ของเอกสาร ${date} อยู่นอกปีงบประมาณ พ.ศ. ${fy} ของแผนมาตรการ (1 ตุลาคม ${fy - 1} – 30 กันยายน ${fy}) ` +
    'ตรวจสอบวันที่ในชีต "ตั้งค่า" อีกครั้ง',
} as const;

/** The agency's name, or a fill-in line. */
export function agencyName(s: AgencySettings): string {
  return s.agencyName.trim() || FILL_NAME;
}

/** True when the agency is named. */
export function hasAgency(s: AgencySettings): boolean {
  return s.agencyName.trim() !== '';
}

/** "อำเภอลี้ จังหวัดลำพูน" from the settings; "" when neither is set. */
export function locationText(s: AgencySettings): string {
  const { district, province } = s;
  return [
    district.trim() && `อำเภอ${district.trim().replace(/^อำเภอ\s*/, '')}`,
    province.trim() && `จังหวัด${province.trim().replace(/^จังหวัด\s*/, '')}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน" (the agency with its location when known). */
export function agencyWithLocation(s: AgencySettings): string {
  return [agencyName(s), locationText(s)].filter(Boolean).join(' ');
}

/** Signer's name and position, each a fill-in line when missing. */
export function signer(s: AgencySettings): { name: string; position: string; complete: boolean } {
  const name = s.signerName.trim();
  const position = s.signerPosition.trim();
  return { name: name || FILL_NAME, position: position || FILL_POSITION, complete: !!name && !!position };
}

/** The document date of the settings, or null. */
export function documentDate(s: AgencySettings): ThaiDate | null {
  return s.documentDate ?? null;
}

/** "วันที่ ๖ เดือน มกราคม พ.ศ. ๒๕๖๘" or its fill-in line. */
export function announcementDateText(s: AgencySettings): string {
  const d = documentDate(s);
  return d ? formatThaiDate(d, { style: 'announcement', thaiDigits: false }) : FILL_DATE_ANNOUNCEMENT;
}

/** "๕ มกราคม ๒๕๖๘" (the memo's วันที่) or its fill-in line. */
export function memoDateText(s: AgencySettings): string {
  const d = documentDate(s);
  return d ? formatThaiDate(d, { style: 'full', thaiDigits: false }) : FILL_DATE;
}

/** Is the date inside fiscal year `fy` (1 Oct fy−1 – 30 Sep fy)? */
export function inFiscalYear(d: ThaiDate, fy: number): boolean {
  const { start, end } = fiscalYearRange(fy);
  return compareThaiDates(d, start) >= 0 && compareThaiDates(d, end) <= 0;
}

export interface IdentityNeeds {
  /** The document prints a date (announcement, memo). */
  date?: boolean;
  /** The document prints a signer (always a signature block). */
  signer?: boolean;
}

/**
 * The input as the builders print it: the agency named or a fill-in line (so no sentence reads
 * "ของ" + nothing, and no stand-in word is printed).
 */
export function withIdentity<T extends { settings: AgencySettings }>(input: T): T {
  if (hasAgency(input.settings)) return input;
  return { ...input, settings: { ...input.settings, agencyName: FILL_NAME } };
}

/** The warnings of a document about its identity (Thai). */
export function identityWarnings(s: AgencySettings, needs: IdentityNeeds = {}): string[] {
  const out: string[] = [];
  if (!hasAgency(s)) out.push(IDENTITY_WARNINGS.noAgency);
  if (needs.signer && !signer(s).complete) out.push(IDENTITY_WARNINGS.noSigner);
  if (needs.date) {
    const d = documentDate(s);
    if (!d) out.push(IDENTITY_WARNINGS.noDate);
    else if (s.planFiscalYear && !inFiscalYear(d, s.planFiscalYear))
      out.push(
        IDENTITY_WARNINGS.dateOutside(formatThaiDate(d, { style: 'full', thaiDigits: false }), s.planFiscalYear),
      );
  }
  return out;
}

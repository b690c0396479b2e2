// The agency a pasted result names in its heading ("ผลการประเมิน… (ITA) เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน"):
// the ITAS report, the memo and last year's plan all open with it. Only the first lines are read, so a
// table row naming another agency further down is never taken for it.

/** Local administrations and the other agency names the ITA results carry, as written. */
const AGENCY =
  /(เทศบาล(?:นคร|เมือง|ตำบล)\S+|องค์การบริหารส่วน(?:ตำบล|จังหวัด)\S+|เมืองพัทยา|กรุงเทพมหานคร|อบต\.\s?\S+|อบจ\.\s?\S+)/;
const DISTRICT = /(?:^|\s)อำเภอ\s?([^\s()]+)/;
const PROVINCE = /(?:^|\s)จังหวัด\s?([^\s()]+)/;

/** How many non-empty lines from the top may carry the heading. */
export const AGENCY_HEADING_LINES = 5;

export interface AgencyFound {
  agencyName: string;
  district: string;
  province: string;
  /** 1-based line of the text. */
  line: number;
}

/** The agency named in the first lines of `text`, with its district and province on that line; or null. */
export function agencyFromText(text: string): AgencyFound | null {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length && seen < AGENCY_HEADING_LINES; i++) {
    const line = lines[i].replace(/\s+/g, ' ').trim();
    if (!line) continue;
    seen += 1;
    const m = AGENCY.exec(line);
    if (!m) continue;
    const agencyName = m[1].replace(/\s+/g, '').replace(/[,;:]+$/, '');
    const rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[1].length);
    return {
      agencyName,
      district: DISTRICT.exec(rest)?.[1] ?? '',
      province: PROVINCE.exec(rest)?.[1] ?? '',
      line: i + 1,
    };
  }
  return null;
}

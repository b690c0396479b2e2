// The parts of a บันทึกข้อความ (the internal memo agencies file their ITA analysis as, seed 001): the
// head (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน), the closing, and the approval chain (the ปลัด's and the
// นายก's opinion and signature lines). Names not in the settings are dotted lines to fill in by hand.

import type { AgencySettings } from '../types';
import type { Block } from './model';
import { FILL_NAME, FILL_POSITION, agencyWithLocation, memoDateText, signer } from './identity';
import type { Fmt } from './text';

/** A dotted line for a memo number (ที่) the registry office gives. */
export const FILL_MEMO_NUMBER = '..............................';
/** Two dotted lines on which an executive writes an opinion. */
export const OPINION_LINES = [
  '.............................................................................................................',
  '.............................................................................................................',
];

/** The permanent secretary (ปลัด) and the chief executive (นายก) of a local administration, by its name. */
export function executives(agency: string): { permanent: string; chief: string } {
  if (agency.startsWith('.')) return { permanent: `ปลัด${agency}`, chief: `นายก${agency}` };
  if (agency.startsWith('เทศบาล')) {
    return { permanent: `ปลัด${agency}`, chief: `นายก${agency.replace(/^เทศบาล/, 'เทศมนตรี')}` };
  }
  if (agency.startsWith('องค์การบริหารส่วน')) return { permanent: `ปลัด${agency}`, chief: `นายก${agency}` };
  return { permanent: `หัวหน้าส่วนราชการ${agency}`, chief: `ผู้บริหาร${agency}` };
}

/**
 * Which executive the signer of the settings is, by position (spaces ignored), or null. The settings
 * hold one signer for every document: the ประกาศ's signer is often the ปลัด or the นายก, who cannot
 * be the one who reports to themselves in a memo.
 */
export function signerRole(s: AgencySettings): 'permanent' | 'chief' | null {
  const ex = executives(s.agencyName);
  const bare = (t: string) => t.replace(/\s+/g, '');
  const position = bare(s.signerPosition);
  if (!position) return null;
  if (position === bare(ex.permanent)) return 'permanent';
  if (position === bare(ex.chief)) return 'chief';
  return null;
}

/** Whom the memo is addressed to: the ปลัด and the นายก, without the ปลัด when the ปลัด signs it. */
function addressees(s: AgencySettings): string[] {
  const ex = executives(s.agencyName);
  return signerRole(s) === 'permanent' ? [ex.chief] : [ex.permanent, ex.chief];
}

/** บันทึกข้อความ / ส่วนราชการ / ที่ … วันที่ … / เรื่อง / เรียน. */
export function memoHead(s: AgencySettings, f: Fmt, subject: string): Block[] {
  const line = (key: string, label: string, text: string): Block => ({
    type: 'paragraph',
    key,
    text: `${label} ${text}`,
    runs: [{ text: label, bold: true }, { text: ` ${text}` }],
    align: 'left',
  });
  return [
    { type: 'heading', key: 'memo', level: 1, text: 'บันทึกข้อความ', align: 'center' },
    line('memo.from', 'ส่วนราชการ', f.t(agencyWithLocation(s))),
    {
      type: 'paragraph',
      key: 'memo.ref',
      text: `ที่ ${FILL_MEMO_NUMBER} วันที่ ${f.t(memoDateText(s))}`,
      runs: [
        { text: 'ที่', bold: true },
        { text: ` ${FILL_MEMO_NUMBER} ` },
        { text: 'วันที่', bold: true },
        { text: ` ${f.t(memoDateText(s))}` },
      ],
      align: 'left',
    },
    line('memo.subject', 'เรื่อง', f.t(subject)),
    line('memo.to', 'เรียน', addressees(s).join(' / ')),
  ];
}

/**
 * The preparer's signature: the signer of the settings, or fill-in lines when that signer is the
 * นายก (the memo is addressed to the นายก, so the นายก is not its preparer).
 */
export function preparerSignature(s: AgencySettings, f: Fmt, key = 'signature'): Block[] {
  const who = signerRole(s) === 'chief' ? { name: FILL_NAME, position: FILL_POSITION } : signer(s);
  return [{ type: 'signature', key, name: f.t(who.name), position: f.t(who.position), signLine: true }];
}

/** "จึงเรียนมาเพื่อโปรดพิจารณา" and the preparer's signature. */
export function memoClosing(signature: Block[]): Block[] {
  return [
    {
      type: 'paragraph',
      key: 'memo.closing',
      text: 'จึงเรียนมาเพื่อโปรดพิจารณา',
      firstLineIndent: true,
      spacing: { before: 'small' },
    },
    ...signature,
  ];
}

/** The ปลัด's and the นายก's opinion lines and signature lines; not the ปลัด's when the ปลัด signed the memo. */
export function approvalChain(s: AgencySettings, f: Fmt): Block[] {
  const ex = executives(s.agencyName);
  const step = (key: string, who: string): Block[] => [
    {
      type: 'paragraph',
      key: `${key}.opinion`,
      text: `ความเห็นของ${who}`,
      bold: true,
      spacing: { before: 'large' },
      keepWithNext: true,
    },
    ...OPINION_LINES.map((text, i): Block => ({
      type: 'paragraph',
      key: `${key}.line${i + 1}`,
      text,
      align: 'left',
      keepWithNext: true,
    })),
    { type: 'signature', key: `${key}.signature`, name: FILL_NAME, position: f.t(who), signLine: true },
  ];
  const permanent = signerRole(s) === 'permanent' ? [] : step('approval.permanent', ex.permanent);
  return [...permanent, ...step('approval.chief', ex.chief)];
}

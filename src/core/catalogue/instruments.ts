// Thai names of the three instruments (H: as printed in NACC documents and both seeds).
import { InstrumentId } from '../types';

export const INSTRUMENT_NAMES: Record<InstrumentId, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
};

/** Overall = 0.30 IIT + 0.30 EIT + 0.40 OIT (H: recomputed from published 2563 and 2567 results). */
export const WEIGHTS: Record<InstrumentId, number> = { IIT: 0.3, EIT: 0.3, OIT: 0.4 };

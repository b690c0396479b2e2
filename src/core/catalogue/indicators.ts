// The ten indicators, stable across frameworks (years are compared by indicator number).
import { IndicatorDef, InstrumentId } from '../types';

interface IndicatorName {
  number: number;
  name: string;
  aliases: string[];
  instrument: InstrumentId;
}

/** Names (H) and spelling variants seen in real documents. */
export const INDICATOR_NAMES: IndicatorName[] = [
  { number: 1, name: 'การปฏิบัติหน้าที่', aliases: ['ปฏิบัติหน้าที่'], instrument: 'IIT' },
  { number: 2, name: 'การใช้งบประมาณ', aliases: ['ใช้งบประมาณ'], instrument: 'IIT' },
  { number: 3, name: 'การใช้อำนาจ', aliases: ['ใช้อำนาจ'], instrument: 'IIT' },
  {
    number: 4,
    name: 'การใช้ทรัพย์สินของราชการ',
    aliases: ['การใช้ทรัพย์สินของทางราชการ', 'การใช้ทรัพย์สินราชการ', 'ใช้ทรัพย์สินของราชการ'],
    instrument: 'IIT',
  },
  {
    number: 5,
    name: 'การแก้ไขปัญหาการทุจริต',
    aliases: ['การแก้ไขปัญหาทุจริต', 'แก้ไขปัญหาการทุจริต'],
    instrument: 'IIT',
  },
  { number: 6, name: 'คุณภาพการดำเนินงาน', aliases: ['คุณภาพในการดำเนินงาน'], instrument: 'EIT' },
  { number: 7, name: 'ประสิทธิภาพการสื่อสาร', aliases: ['ประสิทธิภาพในการสื่อสาร'], instrument: 'EIT' },
  {
    number: 8,
    name: 'การปรับปรุงการทำงาน',
    aliases: ['การปรับปรุงระบบการทำงาน', 'การปรับปรุงระบบการทํางาน', 'การปรับปรุงการทํางาน'],
    instrument: 'EIT',
  },
  { number: 9, name: 'การเปิดเผยข้อมูล', aliases: ['การเปิดเผยข้อมูลสาธารณะ'], instrument: 'OIT' },
  { number: 10, name: 'การป้องกันการทุจริต', aliases: ['การป้องกันทุจริต'], instrument: 'OIT' },
];

/** Build the indicator list of a framework from the question codes of each indicator. */
export function buildIndicators(questionsByIndicator: Record<number, string[]>): IndicatorDef[] {
  return INDICATOR_NAMES.map((n) => ({
    number: n.number,
    name: n.name,
    aliases: [...n.aliases],
    instrument: n.instrument,
    questions: [...(questionsByIndicator[n.number] ?? [])],
  }));
}

// What people read says what the data holds: the sentence for a result without question scores.
import { DataLevels } from './plan';

/**
 * "ผลการประเมินที่ได้รับมีเฉพาะคะแนนรายตัวชี้วัด ไม่มีคะแนนรายข้อคำถาม" (the finest level given names the
 * sentence: indicator, instrument or overall scores). Said instead of "no weak question" when no question
 * scores were given, so nobody reads "nothing below the threshold" into data that cannot tell.
 */
export function noQuestionScoresText(levels: DataLevels): string {
  const finest = levels.indicators
    ? 'คะแนนรายตัวชี้วัด'
    : levels.instruments
      ? 'คะแนนรายแบบวัด'
      : levels.overall
        ? 'คะแนนรวม'
        : '';
  return finest ? `ผลการประเมินที่ได้รับมีเฉพาะ${finest} ไม่มีคะแนนรายข้อคำถาม` : 'ยังไม่มีคะแนนรายข้อคำถาม';
}

/** Thai label of a measure's level, for reports. */
export const LEVEL_LABELS: Record<'question' | 'indicator' | 'instrument' | 'item', string> = {
  question: 'ข้อคำถาม',
  indicator: 'ตัวชี้วัด',
  instrument: 'แบบวัด',
  item: 'ข้อ OIT',
};

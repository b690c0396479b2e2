// What the officer sees for each action.
import type { GenerateAction } from '../../src/gas/documents/generate';

/** What happened to a Google Doc, in the officer's words. */
export const DOC_ACTION_LABELS: Record<GenerateAction, string> = {
  created: 'สร้างใหม่',
  updated: 'ปรับปรุง',
  unchanged: 'ไม่เปลี่ยนแปลง',
  newVersion: 'ฉบับใหม่',
  failed: 'ไม่สำเร็จ',
};

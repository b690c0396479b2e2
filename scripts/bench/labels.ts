// What the officer sees for each action: the labels of the add-on's menu (src/gas/menu.ts), never a copy.
import { MENU, SEPARATOR, type MenuItem } from '../../src/gas/menu';
import type { GenerateAction } from '../../src/shared/rpc';

/** The menu label of the item that runs server function `fn`. */
export function menuLabel(fn: string): string {
  const item = MENU.find((e): e is MenuItem => e !== SEPARATOR && e.fn === fn);
  if (!item) throw new Error(`no menu item runs ${fn}`);
  return item.label;
}

/** What happened to a Google Doc, in the officer's words. */
export const DOC_ACTION_LABELS: Record<GenerateAction, string> = {
  created: 'สร้างใหม่',
  updated: 'ปรับปรุง',
  unchanged: 'ไม่เปลี่ยนแปลง',
  newVersion: 'ฉบับใหม่',
  failed: 'ไม่สำเร็จ',
};

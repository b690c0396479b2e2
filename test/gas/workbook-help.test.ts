// The menu's "วิธีใช้" item: a short Thai guide from one data list, in step with the menu.
import { createFakes, installFakes } from '../../emulator';
import { HELP_STEPS, HELP_TITLE, helpText } from '../../src/core/workbook';
import { MENU, SEPARATOR } from '../../src/gas/menu';
import * as main from '../../src/gas/main';

test('every step names a menu item, and every action of the menu has a step', () => {
  const labels = MENU.filter((e) => e !== SEPARATOR).map((e) => (e as { label: string }).label);
  for (const s of HELP_STEPS) expect(labels).toContain(s.label);
  const explained = new Set(HELP_STEPS.map((s) => s.label));
  expect(labels.filter((l) => !explained.has(l))).toEqual(['วิธีใช้', 'เกี่ยวกับส่วนเสริมนี้']);
  expect(HELP_STEPS[0].label).toBe('ตั้งค่าแม่แบบ');
});

test('the menu item shows the guide in an alert; the menu names a top-level function', () => {
  const fakes = createFakes();
  const uninstall = installFakes(fakes);
  try {
    const item = MENU.find((e) => e !== SEPARATOR && e.label === 'วิธีใช้') as { fn: string };
    expect(typeof (main as Record<string, unknown>)[item.fn]).toBe('function');
    main.showHelp();
    const a = fakes.ui.alerts[fakes.ui.alerts.length - 1];
    expect(a.title).toBe(HELP_TITLE);
    expect(a.prompt).toBe(helpText());
    expect(a.prompt).toContain('1. ตั้งค่าแม่แบบ:');
    expect(a.prompt.split('\n').length).toBe(HELP_STEPS.length + 2);
  } finally {
    uninstall();
  }
});

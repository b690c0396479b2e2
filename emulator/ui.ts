// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, all recorded in `UiRecord`.
// Alerts and prompts answer from scripted queues (default: OK / empty text with OK).
import { Fake, Like } from './calls';
import type { FakeHtmlOutput } from './html';

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GPR = GoogleAppsScript.Base.PromptResponse;

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export type ButtonName = keyof typeof Button;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: RecordedMenu };

export interface RecordedMenu {
  name: string;
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

/** Everything the script showed; also the scripted answers. */
export class UiRecord {
  /** Menus added with addToUi(), in order. */
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  readonly alerts: { title: string | null; prompt: string; buttons: string | null; answer: ButtonName }[] = [];
  readonly prompts: {
    title: string | null;
    prompt: string;
    buttons: string | null;
    answer: { text: string; button: ButtonName };
  }[] = [];
  private alertAnswers: ButtonName[] = [];
  private promptAnswers: { text: string; button: ButtonName }[] = [];

  /** The next alert() returns this button (queue). */
  answerAlert(...buttons: ButtonName[]): void {
    this.alertAnswers.push(...buttons);
  }
  /** The next prompt() returns this text and button (queue). */
  answerPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ text, button });
  }
  _nextAlert(): ButtonName {
    return this.alertAnswers.shift() ?? 'OK';
  }
  _nextPrompt(): { text: string; button: ButtonName } {
    return this.promptAnswers.shift() ?? { text: '', button: 'OK' };
  }
  /** All menu items (flattened, submenus included) as "caption -> functionName". */
  menuItems(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (m: RecordedMenu) =>
      m.entries.forEach((e) =>
        e.kind === 'item'
          ? out.push({ caption: e.caption, functionName: e.functionName })
          : e.kind === 'submenu'
            ? walk(e.menu)
            : undefined,
      );
    this.menus.forEach(walk);
    return out;
  }
}

export class FakeMenu extends Fake implements Like<GMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly _kind = 'Menu';
  readonly _service = 'Ui' as const;
  readonly data: RecordedMenu;
  constructor(
    private record: UiRecord,
    name: string,
    addon: boolean,
  ) {
    super();
    this.data = { name, addon, entries: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.data.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.data.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GMenu | FakeMenu): this {
    this.data.entries.push({ kind: 'submenu', menu: (menu as unknown as FakeMenu).data });
    return this;
  }
  addToUi(): void {
    this.record.menus.push(this.data);
  }
}

export class FakePromptResponse extends Fake implements Like<GPR, 'getResponseText' | 'getSelectedButton'> {
  readonly _kind = 'PromptResponse';
  readonly _service = 'Ui' as const;
  constructor(
    private text: string,
    private button: ButtonName,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

export class FakeUi
  extends Fake
  implements
    Like<
      GUi,
      'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
    >
{
  readonly _kind = 'Ui';
  readonly _service = 'Ui' as const;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly record: UiRecord) {
    super();
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.record, caption, false);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.record, '(add-on)', true);
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): string {
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const answer = this.record._nextAlert();
    this.record.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
  prompt(a: string, b?: unknown, c?: unknown): FakePromptResponse {
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const answer = this.record._nextPrompt();
    this.record.prompts.push({ title, prompt, buttons, answer });
    return new FakePromptResponse(answer.text, answer.button);
  }
  private shown(kind: ShownHtml['kind'], html: unknown, title?: string): ShownHtml {
    const h = html as FakeHtmlOutput;
    return { kind, title: title ?? h.title, content: h.getContent(), width: h.width, height: h.height };
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput | FakeHtmlOutput): void {
    this.record.sidebars.push(this.shown('sidebar', userInterface));
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput | FakeHtmlOutput, title: string): void {
    this.record.dialogs.push(this.shown('modal', userInterface, title));
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput | FakeHtmlOutput, title: string): void {
    this.record.dialogs.push(this.shown('modeless', userInterface, title));
  }
}

/** The real overloads of Ui.alert and Ui.prompt: (prompt) | (prompt, buttons) | (title, prompt, buttons). */
function dialogArgs(
  a: string,
  b?: unknown,
  c?: unknown,
): { title: string | null; prompt: string; buttons: string | null } {
  if (typeof b === 'string' && c !== undefined) return { title: a, prompt: b, buttons: String(c) };
  return { title: null, prompt: a, buttons: b !== undefined ? String(b) : null };
}

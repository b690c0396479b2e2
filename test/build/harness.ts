// Helpers of the bundle tests: run the build script, load Code.js in node:vm with services that throw on
// any touch (except the menu builder), and find the server functions the sidebar calls.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import APPS_SCRIPT_GLOBALS from '../../emulator/apps-script-globals.json';

export const ROOT = path.resolve(__dirname, '../..');
const BUILD_SCRIPT = path.join(ROOT, 'scripts/build.mjs');

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/build.mjs` with CLI options such as {'--outdir': dir}. */
export function runBuild(options: Record<string, string> = {}): BuildRun {
  const args = [BUILD_SCRIPT, ...Object.entries(options).flat()];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ita-${prefix}-`));
}

/** Apps Script globals the server may use (emulated or not); each one throws (and is recorded) on any touch. */
export const SERVICE_NAMES: readonly string[] = [...APPS_SCRIPT_GLOBALS.emulated, ...APPS_SCRIPT_GLOBALS.notEmulated];

export type MenuRecord =
  | { kind: 'item'; label: string; fn: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuRecord[] };

export interface RecordedMenu {
  kind: 'addon' | 'custom';
  caption?: string;
  items: MenuRecord[];
  addedToUi: number;
}

export interface LoadedBundle {
  context: vm.Context;
  /** Every forbidden touch, e.g. "PropertiesService.getDocumentProperties" (load-time ones included). */
  touches: string[];
  /** The touches made while the script itself was loading (module scope): must be none. */
  loadTouches: string[];
  menus: RecordedMenu[];
}

/** The only functions in which SpreadsheetApp.getUi() (the menu builder) is allowed. */
export const MENU_TRIGGERS = ['onOpen', 'onInstall'] as const;

function throwing(label: string, touches: string[]): any {
  const fail = (what: string): never => {
    touches.push(what);
    throw new Error(`Apps Script service touched in a test that forbids it: ${what}`);
  };
  return new Proxy(function service() {}, {
    get: (_t, prop) => fail(`${label}.${String(prop)}`),
    set: (_t, prop) => fail(`${label}.${String(prop)} =`),
    has: (_t, prop) => fail(`${String(prop)} in ${label}`),
    apply: () => fail(`${label}()`),
    construct: () => fail(`new ${label}()`),
    ownKeys: () => fail(`keys of ${label}`),
    getPrototypeOf: () => fail(`prototype of ${label}`),
  });
}

function menuRecorder(menu: { items: MenuRecord[] }, owner?: RecordedMenu): any {
  const self: any = {
    addItem(label: string, fn: string) {
      menu.items.push({ kind: 'item', label, fn });
      return self;
    },
    addSeparator() {
      menu.items.push({ kind: 'separator' });
      return self;
    },
    addSubMenu(sub: any) {
      menu.items.push({ kind: 'submenu', caption: sub.__record.caption, items: sub.__record.items });
      return self;
    },
    addToUi() {
      if (!owner) throw new Error('addToUi on a sub-menu');
      owner.addedToUi += 1;
    },
    __record: menu,
  };
  return self;
}

/**
 * Loads a built Code.js in a fresh vm context whose services throw on any touch. The one exception is
 * SpreadsheetApp.getUi() (to build the menu), allowed only while onOpen or onInstall runs: at load
 * (module scope) or in any other function it is a touch like any other. A load that touches a
 * service throws, naming the touches; a touch whose throw the script swallowed stays in loadTouches.
 */
export function loadBundle(codeFile: string): LoadedBundle {
  const touches: string[] = [];
  let inTrigger = 0;
  const menus: RecordedMenu[] = [];
  const services: Record<string, unknown> = {};
  for (const name of SERVICE_NAMES) services[name] = throwing(name, touches);

  const uiThrows = throwing('Ui', touches);
  const ui = new Proxy(
    {},
    {
      get(_t, prop) {
        if (prop === 'createAddonMenu' || prop === 'createMenu') {
          return (caption?: string) => {
            const menu: RecordedMenu = {
              kind: prop === 'createAddonMenu' ? 'addon' : 'custom',
              caption,
              items: [],
              addedToUi: 0,
            };
            menus.push(menu);
            return menuRecorder(menu, menu);
          };
        }
        return uiThrows[prop];
      },
    },
  );
  const spreadsheetThrows = services.SpreadsheetApp as any;
  services.SpreadsheetApp = new Proxy(
    {},
    {
      get(_t, prop) {
        if (prop === 'getUi' && inTrigger > 0) return () => ui;
        return spreadsheetThrows[prop];
      },
    },
  );

  const context = vm.createContext({ ...services, console });
  try {
    vm.runInContext(fs.readFileSync(codeFile, 'utf8'), context, { filename: codeFile });
  } catch (e) {
    if (touches.length === 0) throw e;
    throw Object.assign(
      new Error(`loading ${codeFile} touched Apps Script services at module scope: ${touches.join(', ')}`),
      { cause: e },
    );
  }
  const loadTouches = [...touches];
  for (const name of MENU_TRIGGERS) {
    const trigger = context[name];
    if (typeof trigger !== 'function') continue;
    context[name] = (...args: unknown[]) => {
      inTrigger++;
      try {
        return trigger(...args);
      } finally {
        inTrigger--;
      }
    };
  }
  return { context, touches, loadTouches, menus };
}

/** Names of the functions the bundle exports through the `__addon` global. */
export function exportedNames(bundle: LoadedBundle): string[] {
  return Object.keys(vm.runInContext('__addon', bundle.context));
}

/** Item function names of a recorded menu, sub-menus included. */
export function menuFunctions(items: MenuRecord[]): string[] {
  return items.flatMap((i) => (i.kind === 'item' ? [i.fn] : i.kind === 'submenu' ? menuFunctions(i.items) : []));
}

function skipBalanced(src: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Server function names called as `google.script.run[.withX(...)]*.name(` in `src`. Handler arguments may
 * hold nested parentheses and strings; they are skipped by bracket counting.
 */
export function scriptRunCalls(src: string): string[] {
  const names: string[] = [];
  const start = /\bscript\s*\.\s*run\b/g;
  for (let m = start.exec(src); m; m = start.exec(src)) {
    let i = m.index + m[0].length;
    for (;;) {
      const link = /^\s*\.\s*([A-Za-z_$][\w$]*)\s*/.exec(src.slice(i));
      if (!link) break;
      i += link[0].length;
      const name = link[1];
      if (/^with[A-Z]/.test(name) && src[i] === '(') {
        const end = skipBalanced(src, i);
        if (end < 0) break;
        i = end;
        continue;
      }
      names.push(name);
      break;
    }
  }
  return names;
}

export function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true } as any).flatMap((d: any) => {
    const full = path.join(d.parentPath ?? d.path, d.name);
    return d.isFile() && pattern.test(d.name) ? [full] : [];
  });
}

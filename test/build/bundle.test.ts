// The built add-on as Apps Script will see it: dist files, top-level functions, menu, RPC names, scopes.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { MENU, SEPARATOR } from '../../src/gas/menu';
import { helpText } from '../../src/core/workbook/help';
import {
  exportedNames,
  filesUnder,
  loadBundle,
  menuFunctions,
  ROOT,
  runBuild,
  scriptRunCalls,
  tempDir,
} from './harness';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Which scope (and advanced service) the use of a service in Code.js requires, as the references say:
 * every DriveApp/File/Folder method lists only https://www.googleapis.com/auth/drive under
 * "Authorization" (it fails under drive.file alone); the Drive v3 advanced service calls made
 * (Files.create/get/update, Permissions.create/list, Comments.list) accept drive.file for files the
 * app created; Spreadsheet.getEditors is a Spreadsheet method (spreadsheets.currentonly);
 * Document.getAs (the PDF) is a Document method (documents).
 */
const SCOPE_RULES: { uses: RegExp; scope: string; advancedService?: string }[] = [
  { uses: /\bSpreadsheetApp\./, scope: 'spreadsheets.currentonly' },
  { uses: /\bHtmlService\.|\.getUi\(\)/, scope: 'script.container.ui' },
  { uses: /\bDocumentApp\./, scope: 'documents' },
  { uses: /\bDriveApp\./, scope: 'drive' },
  { uses: /\bDrive\.(?:Files|Permissions|Comments)\b/, scope: 'drive.file', advancedService: 'drive' },
  { uses: /\bDrive\.(?!Files\b|Permissions\b|Comments\b)[A-Z]\w*/, scope: 'drive', advancedService: 'drive' },
  { uses: /\bSession\.get(?:Active|Effective)User\(\)\.getEmail\b/, scope: 'userinfo.email' },
  { uses: /\bUrlFetchApp\./, scope: 'script.external_request' },
  { uses: /\bScriptApp\.newTrigger\b/, scope: 'script.scriptapp' },
];

/** Scopes broader than the add-on needs: users would be asked for all their files or sheets. */
const TOO_BROAD = ['drive', 'drive.readonly', 'spreadsheets', 'spreadsheets.readonly', 'documents.readonly'];

interface Manifest {
  timeZone: string;
  runtimeVersion: string;
  oauthScopes: string[];
  addOns?: unknown;
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
}

let outdir: string;
let code: string;
let sidebarHtml: string;
let manifest: Manifest;

beforeAll(() => {
  outdir = tempDir('dist');
  const run = runBuild({ '--outdir': outdir });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}${run.stdout}`);
  code = fs.readFileSync(path.join(outdir, 'Code.js'), 'utf8');
  sidebarHtml = fs.readFileSync(path.join(outdir, 'Sidebar.html'), 'utf8');
  manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'appsscript.json'), 'utf8'));
});

afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

describe('dist/', () => {
  test('holds exactly Code.js, Sidebar.html and appsscript.json (one server script)', () => {
    expect(fs.readdirSync(outdir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  test('the manifest is copied unchanged', () => {
    expect(manifest).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')));
    expect(manifest).toMatchObject({ timeZone: 'Asia/Bangkok', runtimeVersion: 'V8' });
    expect(manifest.addOns).toBeUndefined();
  });

  test('Code.js parses as a classic script with no module syntax, private #fields or static fields', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    // Apps Script V8 fails to parse these; target es2020 must have lowered them.
    expect(code).not.toMatch(/^\s*(static\s+)?#[A-Za-z_$][\w$]*\s*[=;(]/m);
    expect(code).not.toMatch(/^\s*static\s+[A-Za-z_$][\w$]*\s*[=;]/m);
  });
});

describe('Code.js in a sandbox whose services throw', () => {
  test('loading the script touches no service (module scope is clean)', () => {
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    expect(bundle.loadTouches).toEqual([]);
    expect(bundle.touches).toEqual([]);
    expect(bundle.menus).toEqual([]);
  });

  test('every export is a top-level function and none ends with "_"', () => {
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    const names = exportedNames(bundle);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
    for (const name of names) {
      expect(name).not.toMatch(/_$/);
      expect(typeof bundle.context[name]).toBe('function');
      expect(code).toContain(`\nfunction ${name}(`);
    }
  });

  test.each(['onOpen', 'onInstall'])(
    '%s({authMode: NONE}) builds the add-on menu and touches nothing else',
    (trigger) => {
      const bundle = loadBundle(path.join(outdir, 'Code.js'));
      vm.runInContext(`${trigger}({ authMode: 'NONE' })`, bundle.context);
      expect(bundle.touches).toEqual([]);
      expect(bundle.menus).toHaveLength(1);
      const [menu] = bundle.menus;
      expect(menu.kind).toBe('addon');
      expect(menu.addedToUi).toBe(1);
      const expected = MENU.map((e) =>
        e === SEPARATOR ? { kind: 'separator' } : { kind: 'item', label: e.label, fn: e.fn },
      );
      expect(menu.items).toEqual(expected);
      expect(menuFunctions(menu.items).length).toBeGreaterThan(0);
    },
  );

  test('the menu the bundle builds and the help name no OIT item number (it changes by year)', () => {
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    vm.runInContext(`onOpen({ authMode: 'NONE' })`, bundle.context);
    const labels = bundle.menus[0].items.map((i) => ('label' in i ? i.label : ''));
    expect(labels.filter((l: string) => /\bo\d+\b/i.test(l))).toEqual([]);
    expect(labels.join('\n')).not.toMatch(/o34|o35/);
    expect(helpText()).not.toMatch(/\bo\d+\b/);
  });

  test('every menu item names a top-level function of the bundle', () => {
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    vm.runInContext(`onOpen({ authMode: 'NONE' })`, bundle.context);
    const missing = menuFunctions(bundle.menus[0].items).filter((fn) => typeof bundle.context[fn] !== 'function');
    expect(missing).toEqual([]);
  });

  test('calling a service outside the menu is caught by the sandbox (the harness works)', () => {
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    expect(() => vm.runInContext('showSidebar()', bundle.context)).toThrow(/service touched/);
    expect(bundle.touches.length).toBeGreaterThan(0);
  });
});

describe('the harness flags a service touched at module scope (mutant entries built to a temp dir)', () => {
  const TRIGGERS = `export function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'other').addToUi(); }
export function onInstall() { onOpen(); }
`;
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function buildMutant(source: string): string {
    const src = tempDir('mutant-src');
    const out = tempDir('mutant-out');
    dirs.push(src, out);
    const entry = path.join(src, 'main.ts');
    fs.writeFileSync(entry, `declare const SpreadsheetApp: any;\n${source}`);
    const run = runBuild({ '--entry': entry, '--outdir': out });
    if (run.status !== 0) throw new Error(`mutant build failed:\n${run.stderr}`);
    return path.join(out, 'Code.js');
  }

  test('a module-scope SpreadsheetApp.getUi() fails the load, named', () => {
    const code = buildMutant(`${TRIGGERS}export const __ui = SpreadsheetApp.getUi();\nexport function other() {}\n`);
    expect(() => loadBundle(code)).toThrow(/module scope: SpreadsheetApp\.getUi/);
  });

  test('a module-scope getUi() whose throw is swallowed is still recorded as a load touch', () => {
    const code = buildMutant(
      `${TRIGGERS}let ui: unknown = null;\ntry { ui = SpreadsheetApp.getUi(); } catch { ui = null; }\nexport function other() { return ui; }\n`,
    );
    const bundle = loadBundle(code);
    expect(bundle.loadTouches).toEqual(['SpreadsheetApp.getUi']);
    expect(bundle.touches).toEqual(['SpreadsheetApp.getUi']);
  });

  test('getUi() is allowed inside onOpen/onInstall only, not in another function', () => {
    const code = buildMutant(`${TRIGGERS}export function other() { return SpreadsheetApp.getUi(); }\n`);
    const bundle = loadBundle(code);
    expect(bundle.loadTouches).toEqual([]);
    vm.runInContext(`onInstall({ authMode: 'NONE' })`, bundle.context);
    expect(bundle.menus).toHaveLength(1);
    expect(bundle.touches).toEqual([]);
    expect(() => vm.runInContext('other()', bundle.context)).toThrow(/service touched/);
    expect(bundle.touches).toEqual(['SpreadsheetApp.getUi']);
  });
});

describe('the sidebar', () => {
  test('every google.script.run call names a top-level function of the bundle', async () => {
    const sources = [
      sidebarHtml,
      ...filesUnder(path.join(ROOT, 'sidebar'), /\.(ts|html)$/).map((f) => fs.readFileSync(f, 'utf8')),
    ];
    const names = new Set(sources.flatMap(scriptRunCalls));
    // Optional explicit list, for calls made through a wrapper by name: sidebar/server-functions.ts.
    const listFile = path.join(ROOT, 'sidebar/server-functions.ts');
    if (fs.existsSync(listFile)) {
      const list = (await import(listFile)) as { SERVER_FUNCTIONS?: readonly string[] };
      for (const name of list.SERVER_FUNCTIONS ?? []) names.add(name);
    }
    expect(names.size).toBeGreaterThan(0);
    const bundle = loadBundle(path.join(outdir, 'Code.js'));
    const missing = [...names].filter((n) => n.endsWith('_') || typeof bundle.context[n] !== 'function');
    expect(missing).toEqual([]);
  });

  test('Sidebar.html is self-contained: no external script or stylesheet', () => {
    expect(sidebarHtml).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    expect(sidebarHtml).not.toMatch(/<link[^>]*\bhref\s*=/i);
    expect(sidebarHtml).not.toContain('INLINE:');
    expect(sidebarHtml.match(/<script\b/gi)).toHaveLength(1);
    expect(sidebarHtml.match(/<\/script/gi)).toHaveLength(1);
    expect(sidebarHtml).toMatch(/<style>[\s\S]+<\/style>/);
  });

  test('the inlined script parses', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(sidebarHtml)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(0);
    expect(() => new vm.Script(script)).not.toThrow();
  });
});

describe('appsscript.json scopes', () => {
  test('cover every service the bundle uses', () => {
    const scopes = manifest.oauthScopes;
    const advanced = (manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.serviceId);
    const missing = SCOPE_RULES.filter((r) => r.uses.test(code)).flatMap((r) => [
      ...(scopes.includes(AUTH + r.scope) ? [] : [`scope ${r.scope} (for ${r.uses})`]),
      ...(r.advancedService && !advanced.includes(r.advancedService) ? [`advanced service ${r.advancedService}`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  test('are explicit, minimal and include the expected four', () => {
    const scopes = manifest.oauthScopes;
    expect(scopes).toEqual(
      expect.arrayContaining(
        ['spreadsheets.currentonly', 'script.container.ui', 'documents', 'drive.file'].map((s) => AUTH + s),
      ),
    );
    expect(scopes.filter((s) => TOO_BROAD.map((b) => AUTH + b).includes(s))).toEqual([]);
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  test('no DriveApp in the bundle (the manifest does not ask for the full drive scope); sharing and PDF calls are in it', () => {
    expect(manifest.oauthScopes).not.toContain(AUTH + 'drive');
    expect(code).not.toMatch(/\bDriveApp\b/);
    for (const call of [
      /Drive\.Files\.create\(/,
      /Drive\.Files\.update\(/,
      /Drive\.Files\.get\(/,
      /Drive\.Permissions\.create\(/,
      /Drive\.Permissions\.list\(/,
      /Drive\.Comments\.list\(/,
      /\.getAs\(/,
      /\.getEditors\(\)/,
    ])
      expect(code).toMatch(call);
  });

  test('the Drive v3 advanced service is enabled as "Drive"', () => {
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual(
      expect.arrayContaining([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]),
    );
  });
});

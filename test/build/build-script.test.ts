// The build script refuses what cannot work in Apps Script, and inlines the sidebar safely.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { ROOT, runBuild, scriptRunCalls, tempDir } from './harness';

const dirs: string[] = [];
function scratch(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function entry(source: string): string {
  const file = path.join(scratch('entry'), 'main.ts');
  fs.writeFileSync(file, source);
  return file;
}

const TRIGGERS = 'export function onOpen() {}\nexport function onInstall() {}\n';

describe('the build fails with a clear message', () => {
  test('on an export whose name ends with "_"', () => {
    const outdir = scratch('out');
    const run = runBuild({ '--entry': entry(`${TRIGGERS}export function helper_() {}\n`), '--outdir': outdir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/build failed/);
    expect(run.stderr).toMatch(/"helper_" ends with "_"/);
    expect(fs.existsSync(path.join(outdir, 'Code.js'))).toBe(false);
  });

  test('when onInstall or onOpen is missing', () => {
    const run = runBuild({ '--entry': entry('export function onOpen() {}\n'), '--outdir': scratch('out') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/"onInstall" is missing/);
    expect(run.stderr).not.toMatch(/"onOpen" is missing/);
  });

  test('when a node built-in leaks into the server bundle', () => {
    const source = `import { readFileSync } from 'node:fs';\n${TRIGGERS}export function read() { return readFileSync('x'); }\n`;
    const run = runBuild({ '--entry': entry(source), '--outdir': scratch('out') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/node:fs/);
  });

  test('on a syntax error, naming the file and line', () => {
    const file = entry(`${TRIGGERS}export const broken = ;\n`);
    const run = runBuild({ '--entry': file, '--outdir': scratch('out') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`main.ts:3:`);
  });

  test('on an unknown option', () => {
    const run = runBuild({ '--outfile': 'x' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown or incomplete option "--outfile"/);
  });
});

describe('a successful build', () => {
  test('declares one top-level wrapper per export, forwarding all arguments', () => {
    const outdir = scratch('out');
    const source = `${TRIGGERS}export function add(a: number, b: number) { return a + b; }\nexport const VERSION = 1;\n`;
    const run = runBuild({ '--entry': entry(source), '--outdir': outdir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^built .*Code\.js [\d.]+ kB \(4 exports\), Sidebar\.html [\d.]+ kB, appsscript\.json [\d.]+ kB\n$/,
    );
    const context = vm.createContext({});
    vm.runInContext(fs.readFileSync(path.join(outdir, 'Code.js'), 'utf8'), context);
    expect(vm.runInContext('add(2, 3)', context)).toBe(5);
    expect(typeof context.onOpen).toBe('function');
  });

  test('removes stale files from the output folder', () => {
    const outdir = scratch('out');
    fs.writeFileSync(path.join(outdir, 'Old.js'), 'function onOpen() {}');
    expect(runBuild({ '--outdir': outdir }).status).toBe(0);
    expect(fs.readdirSync(outdir).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  test('inlines the sidebar so "</script>" and "</style>" in the sources cannot close the tags early', () => {
    const sidebarDir = scratch('sidebar');
    fs.copyFileSync(path.join(ROOT, 'sidebar/index.html'), path.join(sidebarDir, 'index.html'));
    fs.writeFileSync(
      path.join(sidebarDir, 'main.ts'),
      `(globalThis as any).probe = ['</script><b>x</b>', '</SCRIPT>', '<!-- <script>', /<\\/script>/.source, '$&$1'];\n`,
    );
    fs.writeFileSync(path.join(sidebarDir, 'style.css'), `body::after { content: "</style>"; }\n`);
    const outdir = scratch('out');
    const run = runBuild({ '--outdir': outdir, '--sidebar-dir': sidebarDir });
    expect(run.status).toBe(0);
    const html = fs.readFileSync(path.join(outdir, 'Sidebar.html'), 'utf8');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<!--\s*<script/i);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const context = vm.createContext({});
    vm.runInContext(script, context);
    expect(vm.runInContext('probe', context)).toEqual([
      '</script><b>x</b>',
      '</SCRIPT>',
      '<!-- <script>',
      '<\\/script>',
      '$&$1',
    ]);
  });

  test('fails when the sidebar page lacks an inline marker', () => {
    const sidebarDir = scratch('sidebar');
    fs.writeFileSync(path.join(sidebarDir, 'index.html'), '<html><body><!-- INLINE:JS --></body></html>');
    fs.writeFileSync(path.join(sidebarDir, 'main.ts'), '');
    fs.writeFileSync(path.join(sidebarDir, 'style.css'), '');
    const run = runBuild({ '--outdir': scratch('out'), '--sidebar-dir': sidebarDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/INLINE:CSS/);
  });
});

describe('scriptRunCalls (finds the server functions the sidebar calls)', () => {
  test('reads plain calls and calls after handler chains with nested parentheses and strings', () => {
    const src = `
      google.script.run.listYears();
      google.script.run
        .withSuccessHandler((r) => show(r, fmt(")")))
        .withFailureHandler(function (e) { alert('x(' + e.message); })
        .withUserObject({ a: (1) })
        .analyze(input);
      google . script . run . withSuccessHandler(done) . generatePlan ( )`;
    expect(scriptRunCalls(src)).toEqual(['listYears', 'analyze', 'generatePlan']);
  });
});

// Builds the add-on for Apps Script into dist/ (clasp's rootDir):
//   dist/Code.js         the server bundle: one IIFE (global __addon) plus one top-level function per export
//   dist/Sidebar.html    sidebar/index.html with the bundled sidebar/main.ts and sidebar/style.css inlined
//   dist/appsscript.json the manifest, copied
// and the command line `ita` (bin/ita.js loads it; no TypeScript loader at run time):
//   dist-cli/ita.js      src/cli/ita.ts bundled for node (CommonJS); docx and exceljs stay in node_modules
// Usage: node scripts/build.mjs [--entry <file.ts>] [--outdir <dir>] [--sidebar-dir <dir>] [--manifest <file>]
//        node scripts/build.mjs --cli-only      (only dist-cli/ita.js; `npm ci` runs the full build as `prepare`)
// Also importable: `import { build, buildCli } from './build.mjs'`.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REQUIRED_EXPORTS = ['onOpen', 'onInstall'];
const GLOBAL_NAME = '__addon';
const TARGET = 'es2020';
const JS_MARKER = '<!-- INLINE:JS -->';
const CSS_MARKER = '<!-- INLINE:CSS -->';

export class BuildError extends Error {}

/** Names of what `entry` exports, read from an ESM build that writes nothing. */
export async function readExports(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: TARGET,
    write: false,
    metafile: true,
    outfile: 'exports-probe.js',
    logLevel: 'silent',
  });
  assertNoNodeImports(result.metafile, entry);
  const outputs = Object.values(result.metafile.outputs);
  return outputs.flatMap((o) => o.exports ?? []);
}

/** Throws when the export list cannot work in Apps Script. */
export function checkExports(names, entry) {
  const problems = [];
  for (const name of names) {
    if (name.endsWith('_')) {
      problems.push(
        `export "${name}" ends with "_": Apps Script treats it as private (no menu, trigger or google.script.run)`,
      );
    }
    if (name === 'default') problems.push('a default export has no name in Apps Script: use a named export');
  }
  for (const name of REQUIRED_EXPORTS) {
    if (!names.includes(name)) problems.push(`export "${name}" is missing (the add-on menu needs it)`);
  }
  if (problems.length) throw new BuildError(`${path.relative(ROOT, entry)}:\n  - ${problems.join('\n  - ')}`);
}

function assertNoNodeImports(metafile, what) {
  const builtins = new Set(builtinModules);
  const bad = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports ?? []) {
      if (imp.path.startsWith('node:') || builtins.has(imp.path)) bad.push(`${file} imports ${imp.path}`);
    }
  }
  if (bad.length) {
    throw new BuildError(
      `${what}: node built-ins cannot run in Apps Script or the sidebar:\n  - ${bad.join('\n  - ')}`,
    );
  }
}

/** One top-level function per export, so Apps Script sees menu targets, triggers and RPC endpoints. */
export function footerFor(names) {
  return names.map((n) => `function ${n}(...a){ return ${GLOBAL_NAME}.${n}(...a); }`).join('\n');
}

async function buildServer(entry, outfile) {
  const names = await readExports(entry);
  checkExports(names, entry);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    metafile: true,
    charset: 'utf8',
    legalComments: 'none',
    footer: { js: footerFor(names) },
    logLevel: 'silent',
  });
  assertNoNodeImports(result.metafile, entry);
  return names;
}

/**
 * Makes text safe inside <script> or <style>: no early "</script" / "</style". In a script, "<!--" is also
 * escaped (as "<\\x21--", valid in strings and regexes) because it can switch the HTML parser into a state
 * where the real closing tag is missed.
 */
export function escapeForTag(code, tag) {
  const escaped = code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
  return tag === 'script' ? escaped.replace(/<!--/g, '<\\x21--') : escaped;
}

async function bundleText(entry, extra) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    charset: 'utf8',
    legalComments: 'none',
    outdir: 'sidebar-probe',
    logLevel: 'silent',
    ...extra,
  });
  assertNoNodeImports(result.metafile, entry);
  return result.outputFiles.map((f) => f.text).join('\n');
}

async function buildSidebar(sidebarDir, outfile) {
  const html = fs.readFileSync(path.join(sidebarDir, 'index.html'), 'utf8');
  for (const marker of [JS_MARKER, CSS_MARKER]) {
    if (!html.includes(marker)) throw new BuildError(`sidebar/index.html: marker ${marker} is missing`);
  }
  const js = await bundleText(path.join(sidebarDir, 'main.ts'), {
    format: 'iife',
    target: TARGET,
    platform: 'browser',
  });
  const css = await bundleText(path.join(sidebarDir, 'style.css'), { loader: { '.css': 'css' } });
  // Function replacements: a "$" in the bundle must not be read as a replacement pattern.
  const out = html
    .replace(CSS_MARKER, () => `<style>\n${escapeForTag(css, 'style')}</style>`)
    .replace(JS_MARKER, () => `<script>\n${escapeForTag(js, 'script')}</script>`);
  fs.writeFileSync(outfile, out);
}

function kb(file) {
  return `${(fs.statSync(file).size / 1024).toFixed(1)} kB`;
}

/**
 * Builds everything into `outdir` (emptied first, so exactly Code.js, Sidebar.html and appsscript.json remain).
 * Throws BuildError on a problem the author must fix.
 */
export async function build(options = {}) {
  const entry = path.resolve(options.entry ?? path.join(ROOT, 'src/gas/main.ts'));
  const outdir = path.resolve(options.outdir ?? path.join(ROOT, 'dist'));
  const sidebarDir = path.resolve(options.sidebarDir ?? path.join(ROOT, 'sidebar'));
  const manifest = path.resolve(options.manifest ?? path.join(ROOT, 'appsscript.json'));

  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const files = {
    code: path.join(outdir, 'Code.js'),
    sidebar: path.join(outdir, 'Sidebar.html'),
    manifest: path.join(outdir, 'appsscript.json'),
  };
  try {
    const exports = await buildServer(entry, files.code);
    await buildSidebar(sidebarDir, files.sidebar);
    JSON.parse(fs.readFileSync(manifest, 'utf8')); // fail early on a broken manifest
    fs.copyFileSync(manifest, files.manifest);
    const summary =
      `built ${path.relative(ROOT, outdir) || '.'}: Code.js ${kb(files.code)} (${exports.length} exports), ` +
      `Sidebar.html ${kb(files.sidebar)}, appsscript.json ${kb(files.manifest)}`;
    if (!options.quiet) console.log(summary);
    return { outdir, exports, files, summary };
  } catch (err) {
    if (err instanceof BuildError) throw err;
    if (err && Array.isArray(err.errors) && err.errors.length) {
      const lines = err.errors.map((e) =>
        e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text,
      );
      throw new BuildError(lines.join('\n'));
    }
    throw err;
  }
}

/** Where bin/ita.js finds the bundled command line. */
export const CLI_BUNDLE = path.join(ROOT, 'dist-cli', 'ita.js');

/**
 * Bundles the command line for node: every source file of the project in one CommonJS file, the
 * packages (docx, exceljs) left to node_modules. Written to a temporary file then renamed, so a
 * concurrent build never leaves a half-written bundle for bin/ita.js to load.
 */
export async function buildCli(options = {}) {
  const outfile = path.resolve(options.outfile ?? CLI_BUNDLE);
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.tmp`;
  try {
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/cli/ita.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: tmp,
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
    });
    fs.renameSync(tmp, outfile);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  const summary = `built ${path.relative(ROOT, outfile)}: ${kb(outfile)}`;
  if (!options.quiet) console.log(summary);
  return { outfile, summary };
}

const CLI_OPTIONS = {
  '--entry': 'entry',
  '--outdir': 'outdir',
  '--sidebar-dir': 'sidebarDir',
  '--manifest': 'manifest',
};

function parseArgs(argv) {
  const options = {};
  if (argv[0] === '--cli-only') {
    if (argv.length > 1) throw new BuildError('--cli-only takes no other option');
    return { cliOnly: true };
  }
  for (let i = 0; i < argv.length; i += 2) {
    const key = CLI_OPTIONS[argv[i]];
    if (!key || argv[i + 1] === undefined) {
      throw new BuildError(
        `unknown or incomplete option "${argv[i]}" (known: ${Object.keys(CLI_OPTIONS).join(', ')}, each with a path)`,
      );
    }
    options[key] = argv[i + 1];
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.resolve()
    .then(async () => {
      const options = parseArgs(process.argv.slice(2));
      if (!options.cliOnly) await build(options);
      // The command line is built with the default add-on build only (a test build with --entry skips it).
      if (options.cliOnly || Object.keys(options).length === 0) await buildCli();
    })
    .catch((err) => {
      console.error(`build failed: ${err instanceof BuildError ? err.message : err && err.stack ? err.stack : err}`);
      process.exit(1);
    });
}

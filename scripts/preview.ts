// Local preview of the sidebar: `npm run preview` (= build, then this script).
// Serves dist/Sidebar.html on localhost with a small injected script that defines google.script.run; each
// call is POSTed to /rpc/<name> and answered by the REAL server code (src/gas/main.ts) running on the
// Apps Script fakes, over a workbook set up and filled with the seed 001 sample
// (examples/seed-001-2567.txt: setup → import → compute → highlight).
// Also importable: startPreview({ port }) → { url, close, fakes } (the browser tests use it).
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { createFakes, dumpSheet, installFakes, rangeOf, type Fakes } from '../emulator';
import * as server from '../src/gas/main';
import { confirmImport, runCompute, runHighlight, runSetup, textHash } from '../src/gas/workbook';
import { SERVER_FUNCTIONS } from '../sidebar/server-functions';

const ROOT = path.resolve(__dirname, '..');
export const SEED_FILE = path.join(ROOT, 'examples/seed-001-2567.txt');
export const SIDEBAR_FILE = path.join(ROOT, 'dist/Sidebar.html');

/** The script that stands in for google.script.run in a plain browser. */
export const CLIENT_SHIM = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(String(name)), {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args),
          }).then(function (r) { return r.json(); }).then(function (a) {
            if (a.ok) { if (ok) ok(a.value); }
            else if (fail) { fail(new Error(a.message)); }
          }, function (e) { if (fail) fail(new Error('ติดต่อเซิร์ฟเวอร์ตัวอย่างไม่ได้: ' + e.message)); });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

/** Puts the shim in front of the sidebar's own script (in <head>). */
export function injectShim(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', () => `${CLIENT_SHIM}\n</head>`) : CLIENT_SHIM + html;
}

/** The agency of the seed 001 sample (its title line), typed in the settings sheet as an officer would. */
export const SEED_AGENCY = 'เทศบาลตำบลก้อ';

function setAgency(fakes: Fakes, name: string): void {
  const sheet = fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ');
  if (!sheet) return;
  const row = dumpSheet(sheet).findIndex((r) => r[0] === 'ชื่อหน่วยงาน');
  if (row >= 0) rangeOf(sheet, `B${row + 1}`).setValue(name);
}

/** Fresh fakes, installed as globals, with the seed 001 sample set up, imported, computed and highlighted. */
export function seededFakes(): Fakes {
  const fakes = createFakes();
  installFakes(fakes);
  const steps: [string, () => { ok: boolean; message: string }][] = [
    ['setup', () => runSetup(new Date(2024, 11, 1))],
    [
      'import',
      () => {
        const text = fs.readFileSync(SEED_FILE, 'utf8');
        return confirmImport(text, false, textHash(text));
      },
    ],
    ['compute', () => runCompute()],
    ['highlight', () => runHighlight()],
  ];
  for (const [name, step] of steps) {
    if (name === 'import') setAgency(fakes, SEED_AGENCY);
    const r = step();
    if (!r.ok) throw new Error(`preview: ${name} of the seed 001 sample failed: ${r.message}`);
  }
  fakes.calls.reset();
  return fakes;
}

type Handler = (...args: unknown[]) => unknown;

/** Calls one server function by name: only those the sidebar may call. */
export function callServer(
  name: string,
  args: unknown[],
): { ok: true; value: unknown } | { ok: false; message: string } {
  const fn = (server as unknown as Record<string, Handler>)[name];
  if (!SERVER_FUNCTIONS.includes(name) || typeof fn !== 'function') {
    return { ok: false, message: `ไม่พบฟังก์ชัน "${name}" บนเซิร์ฟเวอร์` };
  }
  try {
    // JSON round trip, as google.script.run does: a Date or undefined would not survive.
    return { ok: true, value: JSON.parse(JSON.stringify(fn(...args) ?? null)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export interface Preview {
  url: string;
  fakes: Fakes;
  close: () => Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Starts the preview server (port 0 = any free port). */
export async function startPreview(opts: { port?: number } = {}): Promise<Preview> {
  if (!fs.existsSync(SIDEBAR_FILE))
    throw new Error(`ไม่พบ ${path.relative(ROOT, SIDEBAR_FILE)} กรุณารัน npm run build ก่อน`);
  const fakes = seededFakes();
  const srv = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/Sidebar.html')) {
      const html = injectShim(fs.readFileSync(SIDEBAR_FILE, 'utf8'));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    const m = /^\/rpc\/([A-Za-z_$][\w$]*)$/.exec(url.pathname);
    if (req.method === 'POST' && m) {
      readBody(req)
        .then((body) => {
          const args = body ? JSON.parse(body) : [];
          const answer = callServer(m[1], Array.isArray(args) ? args : [args]);
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(answer));
        })
        .catch((e: unknown) => {
          res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ ok: false, message: `คำขอไม่ถูกต้อง: ${e instanceof Error ? e.message : String(e)}` }));
        });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = srv.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    fakes,
    close: () => new Promise<void>((resolve) => srv.close(() => resolve())),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8787);
  startPreview({ port })
    .then((p) => {
      console.log(`ITA sidebar preview (seed 001 on the fakes): ${p.url}`);
      console.log('Ctrl+C to stop.');
    })
    .catch((e: unknown) => {
      console.error(`preview failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}

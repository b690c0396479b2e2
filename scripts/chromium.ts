// Where the headless browser is: $CHROMIUM_PATH, else the first of the usual Debian/Ubuntu paths that
// exists. Used by the sidebar's browser tests and by the README pictures (playwright-core downloads no
// browser here: `npx playwright install` cannot work offline).
import fs from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** Headless, offline and quiet: no sandbox (containers), no GPU, no background network or updates. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The browser to launch, or null when none is found (the message says how to install or point to one). */
export function chromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = fs.existsSync,
): string | null {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) return exists(given) ? given : null;
  return CHROMIUM_CANDIDATES.find((p) => exists(p)) ?? null;
}

export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH?.trim();
  return given
    ? `CHROMIUM_PATH=${given} does not exist`
    : `no chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}): apt-get install chromium, or set CHROMIUM_PATH`;
}

// The CliIO the command tests run `ita` with: stdout and stderr collected, files and stdin as given.
import type { CliIO } from '../../src/cli/ita';

export interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

/** A CliIO that collects what the command prints; `readFile` and the stdin text are the test's. */
export function captureIO(readFile: (path: string) => string, stdin = ''): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readFile,
      readStdin: async () => stdin,
    },
    out: () => out,
    err: () => err,
  };
}

/** Every path reads as `text`, and so does stdin. */
export function textIO(text: string): Captured {
  return captureIO(() => text, text);
}

/** Only these files exist (any other path throws a Node-style ENOENT error); stdin is `stdin`. */
export function filesIO(files: Record<string, string> = {}, stdin = ''): Captured {
  return captureIO((p) => {
    if (p in files) return files[p];
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  }, stdin);
}

// What a command may touch of the outside world, injectable so tests run commands in-process.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Read a file as UTF-8 text. Throws a Node-style error (with `code`, e.g. ENOENT) when it cannot. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
}

/** Exit statuses of the `ita` command. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export interface Command {
  name: string;
  /** One line of Thai + English for the usage text. */
  summary: string;
  /** Usage text of the command (Thai + English). */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** "ita NAME: message" on stderr; the bad-input exit status. */
export function badInput(io: CliIO, command: string): (message: string) => number {
  return (message) => {
    io.stderr(`ita ${command}: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
}

/** Warnings printed once each: the same text from two places is printed and kept once (`shown` may add where). */
export function warnOnce(io: CliIO): { warnings: string[]; warn: (text: string, shown?: string) => void } {
  const warnings: string[] = [];
  const warn = (text: string, shown = text): void => {
    if (warnings.includes(text)) return;
    warnings.push(text);
    io.stderr(`คำเตือน: ${shown}\n`);
  };
  return { warnings, warn };
}

/** Why a file could not be read, in Thai (from a Node-style error code). */
export function readError(path: string, err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return `ไม่พบไฟล์ "${path}" (file not found)`;
  if (code === 'EISDIR') return `"${path}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (is a directory)`;
  if (code === 'EACCES') return `ไม่มีสิทธิ์อ่านไฟล์ "${path}" (permission denied)`;
  return `อ่านไฟล์ "${path}" ไม่ได้: ${(err as Error).message}`;
}

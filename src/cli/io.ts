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

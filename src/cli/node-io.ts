// The real I/O of the command line (Node only; the core never imports this).
import { readFileSync } from 'fs';
import { CliIO, decodeText } from './io';

export function nodeIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => decodeText(readFileSync(path)),
    readStdin: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(decodeText(Buffer.concat(chunks))));
        process.stdin.on('error', reject);
      }),
  };
}

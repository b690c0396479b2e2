// `ita`: the command line of the ITA tools. Subcommands come from the command table (commands.ts).
import { COMMANDS } from './commands';
import { CliIO, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK } from './io';
import { nodeIO } from './node-io';

export type { CliIO } from './io';

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `ita: เครื่องมือวิเคราะห์ผลการประเมิน ITA และจัดทำเอกสาร (ITA integrity assessment tools)

ใช้งาน (usage): ita <คำสั่ง> [ตัวเลือก] [ไฟล์]
               ita <command> [options] [file]

คำสั่ง (commands):
${lines.join('\n')}

  ita <คำสั่ง> --help   วิธีใช้ของแต่ละคำสั่ง (help for a command)
  ita --help           แสดงข้อความนี้ (show this message)

ตัวอย่าง (example): ita analyze --json examples/seed-001-2567.txt
`;
}

/** Run `ita` with the arguments after the program name. Resolves to the exit status. */
export async function main(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const sub = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout(sub ? sub.usage : usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`ita: ไม่รู้จักคำสั่ง "${name}" (unknown command)\n\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.stderr(`ita ${name}: เกิดข้อผิดพลาดภายในโปรแกรม (internal error): ${(e as Error).stack ?? e}\n`);
    return EXIT_FAILURE;
  }
}

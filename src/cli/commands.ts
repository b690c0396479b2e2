// The command table of `ita`. To add a command, write src/cli/<name>.ts exporting a Command and list it here.
import { analyzeCommand } from './analyze';
import { generateCommand } from './generate';
import { Command } from './io';

export const COMMANDS: Command[] = [analyzeCommand, generateCommand];

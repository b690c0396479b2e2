// exceljs takes longer to load than the rest of the command line: commands that read or write no
// workbook (`ita analyze`, `ita --help`) must not load it. Loading it here fails the test.
import { join } from 'path';
import { readFileSync } from 'fs';
import { main } from '../../src/cli/ita';
import { readSheets } from '../../src/cli/xlsx-input';
import { captureIO } from './capture-io';

jest.mock('exceljs', () => {
  throw new Error('exceljs was loaded');
});

const SEED = join(__dirname, '../../examples/seed-001-2567.txt');

test('ita analyze and ita --help run without loading exceljs', async () => {
  const analyzeIO = captureIO((p) => readFileSync(p, 'utf8'));
  expect(await main(['analyze', '--json', SEED], analyzeIO.io)).toBe(0);
  expect(JSON.parse(analyzeIO.out()).overall.score).toBe(95.11);
  const helpIO = captureIO(() => '');
  expect(await main(['--help'], helpIO.io)).toBe(0);
  expect(helpIO.out()).toContain('generate');
});

test('reading a workbook loads it then (here the mock throws, so the read fails with it)', async () => {
  await expect(readSheets(new Uint8Array([0x50, 0x4b, 3, 4]))).rejects.toThrow('exceljs was loaded');
});

// The emulator's ZIP writer carries its own CRC-32 (zlib.crc32 needs Node 20.15): the standard check
// value, and jszip verifying every entry's checksum on a zip it writes.
import JSZip from 'jszip';
import { crc32, zipSync } from '../../emulator/zip';

test('CRC-32 gives the standard check value of "123456789" and of nothing', () => {
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  expect(crc32(Buffer.alloc(0))).toBe(0);
});

test('jszip checks the CRC of every entry and reads the bytes back', async () => {
  const entries = [
    { name: 'word/document.xml', bytes: Buffer.from('<w:document>ทดสอบ</w:document>') },
    { name: '[Content_Types].xml', bytes: Buffer.from('x'.repeat(5000)) },
  ];
  const zip = await JSZip.loadAsync(zipSync(entries), { checkCRC32: true });
  for (const e of entries) expect(await zip.file(e.name)!.async('nodebuffer')).toEqual(e.bytes);
});

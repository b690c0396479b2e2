// Utilities: formatDate (Java SimpleDateFormat subset, real time-zone conversion via Intl),
// computeDigest (signed bytes like the real one), base64, getUuid, sleep (counted no-op).
import * as crypto from 'crypto';
import { FakeBlob } from './blob';
import { Fake, Like } from './calls';
import { zipSync } from './zip';

type GU = GoogleAppsScript.Utilities.Utilities;

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_ALGO: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function toBytes(value: string | number[] | Uint8Array, charset?: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, charset === 'US_ASCII' ? 'ascii' : 'utf8');
  return Buffer.from(Array.from(value, (b) => b & 0xff));
}
function signed(buf: Buffer): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

interface Parts {
  y: number;
  M: number;
  d: number;
  H: number;
  m: number;
  s: number;
  S: number;
  dow: number;
  offsetMin: number;
}

function partsIn(date: Date, timeZone: string): Parts {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(date)) p[x.type] = x.value;
  const y = Number(p.year),
    M = Number(p.month),
    d = Number(p.day),
    H = Number(p.hour) % 24,
    m = Number(p.minute),
    s = Number(p.second);
  const asUtc = Date.UTC(y, M - 1, d, H, m, s);
  const offsetMin = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const dow = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday);
  return { y, M, d, H, m, s, S: date.getUTCMilliseconds(), dow, offsetMin };
}

/** SimpleDateFormat letters: y M d H h m s S a E Z X, quoted literals ('T', ''). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const t = partsIn(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const num = (v: number) => String(v).padStart(n, '0');
    const off = (colon: boolean) => {
      const sign = t.offsetMin < 0 ? '-' : '+';
      const a = Math.abs(t.offsetMin);
      return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${colon ? ':' : ''}${String(a % 60).padStart(2, '0')}`;
    };
    switch (ch) {
      case 'y':
        out += n === 2 ? String(t.y % 100).padStart(2, '0') : num(t.y);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[t.M - 1] : n === 3 ? MONTHS[t.M - 1].slice(0, 3) : num(t.M);
        break;
      case 'd':
        out += num(t.d);
        break;
      case 'H':
        out += num(t.H);
        break;
      case 'h':
        out += num(t.H % 12 || 12);
        break;
      case 'm':
        out += num(t.m);
        break;
      case 's':
        out += num(t.s);
        break;
      case 'S':
        out += String(t.S).padStart(3, '0').slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += t.H < 12 ? 'AM' : 'PM';
        break;
      case 'E':
        out += n >= 4 ? DAYS[t.dow] : DAYS[t.dow].slice(0, 3);
        break;
      case 'u':
        out += String(t.dow === 0 ? 7 : t.dow);
        break;
      case 'Z':
        out += off(false);
        break;
      case 'X':
        out += t.offsetMin === 0 ? 'Z' : n === 1 ? off(false).slice(0, 3) : off(n >= 3);
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

export class FakeUtilities
  extends Fake
  implements
    Like<
      GU,
      | 'formatDate'
      | 'computeDigest'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'getUuid'
      | 'sleep'
      | 'formatString'
      | 'newBlob'
      | 'zip'
    >
{
  readonly _kind = 'Utilities';
  readonly _service = 'Utilities' as const;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  /** Total milliseconds "slept" (sleep does not wait). */
  sleptMs = 0;
  private uuids = 0;
  constructor(private deterministicUuids: boolean) {
    super();
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as unknown as Date, timeZone, format);
  }
  /** Signed bytes (-128..127), like the real one. */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm | string,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset | string,
  ): number[] {
    const a = NODE_ALGO[String(algorithm)];
    if (!a) throw new Error(`Invalid argument: algorithm`);
    return signed(crypto.createHash(a).update(toBytes(value, charset)).digest());
  }
  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset | string): string {
    return toBytes(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset | string): string {
    return toBytes(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return signed(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  getUuid(): string {
    if (!this.deterministicUuids) return crypto.randomUUID();
    const n = ++this.uuids;
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  }
  sleep(milliseconds: number): void {
    this.sleptMs += milliseconds;
  }
  /** newBlob(data, contentType?, name?): text (UTF-8) or bytes. */
  newBlob(data: string | number[] | Uint8Array, contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(data, contentType ?? null, name ?? null);
  }
  /**
   * zip(blobs, name?): "Creates a new Blob object that is a zip file containing the data from the Blobs
   * passed in", content type application/zip. Each entry is named by its blob's name as given (a name
   * with slashes makes a path inside the zip). A blob without a name is refused (the reference does
   * not say what it would be called).
   */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name?: string): FakeBlob {
    const entries = (blobs as unknown as FakeBlob[]).map((b) => {
      const n = b.getName();
      if (!n) throw new Error('Fake: Utilities.zip needs a name on every blob');
      return { name: n, bytes: b.bytes };
    });
    return new FakeBlob(zipSync(entries), 'application/zip', name ?? 'Archive.zip');
  }
  /** printf-like: %s, %d, %f (with precision), %%. */
  formatString(template: string, ...args: unknown[]): string {
    let k = 0;
    return template.replace(/%(\.(\d+))?([sdf%])/g, (_m, _p, prec, t) => {
      if (t === '%') return '%';
      const v = args[k++];
      if (t === 'd') return String(Math.trunc(Number(v)));
      if (t === 'f') return Number(v).toFixed(prec ? Number(prec) : 6);
      return String(v);
    });
  }
}

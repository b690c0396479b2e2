// A Blob (what Document.getAs returns, Utilities.newBlob/zip make, and Drive.Files.create/update
// upload). The bytes are kept; text blobs read back as UTF-8.
import { Fake, Like } from './calls';

export class FakeBlob
  extends Fake
  implements
    Like<
      GoogleAppsScript.Base.Blob,
      'getContentType' | 'setContentType' | 'getDataAsString' | 'getBytes' | 'getName' | 'setName'
    >
{
  readonly _kind = 'Blob';
  readonly _service = 'Utilities' as const;
  readonly bytes: Buffer;
  constructor(
    data: string | Uint8Array | number[],
    private contentType: string | null,
    private name: string | null = null,
  ) {
    super();
    this.bytes =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Array.from(data, (b) => Number(b) & 0xff));
  }
  /** The content as text (UTF-8). */
  get data(): string {
    return this.bytes.toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  getDataAsString(): string {
    return this.data;
  }
  /** Signed bytes (-128..127), as Apps Script gives them. */
  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
}

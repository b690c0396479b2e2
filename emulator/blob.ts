// A Blob (what Document.getAs returns and Drive.Files.create/update upload). Bytes are kept as text.
import { Fake, Like } from './calls';

export class FakeBlob
  extends Fake
  implements Like<GoogleAppsScript.Base.Blob, 'getContentType' | 'getDataAsString' | 'getName' | 'setName'>
{
  readonly _kind = 'Blob';
  readonly _service = 'Utilities' as const;
  constructor(
    readonly data: string,
    private contentType: string,
    private name: string | null = null,
  ) {
    super();
  }
  getContentType(): string {
    return this.contentType;
  }
  getDataAsString(): string {
    return this.data;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
}

// DocumentApp and Document. Documents live in a DocStore shared with DriveApp/Drive (comments).
import { Fake, Like, inScriptCall } from '../calls';
import type { World } from '../world';
import { ContainerSection } from './elements';
import { Attribute, ElementType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './enums';

type GD = GoogleAppsScript.Document.Document;
type GDA = GoogleAppsScript.Document.DocumentApp;

export const MISSING_DOC = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const CLOSED_DOC = 'Document is closed, its contents cannot be updated.';
export const READ_ONLY_DOC = 'Access denied: DocumentApp.';
export const DOCS_CREATE_QUOTA = 'Service invoked too many times for one day: docs create.';

export class FakeDocument
  extends Fake
  implements
    Like<
      GD,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getBody'
      | 'saveAndClose'
      | 'getHeader'
      | 'addHeader'
      | 'getFooter'
      | 'addFooter'
    >
{
  readonly _kind = 'Document';
  readonly _service = 'Document' as const;
  body: ContainerSection;
  header: ContainerSection | null = null;
  footer: ContainerSection | null = null;
  /** Test switches (see fakes.trashDoc / fakes.setDocReadOnly). */
  trashed = false;
  readOnly = false;
  closed = false;
  saveAndCloseCount = 0;
  readonly createdTime: Date;
  constructor(
    readonly id: string,
    public name: string,
  ) {
    super();
    this.body = new ContainerSection(this, 'body');
    this.createdTime = new Date();
  }
  /** Only the script is refused: the tester's raw edits (an officer's hand) always go through. */
  _assertWritable(): void {
    if (!inScriptCall()) return;
    if (this.trashed) throw new Error(MISSING_DOC);
    if (this.readOnly) throw new Error(READ_ONLY_DOC);
    if (this.closed) throw new Error(CLOSED_DOC);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this._assertWritable();
    this.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): ContainerSection {
    return this.body;
  }
  /** Later edits through this object throw until the document is opened again with openById. */
  saveAndClose(): void {
    this.saveAndCloseCount++;
    this.closed = true;
  }
  getHeader(): ContainerSection | null {
    return this.header;
  }
  addHeader(): ContainerSection {
    this._assertWritable();
    if (this.header) throw new Error('Document already contains a header.');
    return (this.header = new ContainerSection(this, 'header'));
  }
  getFooter(): ContainerSection | null {
    return this.footer;
  }
  addFooter(): ContainerSection {
    this._assertWritable();
    if (this.footer) throw new Error('Document already contains a footer.');
    return (this.footer = new ContainerSection(this, 'footer'));
  }
  /** The tree: { name, body, header, footer } (not counted). */
  inspect(): {
    id: string;
    name: string;
    trashed: boolean;
    body: ReturnType<ContainerSection['inspect']>;
    header: ReturnType<ContainerSection['inspect']> | null;
    footer: ReturnType<ContainerSection['inspect']> | null;
  } {
    return {
      id: this.id,
      name: this.name,
      trashed: this.trashed,
      body: this.body.inspect(),
      header: this.header?.inspect() ?? null,
      footer: this.footer?.inspect() ?? null,
    };
  }
}

export interface DocHooks {
  /** Called for every new document (DriveApp registers the file). */
  onCreate(doc: FakeDocument): void;
  /** Daily quota of DocumentApp.create (Infinity = none). */
  createQuota: number;
}

export class FakeDocumentApp
  extends Fake
  implements Like<GDA, 'create' | 'openById' | 'openByUrl' | 'getActiveDocument'>
{
  readonly _kind = 'DocumentApp';
  readonly _service = 'Document' as const;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  created = 0;
  constructor(
    private world: World,
    readonly docs: Map<string, FakeDocument>,
    private hooks: DocHooks,
  ) {
    super();
  }
  /** Throws the real daily-quota error past `createQuota` documents. */
  create(name: string): FakeDocument {
    if (this.created >= this.hooks.createQuota) throw new Error(DOCS_CREATE_QUOTA);
    this.created++;
    const id = `fake-doc-${String(this.world.next('doc')).padStart(4, '0')}`;
    const d = new FakeDocument(id, name);
    this.docs.set(id, d);
    this.hooks.onCreate(d);
    return d;
  }
  /** Missing or trashed documents throw the real message. Re-opens a closed document. */
  openById(id: string): FakeDocument {
    const d = this.docs.get(id);
    if (!d || d.trashed) throw new Error(MISSING_DOC);
    d.closed = false;
    return d;
  }
  openByUrl(url: string): FakeDocument {
    const m = /\/d\/([^/]+)/.exec(url);
    return this.openById(m ? m[1] : url);
  }
  /** Not container-bound to a document: null. */
  getActiveDocument(): null {
    return null;
  }
}

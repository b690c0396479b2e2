// DocumentApp and Document. Documents live in a DocStore shared with DriveApp/Drive (comments).
import { FakeBlob } from '../blob';
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
      | 'getAs'
    >
{
  readonly _kind = 'Document';
  readonly _service = 'Document' as const;
  body: ContainerSection;
  header: ContainerSection | null = null;
  footer: ContainerSection | null = null;
  /**
   * The first page's own header, and whether the first page uses it ("different first page"): only a
   * converted .docx sets them (w:titlePg); DocumentApp reaches neither (getHeader is the default one).
   */
  firstPageHeader: ContainerSection | null = null;
  differentFirstPage = false;
  /** Test switches (see fakes.trashDoc / fakes.setDocReadOnly). */
  trashed = false;
  readOnly = false;
  closed = false;
  saveAndCloseCount = 0;
  /** The body's text as of the last saveAndClose (what an export shows; see getAs). */
  savedText = '';
  /** May the script's current user edit this doc? (set by createFakes from the Drive permissions). */
  canEdit: () => boolean = () => true;
  readonly createdTime: Date;
  constructor(
    readonly id: string,
    public name: string,
  ) {
    super();
    this.body = new ContainerSection(this, 'body');
    this.createdTime = new Date();
  }
  /**
   * Only the script is refused: the tester's raw edits (an officer's hand) always go through. A trashed
   * doc is still edited (it exists until the trash is emptied; the reference says nothing either way,
   * so the fake takes the answer that hides the mistake: the code must ask Drive whether it is trashed).
   */
  _assertWritable(): void {
    if (!inScriptCall()) return;
    if (this.readOnly || !this.canEdit()) throw new Error(READ_ONLY_DOC);
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
    this.savedText = this.body.getText();
    this.closed = true;
  }
  /**
   * "Retrieves the current Document contents as a blob of the specified type" (only application/pdf
   * here). Edits pending in this execution are not promised to be in it: the fake exports what the last
   * saveAndClose saved (call saveAndClose, then openById(id).getAs). The PDF is its text after a marker.
   */
  getAs(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf') throw new Error(`Fake: getAs(${contentType}) is not modelled`);
    return new FakeBlob(`%PDF-fake\n${this.savedText}`, 'application/pdf', `${this.name}.pdf`);
  }
  /**
   * "Retrieves the document's header section, if one exists." The reference does not say which of a
   * converted doc's two headers that is when the first page has its own (w:titlePg): the fake takes the
   * less convenient answer, the first page's (empty) header.
   */
  getHeader(): ContainerSection | null {
    return this.differentFirstPage && this.firstPageHeader ? this.firstPageHeader : this.header;
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
    firstPageHeader: ReturnType<ContainerSection['inspect']> | null;
    differentFirstPage: boolean;
    footer: ReturnType<ContainerSection['inspect']> | null;
  } {
    return {
      id: this.id,
      name: this.name,
      trashed: this.trashed,
      body: this.body.inspect(),
      header: this.header?.inspect() ?? null,
      firstPageHeader: this.firstPageHeader?.inspect() ?? null,
      differentFirstPage: this.differentFirstPage,
      footer: this.footer?.inspect() ?? null,
    };
  }
}

export interface DocHooks {
  /** Called for every new document (Drive registers the file). */
  onCreate(doc: FakeDocument): void;
  /** May the current user open the doc (it is shared with them)? */
  canOpen(id: string): boolean;
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
  /** Throws the real daily-quota error past `createQuota` documents (Drive.Files.create of a Doc counts too). */
  create(name: string): FakeDocument {
    if (this.created >= this.hooks.createQuota) throw new Error(DOCS_CREATE_QUOTA);
    this.created++;
    const id = `fake-doc-${String(this.world.next('doc')).padStart(4, '0')}`;
    const d = new FakeDocument(id, name);
    this.docs.set(id, d);
    this.hooks.onCreate(d);
    return d;
  }
  /**
   * The `documents` scope opens any doc the user may open: a missing doc or one not shared with the
   * current user throws the real message. A TRASHED doc opens (the reference does not say it is
   * refused; the less convenient answer). Re-opens a closed document.
   */
  openById(id: string): FakeDocument {
    const d = this.docs.get(id);
    if (!d || !this.hooks.canOpen(id)) throw new Error(MISSING_DOC);
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

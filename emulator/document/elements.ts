// The element tree of a fake Google Doc: Body/Header/Footer/TableCell are containers of Paragraphs and
// Tables; a Table holds TableRows, a row holds TableCells. Every element has attributes.
//
// Semantics copied from Google Docs:
// - a new body (and a new table cell) holds one empty paragraph; a section never becomes empty:
//   removing its last paragraph throws "Can't remove the last paragraph in a document section.", and
//   clear() leaves one empty paragraph;
// - a table cannot end a section: appending a table at the end also appends an empty paragraph after it;
// - removing the section's last paragraph throws (a body always ends with a paragraph);
// - a row's BACKGROUND_COLOR attribute does not shade its cells: it is kept on the row and given to
//   the text of its paragraphs as highlight (TableCell.getBackgroundColor stays null); only a cell's
//   own setBackgroundColor / BACKGROUND_COLOR shades it (the less convenient reading of the reference,
//   which lists BACKGROUND_COLOR among the attributes of every element without saying what it does
//   on a row);
// - TableCell.merge() leaves the head cell at its own width; Table.setColumnWidth sets the width of
//   the cells covering that column in every row (a merged cell: the sum of its columns);
// - edits of a closed (saveAndClose) or read-only document throw.
// Paragraph text is one string; Text styling is kept per character range (`styles`) plus whole-text
// attributes merged into the paragraph's getAttributes().
import { Fake, Like } from '../calls';
import { ElementType } from './enums';
import type { FakeDocument } from './document';

export type Attrs = Record<string, unknown>;
type Cells = string[][];

let uidSeq = 0;

export abstract class DocElement extends Fake {
  readonly _service = 'Document' as const;
  abstract readonly type: string;
  parent: DocElement | null = null;
  attrs: Attrs = {};
  readonly uid = `kix.${(++uidSeq).toString(36)}`;
  constructor(public doc: FakeDocument | null) {
    super();
  }
  _w(): void {
    this.doc?._assertWritable();
  }
  _children(): DocElement[] {
    return [];
  }
  /** The child at `i`, or Apps Script's error for an index past the last child. */
  protected _childAt<T extends DocElement>(kids: readonly T[], i: number): T {
    const c = kids[i];
    if (!c) throw new Error(`Child index (${i}) must be less than the number of child elements (${kids.length}).`);
    return c;
  }
  /** Links `el` into `kids` at `index` as a child of this element, in this element's document. */
  protected _link<T extends DocElement>(kids: T[], el: T, index: number): T {
    el.parent = this;
    el._setDoc(this.doc);
    kids.splice(index, 0, el);
    return el;
  }
  /** Unlinks `c` from `kids` (when there) and from this element. */
  protected _unlink(kids: DocElement[], c: DocElement): void {
    const i = kids.indexOf(c);
    if (i >= 0) kids.splice(i, 1);
    c.parent = null;
  }
  _setDoc(doc: FakeDocument | null): void {
    this.doc = doc;
    for (const c of this._children()) c._setDoc(doc);
  }
  /** Is this element still in its document's tree? */
  _attached(): boolean {
    let e: DocElement | null = this.parent;
    if (!e) return this instanceof ContainerSection && this.kind !== 'cell';
    while (e.parent) e = e.parent;
    return e instanceof ContainerSection && e.kind !== 'cell';
  }
  getType(): string {
    return this.type;
  }
  getParent(): DocElement | null {
    return this.parent;
  }
  getAttributes(): Attrs {
    return { ...this.attrs };
  }
  /** Merges; a null value removes the attribute. */
  setAttributes(attributes: Attrs): this {
    this._w();
    for (const [k, v] of Object.entries(attributes)) {
      if (v === null || v === undefined) delete this.attrs[k];
      else this.attrs[k] = v;
    }
    return this;
  }
  removeFromParent(): this {
    this._w();
    const p = this.parent as (DocElement & { _removeChild(c: DocElement): void }) | null;
    if (p) p._removeChild(this);
    return this;
  }
  getNextSibling(): DocElement | null {
    const sib = this.parent?._children() ?? [];
    return sib[sib.indexOf(this) + 1] ?? null;
  }
  getPreviousSibling(): DocElement | null {
    const sib = this.parent?._children() ?? [];
    const i = sib.indexOf(this);
    return i > 0 ? sib[i - 1] : null;
  }
  private as<T>(t: string): T {
    if (this.type !== t) throw new Error(`Cannot cast ${this.type} to ${t}.`);
    return this as unknown as T;
  }
  asParagraph(): FakeParagraph {
    return this.as(ElementType.PARAGRAPH);
  }
  asTable(): FakeTable {
    return this.as(ElementType.TABLE);
  }
  asTableRow(): FakeTableRow {
    return this.as(ElementType.TABLE_ROW);
  }
  asTableCell(): FakeTableCell {
    return this.as(ElementType.TABLE_CELL);
  }
  asText(): FakeText {
    return this.as(ElementType.TEXT);
  }
  asBody(): ContainerSection {
    return this.as(ElementType.BODY_SECTION);
  }
  abstract getText(): string;
  abstract copy(): DocElement;
  /** A plain tree for assertions (not counted). */
  abstract inspect(): ElementInspection;
}

export interface ElementInspection {
  type: string;
  attributes: Attrs;
  text?: string;
  heading?: string;
  styles?: { start: number; end: number; attributes: Attrs }[];
  pageBreak?: boolean;
  /** Automatic text (a page number) and where it sits in the paragraph's text. */
  autoText?: { at: number; type: AutoTextType }[];
  children?: ElementInspection[];
}

/** The Docs API's AutoText types ("like a page number"). */
export type AutoTextType = 'PAGE_NUMBER' | 'PAGE_COUNT';

/** Where a comment is anchored in a paragraph: [start, end) of its text. */
export interface FakeAnchor {
  start: number;
  end: number;
  detached: boolean;
}

interface Style {
  start: number;
  end: number; // inclusive
  attributes: Attrs;
}

// ---------------------------------------------------------------- paragraphs and text

export class FakeParagraph
  extends DocElement
  implements
    Like<
      GoogleAppsScript.Document.Paragraph,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'setHeading'
      | 'getHeading'
      | 'setAlignment'
      | 'getAlignment'
      | 'setLineSpacing'
      | 'setSpacingAfter'
      | 'setSpacingBefore'
      | 'setIndentStart'
      | 'setIndentFirstLine'
      | 'setIndentEnd'
      | 'editAsText'
      | 'getNumChildren'
      | 'getChild'
      | 'appendPageBreak'
      | 'replaceText'
      | 'isAtDocumentEnd'
      | 'copy'
      | 'getType'
      | 'getParent'
      | 'removeFromParent'
      | 'setAttributes'
      | 'getAttributes'
      | 'getNextSibling'
      | 'getPreviousSibling'
    >
{
  readonly _kind = 'Paragraph';
  readonly type = ElementType.PARAGRAPH;
  text: string;
  /** Whole-text attributes (editAsText().setBold(true) without offsets). */
  textAttrs: Attrs = {};
  /** Styles on character ranges. */
  styles: Style[] = [];
  pageBreak: FakePageBreak | null = null;
  /**
   * Automatic text at offsets of `text` (only a converted .docx makes it: DocumentApp cannot insert
   * one). DocumentApp has no element type for it: it is a child of type UNSUPPORTED, and not in getText.
   */
  autoTexts: { at: number; type: AutoTextType }[] = [];
  /**
   * Comment anchors on ranges of this paragraph (end exclusive). As in Google Docs, setText and
   * replaceText replace the element's text, so every anchor in it is detached; insertText/deleteText
   * outside an anchor move it, a deletion overlapping it detaches it.
   */
  _anchors: FakeAnchor[] = [];
  constructor(doc: FakeDocument | null, text = '') {
    super(doc);
    this.text = text;
  }
  _detachAnchors(): void {
    for (const a of this._anchors) a.detached = true;
  }
  getText(): string {
    return this.text;
  }
  setText(text: string): this {
    this._w();
    this._detachAnchors();
    this.text = text;
    this.styles = [];
    this.pageBreak = null;
    this.autoTexts = [];
    return this;
  }
  appendText(text: string | GoogleAppsScript.Document.Text): FakeText {
    this._w();
    this.text += typeof text === 'string' ? text : text.getText();
    return new FakeText(this);
  }
  override getAttributes(): Attrs {
    return { ...this.attrs, ...this.textAttrs };
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading | string): this {
    return this.setAttributes({ HEADING: heading });
  }
  getHeading(): string {
    return (this.attrs.HEADING as string) ?? 'NORMAL';
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | string): this {
    return this.setAttributes({ HORIZONTAL_ALIGNMENT: alignment });
  }
  getAlignment(): string | null {
    return (this.attrs.HORIZONTAL_ALIGNMENT as string) ?? null;
  }
  setLineSpacing(multiplier: number): this {
    return this.setAttributes({ LINE_SPACING: multiplier });
  }
  getLineSpacing(): number | null {
    return (this.attrs.LINE_SPACING as number) ?? null;
  }
  setSpacingAfter(spacingAfter: number): this {
    return this.setAttributes({ SPACING_AFTER: spacingAfter });
  }
  getSpacingAfter(): number | null {
    return (this.attrs.SPACING_AFTER as number) ?? null;
  }
  setSpacingBefore(spacingBefore: number): this {
    return this.setAttributes({ SPACING_BEFORE: spacingBefore });
  }
  getSpacingBefore(): number | null {
    return (this.attrs.SPACING_BEFORE as number) ?? null;
  }
  setIndentStart(indentStart: number): this {
    return this.setAttributes({ INDENT_START: indentStart });
  }
  setIndentFirstLine(indentFirstLine: number): this {
    return this.setAttributes({ INDENT_FIRST_LINE: indentFirstLine });
  }
  setIndentEnd(indentEnd: number): this {
    return this.setAttributes({ INDENT_END: indentEnd });
  }
  editAsText(): FakeText {
    return new FakeText(this);
  }
  getNumChildren(): number {
    return (this.text ? 1 : 0) + (this.pageBreak ? 1 : 0) + this.autoTexts.length;
  }
  getChild(childIndex: number): DocElement {
    const kids: DocElement[] = [];
    if (this.text) kids.push(new FakeText(this));
    if (this.pageBreak) kids.push(this.pageBreak);
    for (const a of this.autoTexts) kids.push(new FakeUnsupported(this.doc, a.type));
    return this._childAt(kids, childIndex);
  }
  appendPageBreak(): FakePageBreak {
    this._w();
    this.pageBreak = new FakePageBreak(this.doc);
    this.pageBreak.parent = this;
    return this.pageBreak;
  }
  _removeChild(c: DocElement): void {
    if (c === this.pageBreak) this.pageBreak = null;
    else if (c instanceof FakeText) this.setText('');
  }
  replaceText(searchPattern: string, replacement: string): this {
    this._w();
    const next = this.text.replace(new RegExp(searchPattern, 'g'), replacement);
    if (next !== this.text) {
      this._detachAnchors();
      this.text = next;
      this.styles = this.styles.filter((s) => s.end < next.length);
    }
    return this;
  }
  /** Paragraph index in its parent, via the parent. */
  getIndexInParent(): number {
    return this.parent ? this.parent._children().indexOf(this) : -1;
  }
  isAtDocumentEnd(): boolean {
    const p = this.parent;
    return !!p && p instanceof ContainerSection && p.kind === 'body' && p.children[p.children.length - 1] === this;
  }
  copy(): FakeParagraph {
    const p = new FakeParagraph(null, this.text);
    p.attrs = { ...this.attrs };
    p.textAttrs = { ...this.textAttrs };
    p.styles = this.styles.map((s) => ({ ...s, attributes: { ...s.attributes } }));
    p.autoTexts = this.autoTexts.map((a) => ({ ...a }));
    if (this.pageBreak) {
      p.pageBreak = new FakePageBreak(null);
      p.pageBreak.parent = p;
    }
    return p;
  }
  inspect(): ElementInspection {
    const out: ElementInspection = {
      type: this.type,
      text: this.text,
      heading: this.getHeading(),
      attributes: this.getAttributes(),
    };
    if (this.styles.length)
      out.styles = this.styles.map((s) => ({ start: s.start, end: s.end, attributes: { ...s.attributes } }));
    if (this.pageBreak) out.pageBreak = true;
    if (this.autoTexts.length) out.autoText = this.autoTexts.map((a) => ({ ...a }));
    return out;
  }
}

/** An element DocumentApp does not model (e.g. a page number): type UNSUPPORTED, no text. */
export class FakeUnsupported extends DocElement {
  readonly _kind = 'UnsupportedElement';
  readonly type = ElementType.UNSUPPORTED;
  constructor(
    doc: FakeDocument | null,
    readonly what: string,
  ) {
    super(doc);
  }
  getText(): string {
    return '';
  }
  copy(): FakeUnsupported {
    return new FakeUnsupported(null, this.what);
  }
  inspect(): ElementInspection {
    return { type: this.type, attributes: this.getAttributes() };
  }
}

export class FakePageBreak extends DocElement {
  readonly _kind = 'PageBreak';
  readonly type = ElementType.PAGE_BREAK;
  getText(): string {
    return '';
  }
  copy(): FakePageBreak {
    return new FakePageBreak(null);
  }
  inspect(): ElementInspection {
    return { type: this.type, attributes: this.getAttributes() };
  }
}

/**
 * editAsText() view. On a paragraph: styles with or without offsets (end inclusive). On a container
 * (body, cell): setters without offsets apply the attribute to every paragraph inside.
 */
export class FakeText
  extends DocElement
  implements
    Like<
      GoogleAppsScript.Document.Text,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'insertText'
      | 'deleteText'
      | 'replaceText'
      | 'setBold'
      | 'setItalic'
      | 'setUnderline'
      | 'setStrikethrough'
      | 'setFontFamily'
      | 'setFontSize'
      | 'setForegroundColor'
      | 'setBackgroundColor'
      | 'setLinkUrl'
      | 'getAttributes'
      | 'setAttributes'
      | 'isBold'
      | 'getFontFamily'
      | 'getFontSize'
    >
{
  readonly _kind = 'Text';
  readonly type = ElementType.TEXT;
  constructor(readonly owner: FakeParagraph | ContainerSection) {
    super(owner.doc);
    this.parent = owner;
  }
  private paragraphs(): FakeParagraph[] {
    return this.owner instanceof FakeParagraph ? [this.owner] : this.owner._allParagraphs();
  }
  private style(name: string, args: unknown[]): this {
    this._w();
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      if (!(this.owner instanceof FakeParagraph))
        throw new Error('Offsets on a section text are not supported by the fake.');
      if (start < 0 || end >= Math.max(1, this.owner.text.length) || end < start)
        throw new Error(`Index (${end}) must be less than the content length (${this.owner.text.length}).`);
      this.owner.styles.push({ start, end, attributes: { [name]: value } });
    } else {
      for (const p of this.paragraphs()) {
        if (args[0] === null) delete p.textAttrs[name];
        else p.textAttrs[name] = args[0];
      }
    }
    return this;
  }
  getText(): string {
    return this.owner.getText();
  }
  setText(text: string): this {
    this._w();
    if (this.owner instanceof FakeParagraph) this.owner.setText(text);
    else {
      this.owner.clear();
      this.owner.children[0].asParagraph().setText(text);
    }
    return this;
  }
  appendText(text: string): this {
    this._w();
    const ps = this.paragraphs();
    const last = ps[ps.length - 1];
    last.text += text;
    return this;
  }
  insertText(offset: number, text: string): this {
    this._w();
    if (!(this.owner instanceof FakeParagraph))
      throw new Error('insertText on a section is not supported by the fake.');
    const t = this.owner.text;
    this.owner.text = t.slice(0, offset) + text + t.slice(offset);
    for (const a of this.owner._anchors) {
      if (offset <= a.start) {
        a.start += text.length;
        a.end += text.length;
      } else if (offset < a.end) a.end += text.length;
    }
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this._w();
    if (!(this.owner instanceof FakeParagraph))
      throw new Error('deleteText on a section is not supported by the fake.');
    const t = this.owner.text;
    this.owner.text = t.slice(0, startOffset) + t.slice(endOffsetInclusive + 1);
    const end = endOffsetInclusive + 1;
    for (const a of this.owner._anchors) {
      if (end <= a.start) {
        a.start -= end - startOffset;
        a.end -= end - startOffset;
      } else if (startOffset < a.end) a.detached = true;
    }
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const p of this.paragraphs()) p.replaceText(searchPattern, replacement);
    return this;
  }
  setBold(...args: unknown[]): this {
    return this.style('BOLD', args);
  }
  setItalic(...args: unknown[]): this {
    return this.style('ITALIC', args);
  }
  setUnderline(...args: unknown[]): this {
    return this.style('UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]): this {
    return this.style('STRIKETHROUGH', args);
  }
  setFontFamily(...args: unknown[]): this {
    return this.style('FONT_FAMILY', args);
  }
  setFontSize(...args: unknown[]): this {
    return this.style('FONT_SIZE', args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this.style('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.style('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]): this {
    return this.style('LINK_URL', args);
  }
  override getAttributes(): Attrs {
    const ps = this.paragraphs();
    return ps.length ? { ...ps[0].textAttrs } : {};
  }
  override setAttributes(attributes: Attrs): this {
    for (const [k, v] of Object.entries(attributes)) this.style(k, [v]);
    return this;
  }
  isBold(): boolean | null {
    return (this.getAttributes().BOLD as boolean) ?? null;
  }
  getFontFamily(): string | null {
    return (this.getAttributes().FONT_FAMILY as string) ?? null;
  }
  getFontSize(): number | null {
    return (this.getAttributes().FONT_SIZE as number) ?? null;
  }
  copy(): FakeText {
    return new FakeText(this.owner);
  }
  inspect(): ElementInspection {
    return { type: this.type, text: this.getText(), attributes: this.getAttributes() };
  }
}

// ---------------------------------------------------------------- containers

/** Body, header, footer and table cell: an ordered list of paragraphs and tables. */
export class ContainerSection
  extends DocElement
  implements
    Like<
      GoogleAppsScript.Document.Body,
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'appendParagraph'
      | 'insertParagraph'
      | 'appendTable'
      | 'insertTable'
      | 'appendPageBreak'
      | 'insertPageBreak'
      | 'removeChild'
      | 'clear'
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'getParagraphs'
      | 'getTables'
      | 'replaceText'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'setPageWidth'
      | 'setPageHeight'
      | 'getMarginTop'
      | 'getPageWidth'
      | 'setAttributes'
      | 'getAttributes'
    >
{
  readonly _kind: string;
  readonly type: string;
  children: DocElement[] = [];
  constructor(
    doc: FakeDocument | null,
    readonly kind: 'body' | 'header' | 'footer' | 'cell',
  ) {
    super(doc);
    this._kind = { body: 'Body', header: 'HeaderSection', footer: 'FooterSection', cell: 'TableCell' }[kind];
    this.type = {
      body: ElementType.BODY_SECTION,
      header: ElementType.HEADER_SECTION,
      footer: ElementType.FOOTER_SECTION,
      cell: ElementType.TABLE_CELL,
    }[kind];
    this._adopt(new FakeParagraph(doc), 0);
  }
  override _children(): DocElement[] {
    return this.children;
  }
  _adopt<T extends DocElement>(el: T, index: number): T {
    if (el.parent) throw new Error('Element must be detached.');
    if (index < 0 || index > this.children.length)
      throw new Error(
        `Index (${index}) must be less than or equal to the number of child elements (${this.children.length}).`,
      );
    this._link<DocElement>(this.children, el, index);
    return el;
  }
  _removeChild(c: DocElement): void {
    const i = this.children.indexOf(c);
    if (i < 0) throw new Error('Element is not a child of this container.');
    const paragraphs = this.children.filter((x) => x instanceof FakeParagraph);
    // A section (body, header, footer) always ends with a paragraph: removing its LAST paragraph throws,
    // even when other paragraphs come before it (not only the sole one).
    if (
      this.kind !== 'cell' &&
      c instanceof FakeParagraph &&
      (paragraphs.length === 1 || i === this.children.length - 1)
    )
      throw new Error("Can't remove the last paragraph in a document section.");
    this.children.splice(i, 1);
    c.parent = null;
    if (this.kind !== 'cell' && this.children[this.children.length - 1] instanceof FakeTable)
      this._adopt(new FakeParagraph(this.doc), this.children.length);
  }
  _allParagraphs(): FakeParagraph[] {
    const out: FakeParagraph[] = [];
    const walk = (e: DocElement) => {
      if (e instanceof FakeParagraph) out.push(e);
      else e._children().forEach(walk);
    };
    this.children.forEach(walk);
    return out;
  }
  private afterTable(): void {
    if (this.kind !== 'cell' && this.children[this.children.length - 1] instanceof FakeTable)
      this._adopt(new FakeParagraph(this.doc), this.children.length);
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): DocElement {
    return this._childAt(this.children, childIndex);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element | DocElement): number {
    const i = this.children.indexOf(child as unknown as DocElement);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }
  appendParagraph(p: string | GoogleAppsScript.Document.Paragraph | FakeParagraph): FakeParagraph {
    return this.insertParagraph(this.children.length, p);
  }
  insertParagraph(childIndex: number, p: string | GoogleAppsScript.Document.Paragraph | FakeParagraph): FakeParagraph {
    this._w();
    const el = typeof p === 'string' ? new FakeParagraph(this.doc, p) : (p as unknown as FakeParagraph);
    return this._adopt(el, childIndex);
  }
  appendTable(cellsOrTable?: Cells | GoogleAppsScript.Document.Table | FakeTable | null): FakeTable {
    return this.insertTable(this.children.length, cellsOrTable);
  }
  insertTable(
    childIndex: number,
    cellsOrTable?: Cells | GoogleAppsScript.Document.Table | FakeTable | null,
  ): FakeTable {
    this._w();
    let t: FakeTable;
    if (cellsOrTable instanceof FakeTable) t = cellsOrTable;
    else {
      const cells = (cellsOrTable as Cells | null | undefined) ?? [];
      const width = cells[0]?.length ?? 0;
      if (cells.some((r) => r.length !== width))
        throw new Error('Invalid argument: cells (all rows must have the same number of cells)');
      t = new FakeTable(this.doc, cells);
    }
    this._adopt(t, childIndex);
    this.afterTable();
    return t;
  }
  /** A new paragraph holding a page break (not allowed in a table cell, like the real one). */
  appendPageBreak(): FakePageBreak {
    this._w();
    if (this.kind === 'cell') throw new Error('PageBreak can not be inserted in a table cell.');
    const p = this._adopt(new FakeParagraph(this.doc), this.children.length);
    return p.appendPageBreak();
  }
  insertPageBreak(childIndex: number): FakePageBreak {
    this._w();
    const p = this._adopt(new FakeParagraph(this.doc), childIndex);
    return p.appendPageBreak();
  }
  removeChild(child: GoogleAppsScript.Document.Element | DocElement): this {
    this._w();
    this._removeChild(child as unknown as DocElement);
    return this;
  }
  /** Leaves one empty paragraph. */
  clear(): this {
    this._w();
    for (const c of this.children) c.parent = null;
    this.children = [];
    this._adopt(new FakeParagraph(this.doc), 0);
    return this;
  }
  getText(): string {
    return this.children.map((c) => c.getText()).join('\n');
  }
  setText(text: string): this {
    this.clear();
    (this.children[0] as FakeParagraph).text = text;
    return this;
  }
  editAsText(): FakeText {
    return new FakeText(this);
  }
  getParagraphs(): FakeParagraph[] {
    return this._allParagraphs();
  }
  getTables(): FakeTable[] {
    const out: FakeTable[] = [];
    const walk = (e: DocElement) => {
      if (e instanceof FakeTable) out.push(e);
      e._children().forEach(walk);
    };
    this.children.forEach(walk);
    return out;
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const p of this._allParagraphs()) p.replaceText(searchPattern, replacement);
    return this;
  }
  // page setup (body) — defaults of a new Letter document in points
  private num(k: string, dflt: number): number {
    return (this.attrs[k] as number) ?? dflt;
  }
  setMarginTop(v: number): this {
    return this.setAttributes({ MARGIN_TOP: v });
  }
  setMarginBottom(v: number): this {
    return this.setAttributes({ MARGIN_BOTTOM: v });
  }
  setMarginLeft(v: number): this {
    return this.setAttributes({ MARGIN_LEFT: v });
  }
  setMarginRight(v: number): this {
    return this.setAttributes({ MARGIN_RIGHT: v });
  }
  setPageWidth(v: number): this {
    return this.setAttributes({ PAGE_WIDTH: v });
  }
  setPageHeight(v: number): this {
    return this.setAttributes({ PAGE_HEIGHT: v });
  }
  getMarginTop(): number {
    return this.num('MARGIN_TOP', 72);
  }
  getMarginBottom(): number {
    return this.num('MARGIN_BOTTOM', 72);
  }
  getMarginLeft(): number {
    return this.num('MARGIN_LEFT', 72);
  }
  getMarginRight(): number {
    return this.num('MARGIN_RIGHT', 72);
  }
  getPageWidth(): number {
    return this.num('PAGE_WIDTH', 612);
  }
  getPageHeight(): number {
    return this.num('PAGE_HEIGHT', 792);
  }
  copy(): ContainerSection {
    const c = new ContainerSection(null, this.kind);
    c.children = [];
    c.attrs = { ...this.attrs };
    for (const k of this.children) c._adopt(k.copy(), c.children.length);
    return c;
  }
  inspect(): ElementInspection {
    return { type: this.type, attributes: this.getAttributes(), children: this.children.map((c) => c.inspect()) };
  }
}

// ---------------------------------------------------------------- tables

export class FakeTableCell
  extends ContainerSection
  implements
    Like<
      GoogleAppsScript.Document.TableCell,
      | 'getParentRow'
      | 'getParentTable'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'setWidth'
      | 'getWidth'
      | 'setVerticalAlignment'
      | 'setPaddingTop'
      | 'setPaddingBottom'
      | 'setPaddingLeft'
      | 'setPaddingRight'
      | 'getColSpan'
      | 'getRowSpan'
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'appendParagraph'
      | 'appendTable'
      | 'getNumChildren'
      | 'getChild'
      | 'clear'
      | 'merge'
    >
{
  /** Columns this cell covers after merges (merge() adds the merged cell's span). */
  colSpan = 1;
  constructor(doc: FakeDocument | null, text = '') {
    super(doc, 'cell');
    (this.children[0] as FakeParagraph).text = text;
  }
  getParentRow(): FakeTableRow | null {
    return this.parent as FakeTableRow | null;
  }
  getParentTable(): FakeTable | null {
    return (this.parent?.parent as FakeTable) ?? null;
  }
  setBackgroundColor(color: string | null): this {
    return this.setAttributes({ BACKGROUND_COLOR: color });
  }
  getBackgroundColor(): string | null {
    return (this.attrs.BACKGROUND_COLOR as string) ?? null;
  }
  setWidth(width: number): this {
    return this.setAttributes({ WIDTH: width });
  }
  getWidth(): number | null {
    return (this.attrs.WIDTH as number) ?? null;
  }
  setVerticalAlignment(a: GoogleAppsScript.Document.VerticalAlignment | string): this {
    return this.setAttributes({ VERTICAL_ALIGNMENT: a });
  }
  setPaddingTop(v: number): this {
    return this.setAttributes({ PADDING_TOP: v });
  }
  setPaddingBottom(v: number): this {
    return this.setAttributes({ PADDING_BOTTOM: v });
  }
  setPaddingLeft(v: number): this {
    return this.setAttributes({ PADDING_LEFT: v });
  }
  setPaddingRight(v: number): this {
    return this.setAttributes({ PADDING_RIGHT: v });
  }
  /** Columns covered (horizontal merges through merge()); vertical merges cannot be made by script: rows are always 1. */
  getColSpan(): number {
    return this.colSpan;
  }
  /**
   * As the reference says of TableCell.merge(): "Merges the element with the preceding sibling of the
   * same type. Only elements of the same ElementType can be merged. Any child elements contained in the
   * current element are moved to the preceding sibling element. The current element is removed from
   * the document." So the row has one cell fewer, and the preceding cell gets this cell's paragraphs
   * (an empty cell adds an empty paragraph) and covers its columns. Returns the merged (preceding) cell.
   */
  merge(): FakeTableCell {
    this._w();
    const prev = this.getPreviousSibling();
    if (!(prev instanceof FakeTableCell))
      throw new Error('Element must have a previous sibling of the same type to merge with.');
    for (const c of this.children) {
      c.parent = null;
      prev._adopt(c, prev.children.length);
    }
    this.children = [];
    prev.colSpan += this.colSpan;
    this.removeFromParent();
    return prev;
  }
  getRowSpan(): number {
    return 1;
  }
  override copy(): FakeTableCell {
    const c = new FakeTableCell(null);
    c.children = [];
    c.colSpan = this.colSpan;
    c.attrs = { ...this.attrs };
    for (const k of this.children) c._adopt(k.copy(), c.children.length);
    return c;
  }
}

export class FakeTableRow
  extends DocElement
  implements
    Like<
      GoogleAppsScript.Document.TableRow,
      | 'getNumCells'
      | 'getNumChildren'
      | 'getCell'
      | 'getChild'
      | 'getChildIndex'
      | 'appendTableCell'
      | 'insertTableCell'
      | 'removeCell'
      | 'getParentTable'
      | 'setMinimumHeight'
      | 'getMinimumHeight'
      | 'getText'
      | 'replaceText'
      | 'copy'
      | 'setAttributes'
      | 'getAttributes'
    >
{
  readonly _kind = 'TableRow';
  readonly type = ElementType.TABLE_ROW;
  cells: FakeTableCell[] = [];
  constructor(doc: FakeDocument | null, texts: string[] = []) {
    super(doc);
    for (const t of texts) this._adoptCell(new FakeTableCell(doc, t), this.cells.length);
  }
  override _children(): DocElement[] {
    return this.cells;
  }
  _adoptCell(c: FakeTableCell, i: number): FakeTableCell {
    return this._link(this.cells, c, i);
  }
  _removeChild(c: DocElement): void {
    this._unlink(this.cells, c);
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getNumChildren(): number {
    return this.cells.length;
  }
  getCell(cellIndex: number): FakeTableCell {
    return this._childAt(this.cells, cellIndex);
  }
  getChild(childIndex: number): FakeTableCell {
    return this.getCell(childIndex);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element | DocElement): number {
    return this.cells.indexOf(child as unknown as FakeTableCell);
  }
  appendTableCell(textOrCell?: string | GoogleAppsScript.Document.TableCell | FakeTableCell | null): FakeTableCell {
    return this.insertTableCell(this.cells.length, textOrCell);
  }
  insertTableCell(
    childIndex: number,
    textOrCell?: string | GoogleAppsScript.Document.TableCell | FakeTableCell | null,
  ): FakeTableCell {
    this._w();
    const c =
      textOrCell instanceof FakeTableCell
        ? textOrCell
        : new FakeTableCell(this.doc, (textOrCell as string | undefined) ?? '');
    return this._adoptCell(c, childIndex);
  }
  removeCell(cellIndex: number): FakeTableCell {
    this._w();
    const c = this.getCell(cellIndex);
    this._removeChild(c);
    return c;
  }
  getParentTable(): FakeTable | null {
    return this.parent as FakeTable | null;
  }
  setMinimumHeight(minHeight: number): this {
    return this.setAttributes({ MINIMUM_HEIGHT: minHeight });
  }
  getMinimumHeight(): number | null {
    return (this.attrs.MINIMUM_HEIGHT as number) ?? null;
  }
  getText(): string {
    return this.cells.map((c) => c.getText()).join('\t');
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const c of this.cells) c.replaceText(searchPattern, replacement);
    return this;
  }
  copy(): FakeTableRow {
    const r = new FakeTableRow(null);
    r.attrs = { ...this.attrs };
    for (const c of this.cells) r._adoptCell(c.copy(), r.cells.length);
    return r;
  }
  inspect(): ElementInspection {
    return { type: this.type, attributes: this.getAttributes(), children: this.cells.map((c) => c.inspect()) };
  }
}

export class FakeTable
  extends DocElement
  implements
    Like<
      GoogleAppsScript.Document.Table,
      | 'getNumRows'
      | 'getNumChildren'
      | 'getRow'
      | 'getChild'
      | 'getChildIndex'
      | 'getCell'
      | 'appendTableRow'
      | 'insertTableRow'
      | 'removeRow'
      | 'setBorderWidth'
      | 'getBorderWidth'
      | 'setBorderColor'
      | 'getBorderColor'
      | 'setColumnWidth'
      | 'getColumnWidth'
      | 'getText'
      | 'replaceText'
      | 'editAsText'
      | 'copy'
      | 'setAttributes'
      | 'getAttributes'
    >
{
  readonly _kind = 'Table';
  readonly type = ElementType.TABLE;
  rows: FakeTableRow[] = [];
  columnWidths: Record<number, number> = {};
  constructor(doc: FakeDocument | null, cells: Cells = []) {
    super(doc);
    for (const r of cells) this._adoptRow(new FakeTableRow(doc, r), this.rows.length);
  }
  override _children(): DocElement[] {
    return this.rows;
  }
  _adoptRow(r: FakeTableRow, i: number): FakeTableRow {
    if (i < 0 || i > this.rows.length)
      throw new Error(`Index (${i}) must be less than or equal to the number of child elements (${this.rows.length}).`);
    return this._link(this.rows, r, i);
  }
  _removeChild(c: DocElement): void {
    this._unlink(this.rows, c);
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getNumChildren(): number {
    return this.rows.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    return this._childAt(this.rows, rowIndex);
  }
  getChild(childIndex: number): FakeTableRow {
    return this.getRow(childIndex);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element | DocElement): number {
    return this.rows.indexOf(child as unknown as FakeTableRow);
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  /** appendTableRow() adds a row with NO cells (like the real one); appendTableRow(row) adds that row. */
  appendTableRow(tableRow?: GoogleAppsScript.Document.TableRow | FakeTableRow | null): FakeTableRow {
    return this.insertTableRow(this.rows.length, tableRow);
  }
  insertTableRow(
    childIndex: number,
    tableRow?: GoogleAppsScript.Document.TableRow | FakeTableRow | null,
  ): FakeTableRow {
    this._w();
    const r = tableRow ? (tableRow as unknown as FakeTableRow) : new FakeTableRow(this.doc);
    return this._adoptRow(r, childIndex);
  }
  removeRow(rowIndex: number): FakeTableRow {
    this._w();
    const r = this.getRow(rowIndex);
    this._removeChild(r);
    return r;
  }
  setBorderWidth(width: number): this {
    return this.setAttributes({ BORDER_WIDTH: width });
  }
  getBorderWidth(): number {
    return (this.attrs.BORDER_WIDTH as number) ?? 1;
  }
  setBorderColor(color: string): this {
    return this.setAttributes({ BORDER_COLOR: color });
  }
  getBorderColor(): string | null {
    return (this.attrs.BORDER_COLOR as string) ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this._w();
    this.columnWidths[columnIndex] = width;
    for (const r of this.rows) {
      let col = 0;
      for (const c of r.cells) {
        if (columnIndex >= col && columnIndex < col + c.colSpan) {
          let w = 0;
          for (let k = col; k < col + c.colSpan; k++) w += this.columnWidths[k] ?? 0;
          c.attrs.WIDTH = w;
          break;
        }
        col += c.colSpan;
      }
    }
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    return this.columnWidths[columnIndex] ?? null;
  }
  getText(): string {
    return this.rows.map((r) => r.getText()).join('\n');
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const r of this.rows) r.replaceText(searchPattern, replacement);
    return this;
  }
  editAsText(): FakeText {
    throw new Error('editAsText on a table is not supported by the fake.');
  }
  copy(): FakeTable {
    const t = new FakeTable(null);
    t.attrs = { ...this.attrs };
    t.columnWidths = { ...this.columnWidths };
    for (const r of this.rows) t._adoptRow(r.copy(), t.rows.length);
    return t;
  }
  inspect(): ElementInspection {
    const a = this.getAttributes();
    if (Object.keys(this.columnWidths).length) a.columnWidths = { ...this.columnWidths };
    return { type: this.type, attributes: a, children: this.rows.map((r) => r.inspect()) };
  }
  /** Cell texts as a grid (convenience for assertions, not counted). */
  _texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.getText()));
  }
}

// HtmlService: HtmlOutput objects from a map of files given by the test, else from dist/<name>.html.
import * as fs from 'fs';
import * as path from 'path';
import { Fake, Like } from './calls';

type GHO = GoogleAppsScript.HTML.HtmlOutput;
type GHS = GoogleAppsScript.HTML.HtmlService;

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class FakeHtmlOutput
  extends Fake
  implements
    Like<
      GHO,
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
    >
{
  readonly _kind = 'HtmlOutput';
  readonly _service = 'Html' as const;
  title = '';
  width: number | null = null;
  height: number | null = null;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  metaTags: Record<string, string> = {};
  constructor(public content: string) {
    super();
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode | string): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode | string): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags[name] = content;
    return this;
  }
  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
}

export class FakeHtmlService extends Fake implements Like<GHS, 'createHtmlOutputFromFile' | 'createHtmlOutput'> {
  readonly _kind = 'HtmlService';
  readonly _service = 'Html' as const;
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    /** File name (with or without ".html") -> content. */
    readonly files: Record<string, string>,
    readonly distDir: string,
  ) {
    super();
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const base = filename.replace(/\.html$/, '');
    const hit = this.files[base] ?? this.files[`${base}.html`];
    if (hit !== undefined) return new FakeHtmlOutput(hit);
    const p = path.join(this.distDir, `${base}.html`);
    if (fs.existsSync(p)) return new FakeHtmlOutput(fs.readFileSync(p, 'utf8'));
    throw new Error(`No HTML file named ${base} was found.`);
  }
  createHtmlOutput(html?: string): FakeHtmlOutput {
    return new FakeHtmlOutput(html ?? '');
  }
}

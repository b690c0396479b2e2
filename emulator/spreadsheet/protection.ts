// Sheet and range protections.
import { Fake, Like } from '../calls';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GP = GoogleAppsScript.Spreadsheet.Protection;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class FakeProtection
  extends Fake
  implements
    Like<
      GP,
      | 'setDescription'
      | 'getDescription'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'getRange'
      | 'remove'
      | 'getProtectionType'
      | 'canEdit'
      | 'addEditor'
      | 'removeEditors'
      | 'getEditors'
      | 'setDomainEdit'
    >
{
  readonly _kind = 'Protection';
  readonly _service = 'Spreadsheet' as const;
  description = '';
  warningOnly = false;
  editors: string[] = [];
  domainEdit = true;
  removed = false;
  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly sheet: FakeSheet,
    readonly range: FakeRange,
  ) {
    super();
  }
  getProtectionType(): string {
    return this.type;
  }
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(w: boolean): this {
    this.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getRange(): FakeRange {
    return this.range;
  }
  canEdit(): boolean {
    return true;
  }
  addEditor(email: string | GoogleAppsScript.Base.User): this {
    this.editors.push(typeof email === 'string' ? email : email.getEmail());
    return this;
  }
  removeEditors(emails: string[] | GoogleAppsScript.Base.User[]): this {
    const drop = new Set(
      (emails as unknown[]).map((e) => (typeof e === 'string' ? e : (e as GoogleAppsScript.Base.User).getEmail())),
    );
    this.editors = this.editors.filter((e) => !drop.has(e));
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.editors.map((e) => ({ getEmail: () => e }));
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }
  remove(): void {
    this.removed = true;
    this.sheet._protections = this.sheet._protections.filter((p) => p !== this);
  }
}

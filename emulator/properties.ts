// PropertiesService: three independent string stores (document, user, script).
import { Fake, Like } from './calls';

type GP = GoogleAppsScript.Properties.Properties;
type GPS = GoogleAppsScript.Properties.PropertiesService;

export class FakeProperties
  extends Fake
  implements
    Like<
      GP,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  readonly _kind = 'Properties';
  readonly _service = 'Properties' as const;
  /** The stored strings (inspect or seed freely). */
  readonly store = new Map<string, string>();
  constructor(readonly scope: 'document' | 'user' | 'script') {
    super();
  }
  /** null when missing, like the real one. */
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  /** Values are stored as strings (String(value)). */
  setProperty(key: string, value: string): this {
    this.store.set(key, String(value));
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService
  extends Fake
  implements Like<GPS, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'>
{
  readonly _kind = 'PropertiesService';
  readonly _service = 'Properties' as const;
  readonly document = new FakeProperties('document');
  readonly user = new FakeProperties('user');
  readonly script = new FakeProperties('script');
  getDocumentProperties(): FakeProperties {
    return this.document;
  }
  getUserProperties(): FakeProperties {
    return this.user;
  }
  getScriptProperties(): FakeProperties {
    return this.script;
  }
}

// One call counter for every fake Apps Script service, and the Proxy that feeds it.
//
// Fake objects are plain classes holding the model. What a script (an adapter under test) gets is a
// counted Proxy of such an object: every method call through the proxy adds one to "Class.method".
// Objects returned by a counted call are counted proxies too; proxies passed back in are unwrapped, so
// the fakes' own code never sees (nor counts) a proxy. Raw objects (e.g. `fakes.spreadsheet`) are the
// tester's hand: calling them counts nothing.
//
// Not counted: methods whose name starts with "_", `inspect`, and non-function properties (enums such as
// SpreadsheetApp.ProtectionType).

/** Every fake class extends this: its kind names the counter ("Range") and its service group. */
export abstract class Fake {
  abstract readonly _kind: string;
  abstract readonly _service: ServiceGroup;
}

export type ServiceGroup =
  | 'Spreadsheet'
  | 'Ui'
  | 'Document'
  | 'Drive'
  | 'DriveApi'
  | 'Html'
  | 'Properties'
  | 'Lock'
  | 'Session'
  | 'Utilities'
  | 'Script';

export interface CallsSnapshot {
  total: number;
  byName: Record<string, number>;
  byService: Record<string, number>;
}

/**
 * Methods that only read: get…/is…/has…/can…, and lookups that build a finder or a query without
 * changing the model. Every other method counts as a write: a method this list does not know is taken
 * as one (the less convenient answer), so "no write call" really means nothing could have changed.
 */
const READ_METHOD = /^(get|is|has|can)[A-Z]/;
const READ_ONLY_CALLS = new Set([
  'Spreadsheet.createDeveloperMetadataFinder',
  'Sheet.createDeveloperMetadataFinder',
  'Range.createDeveloperMetadataFinder',
  'DeveloperMetadataFinder.withKey',
  'DeveloperMetadataFinder.withValue',
  'DeveloperMetadataFinder.withLocationType',
  'DeveloperMetadataFinder.onIntersectingLocations',
  'DeveloperMetadataFinder.find',
  'SpreadsheetApp.flush',
]);

/** Does this counted call ("Range.setValues") possibly change the model? Builders (newDataValidation…) do not. */
export function isWriteCall(name: string): boolean {
  const dot = name.indexOf('.');
  const kind = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if (kind.endsWith('Builder') || /^new[A-Z]/.test(method)) return false;
  return !READ_METHOD.test(method) && !READ_ONLY_CALLS.has(name);
}

export class CallCounter {
  private counts = new Map<string, number>();
  private services = new Map<string, number>();
  private _total = 0;
  /** Names of the calls in order (since the last reset). */
  readonly log: string[] = [];
  private writeLog: { name: string; service: ServiceGroup }[] = [];

  get total(): number {
    return this._total;
  }

  record(name: string, service: ServiceGroup): void {
    this._total++;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.services.set(service, (this.services.get(service) ?? 0) + 1);
    this.log.push(name);
    if (isWriteCall(name)) this.writeLog.push({ name, service });
  }

  /**
   * The write calls in order since the last reset (of one service group when given): what a test of
   * "nothing is written" asserts empty, instead of comparing whole-spreadsheet snapshots.
   */
  writes(service?: ServiceGroup): string[] {
    return this.writeLog.filter((w) => !service || w.service === service).map((w) => w.name);
  }

  /** Calls of one method, e.g. by("Range.setValues"). */
  by(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Calls of every method whose name matches, e.g. byPrefix("Range.set"). */
  byPrefix(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  /**
   * Calls of a service group: "Spreadsheet" (SpreadsheetApp, Spreadsheet, Sheet, Range, Protection,
   * DeveloperMetadata…), "Ui" (Ui, Menu, PromptResponse), "Document" (DocumentApp and every document
   * element), "Drive" (DriveApp, File, Folder), "DriveApi" (the advanced service Drive.*), "Html",
   * "Properties", "Lock", "Session", "Utilities", "Script".
   */
  byService(service: ServiceGroup): number {
    return this.services.get(service) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.services.clear();
    this._total = 0;
    this.log.length = 0;
    this.writeLog = [];
  }

  snapshot(): CallsSnapshot {
    return {
      total: this._total,
      byName: Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b))),
      byService: Object.fromEntries(this.services),
    };
  }
}

const RAW = new WeakMap<object, object>(); // proxy -> raw
let scriptDepth = 0;

/** True while a counted call (a call by the script under test) runs; raw calls (the tester's hand) are not. */
export function inScriptCall(): boolean {
  return scriptDepth > 0;
}

/** The raw object behind a counted proxy (or the value itself). */
export function raw<T>(x: T): T {
  if (x && typeof x === 'object' && RAW.has(x as object)) return RAW.get(x as object) as T;
  return x;
}

function unwrapDeep(x: unknown, depth = 0): unknown {
  if (Array.isArray(x) && depth < 2) return x.map((e) => unwrapDeep(e, depth + 1));
  return raw(x);
}

/** Creates and caches counted proxies for one world of fakes. */
export class Counting {
  private proxies = new WeakMap<object, object>();
  constructor(readonly calls: CallCounter) {}

  /** The counted proxy of a fake (stable identity), or the value itself when not a fake. */
  wrap<T>(x: T): T {
    if (!(x instanceof Fake)) return x;
    if (RAW.has(x)) return x;
    const cached = this.proxies.get(x);
    if (cached) return cached as T;
    const target = x as Fake;
    const fnCache = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop, _receiver) => {
        const v = Reflect.get(t, prop, t);
        if (v instanceof Fake) return this.wrap(v); // e.g. Drive.Comments
        if (typeof v !== 'function' || typeof prop !== 'string') return v;
        if (prop.startsWith('_') || prop === 'inspect' || prop === 'constructor') return v.bind(t);
        const hit = fnCache.get(prop);
        if (hit) return hit;
        const name = `${t._kind}.${prop}`;
        const counted = (...args: unknown[]) => {
          this.calls.record(name, t._service);
          scriptDepth++;
          try {
            const out = (v as (...a: unknown[]) => unknown).apply(
              t,
              args.map((a) => unwrapDeep(a)),
            );
            return this.wrapOut(out);
          } finally {
            scriptDepth--;
          }
        };
        fnCache.set(prop, counted);
        return counted;
      },
    });
    RAW.set(proxy, target);
    this.proxies.set(target, proxy);
    return proxy as T;
  }

  private wrapOut(out: unknown): unknown {
    if (out instanceof Fake) return this.wrap(out);
    if (Array.isArray(out)) {
      let hasFake = false;
      for (const e of out) {
        if (e instanceof Fake || (Array.isArray(e) && e.some((f) => f instanceof Fake))) {
          hasFake = true;
          break;
        }
      }
      if (!hasFake) return out;
      return out.map((e) => (Array.isArray(e) ? e.map((f) => this.wrap(f)) : this.wrap(e)));
    }
    return out;
  }
}

/**
 * Checks method names and parameter types against the real Apps Script interface, leaving return
 * types free (the fakes return fake classes, not the full real interfaces).
 * Use: `class FakeRange extends Fake implements Like<GoogleAppsScript.Spreadsheet.Range, 'getValues'>`.
 */
export type Like<T, K extends keyof T> = {
  [P in K]: T[P] extends (...a: infer A) => unknown ? (...a: A) => unknown : T[P];
};

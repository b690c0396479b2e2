// LockService: document, script and user locks. A test can make ANOTHER user hold a lock
// (`fakes.holdDocumentLockByOther()`): tryLock then returns false and waitLock throws the real timeout
// message, optionally only for the next N attempts. Nothing sleeps: timeouts are immediate.
import { Fake, Like } from './calls';

type GL = GoogleAppsScript.Lock.Lock;
type GLS = GoogleAppsScript.Lock.LockService;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockState {
  /** Which Lock object of ours holds it, or 'other' for another user/execution. */
  holder: FakeLock | 'other' | null = null;
  /** When another holds the lock: how many more attempts fail before it is released (Infinity = never). */
  otherAttemptsLeft = Infinity;
  attempts = 0;
  acquisitions = 0;
  constructor(readonly kind: 'document' | 'script' | 'user') {}
  holdByOther(releaseAfterAttempts = Infinity): void {
    this.holder = 'other';
    this.otherAttemptsLeft = releaseAfterAttempts;
  }
  releaseOther(): void {
    if (this.holder === 'other') this.holder = null;
  }
}

export class FakeLock extends Fake implements Like<GL, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  readonly _kind = 'Lock';
  readonly _service = 'Lock' as const;
  constructor(readonly state: LockState) {
    super();
  }
  private acquire(): boolean {
    const s = this.state;
    s.attempts++;
    if (s.holder === 'other') {
      if (s.otherAttemptsLeft <= 0) s.holder = null;
      else {
        s.otherAttemptsLeft--;
        return false;
      }
    }
    if (s.holder === this) return true;
    if (s.holder !== null) return false; // another Lock object of this execution holds it
    s.holder = this;
    s.acquisitions++;
    return true;
  }
  tryLock(_timeoutInMillis: number): boolean {
    return this.acquire();
  }
  waitLock(_timeoutInMillis: number): void {
    if (!this.acquire()) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
}

export class FakeLockService extends Fake implements Like<GLS, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly _kind = 'LockService';
  readonly _service = 'Lock' as const;
  readonly document = new LockState('document');
  readonly script = new LockState('script');
  readonly user = new LockState('user');
  /** false: getDocumentLock() returns null (see below). */
  documentLockAvailable = true;
  /**
   * Each call returns a new Lock object on the shared lock, like the real one. The reference: "Returns
   * null if called from a script that isn't bound to a document" ("a lock scoped to the current
   * document, or null if called from a standalone script or web app"): the caller must check.
   */
  getDocumentLock(): FakeLock | null {
    return this.documentLockAvailable ? new FakeLock(this.document) : null;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.user);
  }
}

// Session and ScriptApp (AuthMode enum).
import { Fake, Like } from './calls';

type GS = GoogleAppsScript.Base.Session;
type GU = GoogleAppsScript.Base.User;

export class FakeUser extends Fake implements Like<GU, 'getEmail'> {
  readonly _kind = 'User';
  readonly _service = 'Session' as const;
  constructor(private email: () => string) {
    super();
  }
  /** "" when the email is not available (consumer accounts, other domains), like the real one. */
  getEmail(): string {
    return this.email();
  }
}

export class FakeSession
  extends Fake
  implements
    Like<
      GS,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
    >
{
  readonly _kind = 'Session';
  readonly _service = 'Session' as const;
  constructor(
    public activeUserEmail: string,
    public effectiveUserEmail: string,
    public timeZone: string,
    public locale = 'th',
    public temporaryKey = 'temp-user-key-1',
  ) {
    super();
  }
  getActiveUser(): FakeUser {
    return new FakeUser(() => this.activeUserEmail);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(() => this.effectiveUserEmail);
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return this.temporaryKey;
  }
  getActiveUserLocale(): string {
    return this.locale;
  }
}

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

/** Only the AuthMode enum and getOAuthToken (a fixed fake token). */
export class FakeScriptApp extends Fake implements Like<GoogleAppsScript.Script.ScriptApp, 'getOAuthToken'> {
  readonly _kind = 'ScriptApp';
  readonly _service = 'Script' as const;
  readonly AuthMode = AuthMode;
  getOAuthToken(): string {
    return 'fake-oauth-token';
  }
}

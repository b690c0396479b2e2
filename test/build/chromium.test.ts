// The browser tests find chromium through $CHROMIUM_PATH or the usual paths, never one hard-coded path.
import { chromiumMissing, chromiumPath, CHROMIUM_CANDIDATES } from '../../scripts/chromium';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('chromiumPath', () => {
  test('CHROMIUM_PATH wins when it exists; a wrong one is reported, not silently replaced', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    );
    expect(chromiumPath({ CHROMIUM_PATH: '/nowhere' }, only('/usr/bin/chromium'))).toBeNull();
    expect(chromiumMissing({ CHROMIUM_PATH: '/nowhere' })).toBe('CHROMIUM_PATH=/nowhere does not exist');
  });

  test('otherwise the first usual path that exists', () => {
    expect(chromiumPath({}, only('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(chromiumPath({ CHROMIUM_PATH: ' ' }, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(chromiumPath({}, only())).toBeNull();
    expect(chromiumMissing({})).toContain(CHROMIUM_CANDIDATES.join(', '));
  });
});

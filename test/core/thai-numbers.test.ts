import { formatScore, formatSigned, round2, roundTo } from '../../src/core/thai';

describe('round2 (half away from zero, robust to binary noise)', () => {
  test.each([
    [1.005, 1.01],
    [95.105, 95.11],
    [84.995, 85],
    [-0.005, -0.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [1.004999, 1],
    [0.125, 0.13],
    [100, 100],
    [0, 0],
    [1.0049999999999, 1],
  ])('round2(%p) = %p', (input, expected) => {
    expect(round2(input)).toBe(expected);
  });

  test('a mean that lands just below .xx5 in binary still rounds up', () => {
    const mean = (80 + 88.71) / 2; // 84.35499999999999 in binary; naive Math.round(x*100)/100 gives 84.35
    expect(mean).toBeLessThan(84.355);
    expect(round2(mean)).toBe(84.36);
    expect(round2((80.07 + 80.26) / 2)).toBe(80.17);
  });

  test('never returns negative zero', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });

  test('tiny and huge values in exponent notation', () => {
    expect(round2(1e-7)).toBe(0);
    expect(round2(1e21)).toBe(1e21);
    expect(roundTo(1.23456e-3, 4)).toBe(0.0012);
  });

  test('non-finite passes through; bad decimals throw in Thai', () => {
    expect(round2(NaN)).toBeNaN();
    expect(() => roundTo(1, -1)).toThrow(/ทศนิยม/);
    expect(() => roundTo(1, 1.5)).toThrow(/ทศนิยม/);
  });
});

describe('formatScore', () => {
  test('Arabic and Thai digits, 2 decimals by default', () => {
    expect(formatScore(95.11, { thaiDigits: false })).toBe('95.11');
    expect(formatScore(95.11, { thaiDigits: true })).toBe('๙๕.๑๑');
    expect(formatScore(100, { thaiDigits: false })).toBe('100.00');
    expect(formatScore(100, { thaiDigits: true })).toBe('๑๐๐.๐๐');
    expect(formatScore(95.105, { thaiDigits: false })).toBe('95.11');
    expect(formatScore(84.995, { thaiDigits: false })).toBe('85.00');
  });

  test('missing values are a dash', () => {
    expect(formatScore(null, { thaiDigits: false })).toBe('-');
    expect(formatScore(undefined, { thaiDigits: true })).toBe('-');
    expect(formatScore(NaN, { thaiDigits: false })).toBe('-');
    expect(formatScore(Infinity, { thaiDigits: false })).toBe('-');
  });

  test('other decimals', () => {
    expect(formatScore(99.825, { thaiDigits: false, decimals: 1 })).toBe('99.8');
    expect(formatScore(99.85, { thaiDigits: true, decimals: 1 })).toBe('๙๙.๙');
    expect(formatScore(85.5, { thaiDigits: false, decimals: 0 })).toBe('86');
    expect(formatScore(-0.004, { thaiDigits: false })).toBe('0.00');
  });
});

describe('formatSigned', () => {
  test('sign, rounding and digits', () => {
    expect(formatSigned(2.31, { thaiDigits: false })).toBe('+2.31');
    expect(formatSigned(-0.5, { thaiDigits: false })).toBe('-0.50');
    expect(formatSigned(0, { thaiDigits: false })).toBe('0.00');
    expect(formatSigned(-0.004, { thaiDigits: false })).toBe('0.00');
    expect(formatSigned(0.004, { thaiDigits: false })).toBe('0.00');
    expect(formatSigned(-0.005, { thaiDigits: false })).toBe('-0.01');
    expect(formatSigned(2.31, { thaiDigits: true })).toBe('+๒.๓๑');
    expect(formatSigned(-12.345, { thaiDigits: true })).toBe('-๑๒.๓๕');
    expect(formatSigned(null, { thaiDigits: true })).toBe('-');
  });

  test('uses the ASCII hyphen-minus, not U+2212', () => {
    const s = formatSigned(-1, { thaiDigits: false });
    expect(s.charCodeAt(0)).toBe(0x2d);
  });
});

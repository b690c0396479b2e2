// A level that needs instrument scores is never dropped silently when they are missing.
import { analyze } from '../../src/core/analysis';
import { LEVELS_2561, LEVELS_2567 } from '../../src/core/catalogue';
import { judgeLevel, levelFor } from '../../src/core/catalogue/levels';
import { ScoreSet } from '../../src/core/types';

const only = (overall: number, instruments: ScoreSet['current']['instruments'] = {}): ScoreSet => ({
  current: { year: 2567, overall, instruments, indicators: {}, questions: [] },
  history: [],
});

describe('judgeLevel', () => {
  test('only an overall of 97: no level, ผ่านดีเยี่ยม and ผ่านดี undecided, at least ผ่าน', () => {
    expect(judgeLevel(LEVELS_2567, 97, {})).toEqual({
      level: null,
      atLeast: 'ผ่าน',
      undecided: ['ผ่านดีเยี่ยม', 'ผ่านดี'],
      missing: ['IIT', 'EIT', 'OIT'],
    });
  });

  test('a given instrument below a band decides it: 97 with IIT 90 and EIT, OIT missing', () => {
    expect(judgeLevel(LEVELS_2567, 97, { IIT: 90 })).toMatchObject({
      level: null,
      undecided: ['ผ่านดี'],
      missing: ['EIT', 'OIT'],
    });
    expect(judgeLevel(LEVELS_2567, 97, { IIT: 80 })).toMatchObject({ level: 'ผ่าน', undecided: [], missing: [] });
  });

  test('all instruments given, or an overall below every instrument band: decided as before', () => {
    expect(judgeLevel(LEVELS_2567, 95.11, { IIT: 98.9, EIT: 87.58, OIT: 97.5 }).level).toBe('ผ่านดี');
    expect(judgeLevel(LEVELS_2567, 80, {}).level).toBe('ต้องปรับปรุง');
    expect(judgeLevel(LEVELS_2561, 97, {}).level).toBe('AA');
    expect(levelFor(LEVELS_2567, 97, {})).toBe('ผ่าน');
  });
});

describe('analyze: the level with instrument scores missing', () => {
  test('only an overall of 97: level null and the Thai warning', () => {
    const r = analyze(only(97));
    expect(r.overall.level).toBeNull();
    expect(r.overall.pass).toBe(true);
    const w = r.warnings.find((x) => x.startsWith('ระดับอาจสูงกว่านี้'));
    expect(w).toContain('ต้องมีคะแนนรายแบบวัดครบ IIT EIT OIT จึงจะตัดสินระดับ ผ่านดีเยี่ยม/ผ่านดี ได้');
    expect(w).toContain('อย่างน้อยระดับ ผ่าน');
  });

  test('with the instruments the level is given and there is no such warning', () => {
    const r = analyze(only(97, { IIT: 97, EIT: 96, OIT: 98 }));
    expect(r.overall.level).toBe('ผ่านดีเยี่ยม');
    expect(r.warnings.some((x) => x.startsWith('ระดับอาจสูงกว่านี้'))).toBe(false);
  });
});

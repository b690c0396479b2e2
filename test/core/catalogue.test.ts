import {
  CATALOGUES,
  CATALOGUE_2568,
  CATALOGUE_2569,
  DEFAULT_TARGET,
  FRAMEWORK_2561,
  FRAMEWORK_2567,
  LEVELS_2561,
  LEVELS_2567,
  THEMES_2567,
  catalogueForYear,
  expandCodes,
  findQuestion,
  indicatorByNumber,
  instrumentOfIndicator,
  isOitRef,
  isOitTopic,
  levelFor,
  oitItemsForTopics,
  oitRefsForTopics,
  codeRangeText,
  normalizeCode,
  oitItemTitle,
  parseLevelScale,
  questionsOfIndicator,
  range,
  themesFor,
} from '../../src/core/catalogue';
import { normaliseYear } from '../../src/core/thai/dates';
import { INSTRUMENT_IDS } from '../../src/core/types';

const codes = (prefix: string, cat = FRAMEWORK_2567) =>
  cat.questions.filter((q) => q.code.startsWith(prefix)).map((q) => q.code);

describe.each(CATALOGUES)('catalogue $id', (cat) => {
  it('has indicators 1–10, each with questions of its own instrument', () => {
    expect(cat.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const ind of cat.indicators) {
      expect(ind.questions.length).toBeGreaterThan(0);
      for (const code of ind.questions) {
        const q = findQuestion(cat, code)!;
        expect(q.indicator).toBe(ind.number);
        expect(q.instrument).toBe(ind.instrument);
      }
    }
  });

  it('has unique question codes, every question in exactly one indicator', () => {
    const all = cat.questions.map((q) => q.code);
    expect(new Set(all).size).toBe(all.length);
    expect(cat.indicators.flatMap((i) => i.questions).sort()).toEqual([...all].sort());
  });

  it('has weights summing to 1 and Thai instrument names', () => {
    const sum = INSTRUMENT_IDS.reduce((s, id) => s + cat.weights[id], 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(cat.weights).toEqual({ IIT: 0.3, EIT: 0.3, OIT: 0.4 });
    expect(cat.instrumentNames.OIT).toBe('แบบตรวจการเปิดเผยข้อมูลสาธารณะ');
  });

  it('has sub-indicators that cover every OIT item exactly once, matching the items', () => {
    const oit = codes('o', cat);
    const covered = cat.subIndicators.flatMap((s) => s.items);
    expect([...covered].sort()).toEqual([...oit].sort());
    expect(new Set(covered).size).toBe(covered.length);
    for (const s of cat.subIndicators) {
      for (const item of s.items) expect(findQuestion(cat, item)!.subIndicator).toBe(s.id);
      expect(s.indicator).toBe(Number(s.id.split('.')[0]));
    }
  });

  it('has measures items that are OIT items of sub-indicator 10.2 carrying the measures topics, or none (2568)', () => {
    const { plan, report } = cat.measuresItems;
    if (cat.id === '2568') {
      expect(plan).toBeNull();
      expect(report).toBeNull();
      expect(oitItemsForTopics(cat, ['measures', 'measures-results'])).toEqual([]);
      return;
    }
    for (const code of [plan!, report!]) expect(findQuestion(cat, code)?.subIndicator).toBe('10.2');
    expect(oitItemsForTopics(cat, ['measures'])).toEqual([plan]);
    expect(oitItemsForTopics(cat, ['measures-results'])).toEqual([report]);
  });

  it('tags every OIT item with known topics (except items of unknown meaning)', () => {
    for (const q of cat.questions.filter((x) => x.instrument === 'OIT')) {
      expect(q.topics!.length).toBeGreaterThan(0);
      for (const t of q.topics!) expect(isOitTopic(t)).toBe(true);
    }
  });

  it('has a level scale ending at 0', () => {
    expect(cat.levels.bands[cat.levels.bands.length - 1].min).toBe(0);
  });
});

describe('2567–2570 framework', () => {
  const cat = FRAMEWORK_2567;
  it('has i1..i15, e1..e9 in two parts, o1..o35', () => {
    expect(codes('i')).toEqual(range('i', 1, 15));
    expect(codes('e')).toEqual(range('e', 1, 9));
    expect(codes('o')).toEqual(range('o', 1, 35));
    expect(cat.questions.filter((q) => q.instrument === 'EIT').every((q) => q.parts === 2)).toBe(true);
    expect(cat.questions.filter((q) => q.instrument !== 'EIT').every((q) => q.parts === 1)).toBe(true);
  });

  it('keeps the printed texts and titles', () => {
    expect(findQuestion(cat, 'i13')!.text).toBe(
      'ผู้บริหารสูงสุดของหน่วยงานของท่านให้ความสำคัญกับการแก้ไขปัญหาการทุจริตและประพฤติมิชอบ มากน้อยเพียงใด',
    );
    expect(findQuestion(cat, 'e9')!.text).toContain('E-Service');
    expect(oitItemTitle(cat, 'o34')).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(oitItemTitle(cat, 'O35')).toBe('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(findQuestion(cat, 'o34')!.confidence).toBe('H');
    expect(findQuestion(cat, 'o7')!.confidence).toBe('L');
  });

  it('maps the indicators to the reference question ranges and sub-indicators', () => {
    expect(indicatorByNumber(cat, 2)!.questions).toEqual(['i4', 'i5', 'i6']);
    expect(indicatorByNumber(cat, 8)!.questions).toEqual(['e7', 'e8', 'e9']);
    expect(indicatorByNumber(cat, 10)!.questions).toEqual(range('o', 26, 35));
    expect(cat.subIndicators.map((s) => `${s.id}:${s.items[0]}-${s.items[s.items.length - 1]}`)).toEqual([
      '9.1:o1-o6',
      '9.2:o7-o13',
      '9.3:o14-o17',
      '9.4:o18-o21',
      '9.5:o22-o25',
      '10.1:o26-o33',
      '10.2:o34-o35',
    ]);
    expect(cat.subIndicators.find((s) => s.id === '9.3')!.name).toBe('การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ');
    expect(cat.measuresItems).toEqual({ plan: 'o34', report: 'o35' });
    expect(cat.levels).toBe(LEVELS_2567);
  });

  it('names indicators with their aliases', () => {
    expect(indicatorByNumber(cat, 8)!.aliases).toContain('การปรับปรุงระบบการทำงาน');
    expect(indicatorByNumber(cat, 4)!.aliases).toContain('การใช้ทรัพย์สินของทางราชการ');
    expect(indicatorByNumber(cat, 4)!.name).toBe('การใช้ทรัพย์สินของราชการ');
  });
});

describe('2561–2566 framework', () => {
  const cat = FRAMEWORK_2561;
  it('has 30 IIT, 15 EIT and 43 OIT questions', () => {
    expect(codes('i', cat)).toEqual(range('i', 1, 30));
    expect(codes('e', cat)).toEqual(range('e', 1, 15));
    expect(codes('o', cat)).toEqual(range('o', 1, 43));
    expect(cat.questions.every((q) => q.parts === 1)).toBe(true);
  });

  it('puts 6 IIT questions and 5 EIT questions per indicator, placeholder texts at confidence L', () => {
    expect(questionsOfIndicator(cat, 5).map((q) => q.code)).toEqual(range('i', 25, 30));
    expect(questionsOfIndicator(cat, 7).map((q) => q.code)).toEqual(range('e', 6, 10));
    expect(findQuestion(cat, 'i1')!.text).toBe('ข้อคำถาม i1 ของตัวชี้วัดการปฏิบัติหน้าที่');
    expect(findQuestion(cat, 'e15')!.confidence).toBe('L');
  });

  it('has the 2564 OIT list with o42/o43 as measures items', () => {
    expect(oitItemTitle(cat, 'o9')).toBe('Social Network');
    expect(findQuestion(cat, 'o33')!.indicator).toBe(9);
    expect(findQuestion(cat, 'o34')!.indicator).toBe(10);
    expect(oitItemTitle(cat, 'o43')).toBe('การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    expect(cat.measuresItems).toEqual({ plan: 'o42', report: 'o43' });
    expect(cat.levels).toBe(LEVELS_2561);
  });
});

describe('catalogueForYear', () => {
  it.each([
    [2563, '2561-2566'],
    [2565, '2561-2566'],
    [2567, '2567'],
  ])('%i is inside catalogue %s with no warning', (year, id) => {
    const r = catalogueForYear(year);
    expect(r.catalogue.id).toBe(id);
    expect(r.warning).toBeNull();
  });

  it('2566 uses the 2564 list and warns that its OIT list is not confirmed', () => {
    const r = catalogueForYear(2566);
    expect(r.catalogue.id).toBe('2561-2566');
    expect(r.warning).toBe(
      'รายการข้อ OIT ของปี พ.ศ. 2566 ยังไม่ได้ยืนยัน ใช้รายการของปี 2563-2565 แทน ' +
        'เลขข้อ OIT ที่อ้างอิงอาจไม่ตรงกับคู่มือของปีนี้ โปรดตรวจสอบ',
    );
  });

  it('2568 has its own catalogue, and one warning naming exactly what is unconfirmed', () => {
    const r = catalogueForYear(2568);
    expect(r.catalogue.id).toBe('2568');
    expect(r.catalogue.framework).toBe('2567-2570');
    expect(r.warning).toBe(
      'ข้อมูลของปี พ.ศ. 2568 ที่ยังไม่ได้ยืนยัน: ' +
        'เลขข้อ OIT ของมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานและของรายงานผลการดำเนินการ (กรอกได้ในชีต "ตั้งค่า"); ' +
        'ชื่อรายการ OIT ข้อ o2, o5, o6 และ o7 (อนุมานจากรายการปี 2569); ' +
        'การจัดข้อ OIT เข้าตัวชี้วัดที่ 9 (o1–o20) และตัวชี้วัดที่ 10 (o21–o26) และตัวชี้วัดย่อย; ' +
        'ข้อคำถาม IIT และ EIT และน้ำหนักคะแนน ซึ่งถือว่าเหมือนปี 2567 โปรดตรวจสอบกับคู่มือของปีนี้',
    );
  });

  it('2569 and 2570 share the 2569 list; 2570 also warns that the list is borrowed', () => {
    const a = catalogueForYear(2569);
    const b = catalogueForYear(2570);
    expect(a.catalogue).toBe(b.catalogue);
    expect(a.catalogue.id).toBe('2569-2570');
    expect(a.warning).toContain('ข้อมูลของปี พ.ศ. 2569 ที่ยังไม่ได้ยืนยัน: ชื่อรายการ OIT ข้อ o2, o6 และ o7');
    expect(a.warning).not.toContain('ใช้รายการของปี');
    expect(b.warning).toContain('รายการข้อ OIT ของปี พ.ศ. 2570 ยังไม่ได้ยืนยัน ใช้รายการของปี 2569 แทน');
    expect(b.warning).toContain('ข้อมูลของปี พ.ศ. 2570 ที่ยังไม่ได้ยืนยัน');
  });

  it('uses the nearest framework with a Thai warning outside every framework', () => {
    const after = catalogueForYear(2571);
    expect(after.catalogue.id).toBe('2569-2570');
    expect(after.warning).toContain('ไม่มีชุดตัวชี้วัดของปี พ.ศ. 2571');
    expect(after.warning).toContain('2569-2570');
    const before = catalogueForYear(2560);
    expect(before.catalogue.id).toBe('2561-2566');
    expect(before.warning).toContain('2560');
  });

  it('reads a C.E. year as C.E., saying so', () => {
    const r = catalogueForYear(2024);
    expect(r.catalogue.id).toBe('2567');
    expect(r.warning).toContain('ค.ศ.');
    expect(r.warning).toContain('2567');
    expect(catalogueForYear(2020).catalogue.id).toBe('2561-2566');
  });

  it.each([1956, 2158, 2499, 2701, 256, 2567.5, NaN])('rejects %p with a Thai error', (year) => {
    expect(() => catalogueForYear(year)).toThrow(/ปีการประเมิน/);
    expect(() => normaliseYear(year)).toThrow();
  });

  it('accepts exactly the years normaliseYear accepts (was: C.E. 1957–1999 refused here, accepted there)', () => {
    for (const year of [1957, 1999, 2000, 2157, 2500, 2700]) {
      const be = normaliseYear(year);
      const r = catalogueForYear(year);
      if (be !== year) expect(r.warning).toContain(`ปี ค.ศ. ${year} ถือเป็น พ.ศ. ${be}`);
    }
    expect(catalogueForYear(1999).warning).toContain('ไม่มีชุดตัวชี้วัดของปี พ.ศ. 2542');
  });
});

describe('lookups', () => {
  it('finds codes case-insensitively and in the forms officers type', () => {
    expect(findQuestion(FRAMEWORK_2567, 'E4')!.code).toBe('e4');
    expect(findQuestion(FRAMEWORK_2567, ' o10 ')!.code).toBe('o10');
    expect(findQuestion(FRAMEWORK_2567, '๐10')!.code).toBe('o10');
    expect(findQuestion(FRAMEWORK_2567, 'i๑๓')!.code).toBe('i13');
    expect(findQuestion(FRAMEWORK_2567, 'O.05')!.code).toBe('o5');
    expect(findQuestion(FRAMEWORK_2567, 'o36')).toBeUndefined();
    expect(findQuestion(FRAMEWORK_2567, 'e10')).toBeUndefined();
    expect(normalizeCode('ข้อ')).toBe('ข้อ');
  });

  it('answers indicator questions', () => {
    expect(instrumentOfIndicator(FRAMEWORK_2567, 7)).toBe('EIT');
    expect(instrumentOfIndicator(FRAMEWORK_2567, 10)).toBe('OIT');
    expect(instrumentOfIndicator(FRAMEWORK_2567, 11)).toBeUndefined();
    expect(indicatorByNumber(FRAMEWORK_2567, 0)).toBeUndefined();
    expect(questionsOfIndicator(FRAMEWORK_2567, 12)).toEqual([]);
    expect(oitItemTitle(FRAMEWORK_2567, 'e1')).toBeUndefined();
  });

  it('tells OIT references apart', () => {
    expect(isOitRef(FRAMEWORK_2567, '9.1')).toBe(true);
    expect(isOitRef(FRAMEWORK_2567, 'o25')).toBe(true);
    expect(isOitRef(FRAMEWORK_2567, '9.6')).toBe(false);
    expect(isOitRef(FRAMEWORK_2567, 'o40')).toBe(false);
    expect(isOitRef(FRAMEWORK_2561, 'o40')).toBe(true);
  });

  it('expands code ranges', () => {
    expect(range('i', 1, 3)).toEqual(['i1', 'i2', 'i3']);
    expect(expandCodes('o8, o9, o14–o17')).toEqual(['o8', 'o9', 'o14', 'o15', 'o16', 'o17']);
    expect(expandCodes('e1-e3')).toEqual(['e1', 'e2', 'e3']);
    expect(() => expandCodes('o10–o7')).toThrow(/o10–o7/);
    expect(() => expandCodes('o1–e3')).toThrow(/อ่านช่วงรหัสข้อ/);
  });
});

describe('levelFor', () => {
  it('2567: ผ่านดีเยี่ยม needs overall and every instrument ≥ 95', () => {
    expect(levelFor(LEVELS_2567, 99.82, { IIT: 99.65, EIT: 99.9, OIT: 100 })).toBe('ผ่านดีเยี่ยม');
    expect(levelFor(LEVELS_2567, 95.11, { IIT: 98.9, EIT: 87.58, OIT: 97.5 })).toBe('ผ่านดี');
    expect(levelFor(LEVELS_2567, 90, { IIT: 95, EIT: 84.99, OIT: 95 })).toBe('ผ่าน');
    expect(levelFor(LEVELS_2567, 99, { IIT: 99, OIT: 99 })).toBe('ผ่าน');
    expect(levelFor(LEVELS_2567, 84.99, { IIT: 90, EIT: 90, OIT: 80 })).toBe('ต้องปรับปรุง');
    expect(levelFor(LEVELS_2567, 70, {})).toBe('ต้องปรับปรุง');
    expect(levelFor(LEVELS_2567, 69.99, {})).toBe('ต้องปรับปรุงโดยด่วน');
  });

  it('2561: letter grades by overall score only', () => {
    expect(levelFor(LEVELS_2561, 66.41, {})).toBe('C');
    expect(levelFor(LEVELS_2561, 95, {})).toBe('AA');
    expect(levelFor(LEVELS_2561, 94.99, {})).toBe('A');
    expect(levelFor(LEVELS_2561, 50, {})).toBe('E');
    expect(levelFor(LEVELS_2561, 49.99, {})).toBe('F');
  });

  it('rejects a non-numeric overall', () => {
    expect(() => levelFor(LEVELS_2567, NaN, {})).toThrow(/คะแนนรวม/);
  });
});

describe('parseLevelScale', () => {
  it('reads a sheet table with a header, Thai digits and blank rows', () => {
    const { scale, errors } = parseLevelScale([
      ['ระดับ', 'คะแนนขั้นต่ำ', 'ทุกแบบวัดขั้นต่ำ'],
      ['ผ่านดีเยี่ยม', '๙๕', '๙๕'],
      ['ผ่านดี', '85', '85'],
      ['', '', ''],
      ['ผ่าน', '85', ''],
      ['ต้องปรับปรุง', '70', ''],
      ['ต้องปรับปรุงโดยด่วน', '0', ''],
    ]);
    expect(errors).toEqual([]);
    expect(scale!.bands).toEqual(LEVELS_2567.bands);
    expect(levelFor(scale!, 95.11, { IIT: 98, EIT: 87.58, OIT: 97 })).toBe('ผ่านดี');
  });

  it('names the row and column of each problem', () => {
    const { scale, errors } = parseLevelScale(
      [
        ['A', 'abc', ''],
        ['', '80', ''],
        ['B', '90', 'x'],
        ['C', '60', ''],
        ['C', '50', ''],
      ],
      { firstRow: 2 },
    );
    expect(scale).toBeUndefined();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^แถวที่ 2 คอลัมน์ที่ 2: .*"abc"/),
        expect.stringMatching(/^แถวที่ 3 คอลัมน์ที่ 1: ไม่มีชื่อระดับ/),
        expect.stringMatching(/^แถวที่ 4 คอลัมน์ที่ 3: .*"x"/),
        expect.stringMatching(/^แถวที่ 6 คอลัมน์ที่ 1: ชื่อระดับ "C" ซ้ำกับแถวที่ 5/),
        expect.stringMatching(/^แถวที่ 6: ระดับสุดท้าย "C" ต้องมีคะแนนขั้นต่ำ 0/),
      ]),
    );
  });

  it('rejects rising minimums, out-of-range scores and an empty table', () => {
    expect(
      parseLevelScale([
        ['A', '50'],
        ['B', '60'],
        ['F', '0'],
      ]).errors,
    ).toEqual([expect.stringMatching(/^แถวที่ 2: คะแนนขั้นต่ำ 60 สูงกว่าแถวก่อนหน้า \(50\)/)]);
    expect(
      parseLevelScale([
        ['A', '101'],
        ['F', '0'],
      ]).errors[0],
    ).toMatch(/^แถวที่ 1 คอลัมน์ที่ 2: .*0–100/);
    expect(parseLevelScale([]).errors[0]).toMatch(/ตารางระดับว่าง/);
    expect(parseLevelScale([['', ''], []]).errors[0]).toMatch(/ตารางระดับว่าง/);
  });
});

describe('themes', () => {
  it('has the 7 themes of seed 001, resolving to the 2567 item ranges of the seed', () => {
    const t = themesFor(FRAMEWORK_2567);
    expect(t.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.map((x) => x.oitItems)).toEqual([
      expandCodes('o7–o10'),
      expandCodes('o11–o13, o25'),
      expandCodes('o1–o6'),
      expandCodes('o29–o31'),
      expandCodes('o8, o9, o14–o17'),
      expandCodes('o18–o21'),
      expandCodes('o22–o35'),
    ]);
    expect(t[6].questions).toEqual(['i13', 'i14', 'i15', 'e7', 'e8']);
    expect(THEMES_2567[6].oit).toContain('measures');
  });

  it.each(CATALOGUES.map((c) => [c.id, c] as const))(
    'themes of %s name only questions and OIT items of that catalogue',
    (_id, cat) => {
      for (const t of themesFor(cat)) {
        for (const q of t.questions) expect(findQuestion(cat, q)?.instrument).not.toBe('OIT');
        for (const o of t.oitItems) expect(findQuestion(cat, o)?.instrument).toBe('OIT');
      }
    },
  );

  it('2569 themes cite the 2569 numbers (E-Service o10, measures o25/o26)', () => {
    const t = themesFor(CATALOGUE_2569);
    expect(t[1].oitItems).toEqual(['o9', 'o10', 'o19']);
    expect(t[6].oitItems).toEqual(expandCodes('o16–o26'));
  });

  it('themesFor returns copies for 2567 and one theme per indicator for 2561', () => {
    const t = themesFor(FRAMEWORK_2567);
    t[0].questions.push('x');
    expect(THEMES_2567[0].questions).not.toContain('x');
    const old = themesFor(FRAMEWORK_2561);
    expect(old).toHaveLength(10);
    expect(old[0]).toEqual({
      number: 1,
      title: 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
      questions: range('i', 1, 6),
      oitItems: [],
    });
    expect(old[9].oitItems).toEqual(range('o', 34, 43));
  });

  it('has a default target of 85', () => {
    expect(DEFAULT_TARGET).toBe(85);
  });
});

describe('2568 and 2569 catalogues', () => {
  it('2569 has o1–o26, E-Service o10, measures o25 and results o26, L grouping 9 = o1–o19, 10 = o20–o26', () => {
    const cat = CATALOGUE_2569;
    expect(codes('o', cat)).toEqual(range('o', 1, 26));
    expect(codes('i', cat)).toEqual(range('i', 1, 15));
    expect(codes('e', cat)).toEqual(range('e', 1, 9));
    expect(oitItemTitle(cat, 'o10')).toBe('ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)');
    expect(oitItemTitle(cat, 'o25')).toBe('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
    expect(cat.measuresItems).toEqual({ plan: 'o25', report: 'o26' });
    expect(indicatorByNumber(cat, 9)!.questions).toEqual(range('o', 1, 19));
    expect(indicatorByNumber(cat, 10)!.questions).toEqual(range('o', 20, 26));
    expect(cat.subIndicators.every((s) => s.confidence === 'L')).toBe(true);
    expect(['o2', 'o6', 'o7'].map((c) => findQuestion(cat, c)!.confidence)).toEqual(['L', 'L', 'L']);
    expect(findQuestion(cat, 'o25')!.confidence).toBe('M');
    expect(cat.levels).toBe(LEVELS_2567);
    expect(cat.questions.filter((q) => q.instrument === 'EIT').every((q) => q.parts === 2)).toBe(true);
  });

  it('2568 has the 26 items seen, the four of unknown title at L, and no measures items', () => {
    const cat = CATALOGUE_2568;
    expect(codes('o', cat)).toEqual(range('o', 1, 26));
    expect(['o2', 'o5', 'o6', 'o7'].map((c) => findQuestion(cat, c)!.confidence)).toEqual(['L', 'L', 'L', 'L']);
    expect(findQuestion(cat, 'o10')!.topics).toEqual(['eservice']);
    expect(oitItemTitle(cat, 'o26')).toBe('รายงานผลการดำเนินการป้องกันการทุจริต');
    expect(cat.measuresItems).toEqual({ plan: null, report: null });
  });
});

describe('OIT topics', () => {
  it('resolve to each year its own numbers', () => {
    const byYear = (topics: Parameters<typeof oitItemsForTopics>[1]) =>
      [FRAMEWORK_2561, FRAMEWORK_2567, CATALOGUE_2568, CATALOGUE_2569].map((c) => oitItemsForTopics(c, topics));
    expect(byYear(['eservice'])).toEqual([['o17'], ['o13'], ['o10'], ['o10']]);
    expect(byYear(['measures'])).toEqual([['o42'], ['o34'], [], ['o25']]);
    expect(byYear(['measures-results'])).toEqual([['o43'], ['o35'], [], ['o26']]);
    expect(byYear(['qa-channel'])).toEqual([['o8'], ['o6'], [], ['o3']]);
    expect(byYear(['complaint-channel', 'participation'])).toEqual([
      ['o30', 'o32', 'o33'],
      ['o23', 'o25'],
      ['o18', 'o20'],
      ['o17', 'o19'],
    ]);
  });

  it('keep the order of the topics given, without repeats', () => {
    expect(oitItemsForTopics(FRAMEWORK_2567, ['eservice', 'work-manual', 'eservice'])).toEqual(['o13', 'o10']);
    expect(oitItemsForTopics(FRAMEWORK_2567, ['annual-plan', 'budget-plan'])).toEqual(['o8']);
  });

  it('cite a group as the sub-indicator where the year is known to have it, else as its items', () => {
    expect(oitRefsForTopics(FRAMEWORK_2567, ['basic-info', 'management', 'procurement'])).toEqual([
      '9.1',
      '9.2',
      '9.3',
    ]);
    expect(oitRefsForTopics(CATALOGUE_2569, ['basic-info', 'procurement'])).toEqual([
      'o1',
      'o2',
      'o3',
      'o4',
      'o6',
      'o11',
      'o12',
    ]);
    expect(oitItemsForTopics(FRAMEWORK_2567, ['basic-info'])).toEqual(range('o', 1, 6));
  });

  it('codeRangeText says which codes a year has', () => {
    expect(codeRangeText(CATALOGUE_2569, 'o')).toBe('มีข้อ o1–o26');
    expect(codeRangeText(FRAMEWORK_2567, 'e')).toBe('มีข้อ e1–e9');
    expect(
      codeRangeText({ ...FRAMEWORK_2567, questions: FRAMEWORK_2567.questions.filter((q) => q.code !== 'o5') }, 'o'),
    ).toBe('มีข้อ o1–o4, o6–o35');
  });
});

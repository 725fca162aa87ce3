import {
  ERA_ABBREVIATIONS,
  ERA_MARKER_PATTERN,
  eraOfMarker,
  eraOfUnmarkedYear,
  eraYearInterval,
  fullYearNumber,
  readRangeEndYear,
  readYear,
  readYearInEra,
  toCommonEraYear,
} from '../../src/thai/eras.js';

describe('reading years', () => {
  test.each([
    ['2562', undefined, undefined, { written: '2562', era: 'BE', ce: 2019 }],
    ['62', undefined, undefined, { written: '62', era: 'BE', ce: 2019 }],
    ['2019', undefined, undefined, { written: '2019', era: 'CE', ce: 2019 }],
    ['2562', 'พ.ศ.', undefined, { written: '2562', era: 'BE', ce: 2019 }],
    ['2030', 'ค.ศ.', undefined, { written: '2030', era: 'CE', ce: 2030 }],
    ['2030', 'คริสต์ศักราช', undefined, { written: '2030', era: 'CE', ce: 2030 }],
    ['2563', 'พุทธศักราช', undefined, { written: '2563', era: 'BE', ce: 2020 }],
    ['128', 'ร.ศ.', 6, { written: '128', era: 'RS', ce: 1909 }],
    ['128', 'ร.ศ.', 2, { written: '128', era: 'RS', ce: 1910 }],
    ['1250', 'จ.ศ.', undefined, { written: '1250', era: 'CS', ce: 1888 }],
    ['2480', undefined, 2, { written: '2480', era: 'BE', ce: 1938 }],
    ['2480', undefined, 5, { written: '2480', era: 'BE', ce: 1937 }],
    ['2484', undefined, 2, { written: '2484', era: 'BE', ce: 1941 }],
  ])('%s %s (month %s)', (written, marker, month, expected) => {
    expect(readYear(written, marker, month)).toEqual(expected);
  });

  test('before the 1941 reform January to March of a BE year belong to the next CE year', () => {
    expect(toCommonEraYear(2483, 'BE', 1)).toBe(1941);
    expect(toCommonEraYear(2483, 'BE', 4)).toBe(1940);
    expect(toCommonEraYear(2484, 'BE', 1)).toBe(1941);
  });

  test('years that began on 1 April are intervals; BE 2483 had nine months', () => {
    expect(eraYearInterval(2470, 'BE')).toEqual({ start: { year: 1927, month: 4, day: 1 }, end: { year: 1928, month: 3, day: 31 } });
    expect(eraYearInterval(2483, 'BE')).toEqual({ start: { year: 1940, month: 4, day: 1 }, end: { year: 1940, month: 12, day: 31 } });
    expect(eraYearInterval(128, 'RS')).toEqual({ start: { year: 1909, month: 4, day: 1 }, end: { year: 1910, month: 3, day: 31 } });
    expect(eraYearInterval(2562, 'BE')).toBeNull();
    expect(eraYearInterval(2019, 'CE')).toBeNull();
  });

  test('the end of a range is read in the era and century of its start', () => {
    expect(readRangeEndYear(readYear('2559', undefined), '63')).toEqual({ written: '63', era: 'BE', ce: 2020 });
    expect(readRangeEndYear(readYear('2017', 'ค.ศ.'), '2021')).toEqual({ written: '2021', era: 'CE', ce: 2021 });
    expect(readRangeEndYear(readYear('62', undefined), '63')).toEqual({ written: '63', era: 'BE', ce: 2020 });
  });
});

describe('era markers', () => {
  const marker = (text: string): string | undefined => new RegExp(ERA_MARKER_PATTERN).exec(text)?.[0];

  test.each([
    ['พ.ศ. 2562', 'พ.ศ.', 'BE'],
    ['พ. ศ. 2562', 'พ. ศ.', 'BE'],
    ['พ.ศ 2562', 'พ.ศ', 'BE'],
    ['พศ. 2562', 'พศ.', 'BE'],
    ['พุทธศักราช ๒๕๖๓', 'พุทธศักราช', 'BE'],
    ['B.E. 2562', 'B.E.', 'BE'],
    ['ค.ศ. 2019', 'ค.ศ.', 'CE'],
    ['คริสตศักราช 2019', 'คริสตศักราช', 'CE'],
    ['A.D. 2019', 'A.D.', 'CE'],
    ['ร.ศ. 128', 'ร.ศ.', 'RS'],
    ['รัตนโกสินทร์ศก 128', 'รัตนโกสินทร์ศก', 'RS'],
    ['จ.ศ. 1250', 'จ.ศ.', 'CS'],
    ['จุลศักราช 1250', 'จุลศักราช', 'CS'],
  ])('%s: %s is %s', (text, written, era) => {
    expect(marker(text)).toBe(written);
    expect(eraOfMarker(written)).toBe(era);
  });

  test('not the tail of an acronym, and undotted รศ. is a title', () => {
    expect(marker('มติ ก.ค.ศ. 2562')).toBeUndefined();
    expect(marker('รศ. 2562')).toBeUndefined();
  });

  test('the abbreviations running text writes all read as markers', () => {
    expect(ERA_ABBREVIATIONS).toEqual(['พ.ศ.', 'ค.ศ.', 'พ.ศ', 'ค.ศ', 'จ.ศ.', 'ร.ศ.']);
    for (const written of ERA_ABBREVIATIONS) expect(marker(`${written} 2500`)).toBe(written);
  });
});

describe('years without a marker', () => {
  test('two digits are short BE years; four digits are BE from 2300', () => {
    expect(['62', '2299', '2300', '2019'].map(eraOfUnmarkedYear)).toEqual(['BE', 'CE', 'BE', 'CE']);
    expect(fullYearNumber('62', 'BE')).toBe(2562);
    expect(fullYearNumber('19', 'CE')).toBe(2019);
  });

  test('a year read in a known era', () => {
    expect(readYearInEra('19', 'CE', 6)).toEqual({ written: '19', era: 'CE', ce: 2019 });
    expect(readYearInEra('2480', 'BE', 1)).toEqual({ written: '2480', era: 'BE', ce: 1938 });
    expect(readYearInEra('2480', 'BE', 4)).toEqual({ written: '2480', era: 'BE', ce: 1937 });
  });
});

import { MONTH_AFTER_DAY_PATTERN, MONTH_NAME_PATTERN, MONTH_SPELLINGS, monthFromName } from '../../src/thai/months.js';

const first = (pattern: string, text: string): string | undefined => new RegExp(pattern).exec(text)?.[0];

describe('Thai month names', () => {
  test.each([
    ['มกราคม', 1],
    ['ม.ค.', 1],
    ['ม. ค.', 1],
    ['มค', 1],
    ['มกรา', 1],
    ['กุมภาพันธ์', 2],
    ['ก.พ.', 2],
    ['มี.ค.', 3],
    ['เม.ย.', 4],
    ['พ.ค.', 5],
    ['มิ.ย.', 6],
    ['กรกฎาคม', 7],
    ['กรกฏาคม', 7],
    ['ก.ค.', 7],
    ['ส.ค.', 8],
    ['ก.ย.', 9],
    ['ตุลา', 10],
    ['พ.ย.', 11],
    ['พฤศจิกายน', 11],
    ['ธ.ค.', 12],
  ])('%s is month %d', (spelling, month) => {
    expect(monthFromName(spelling)).toBe(month);
  });

  test('every spelling in running text: 12 full names, a misspelling, 12 abbreviations, 12 short forms', () => {
    expect(MONTH_SPELLINGS).toHaveLength(37);
    expect(MONTH_SPELLINGS.slice(0, 3)).toEqual(['มกราคม', 'ม.ค.', 'มกรา']);
    for (const spelling of MONTH_SPELLINGS) expect(monthFromName(spelling)).toBeGreaterThanOrEqual(1);
  });

  test('a dotted abbreviation inside an acronym is no month', () => {
    expect(first(MONTH_NAME_PATTERN, 'วันที่ 5 มี.ค. 2562')).toBe('มี.ค.');
    expect(first(MONTH_NAME_PATTERN, 'สหกรณ์ อ.ส.ค. ประกาศ')).toBeUndefined();
    expect(first(MONTH_NAME_PATTERN, 'มติ ก.ค.ศ. วันนี้')).toBeUndefined();
    expect(first(MONTH_NAME_PATTERN, 'ต.คลองหนึ่ง')).toBeUndefined();
  });

  test('short and undotted forms only where no Thai word continues them', () => {
    expect(first(`^${MONTH_AFTER_DAY_PATTERN}`, 'ตุลา 62')).toBe('ตุลา');
    expect(first(`^${MONTH_AFTER_DAY_PATTERN}`, 'มค.')).toBe('มค.');
    expect(first(`^${MONTH_AFTER_DAY_PATTERN}`, 'ตุลาการ')).toBeUndefined();
    expect(first(`^${MONTH_NAME_PATTERN}`, 'ตุลา 62')).toBeUndefined();
  });
});

import { isThaiAreaName } from '../../src/entities/thai-areas.js';

describe('isThaiAreaName', () => {
  it('knows the names of Thai provinces and districts, and nothing else', () => {
    expect(['เชียงใหม่', 'บางนา', 'หาดใหญ่'].map(isThaiAreaName)).toEqual([true, true, true]);
    expect(['อิชิอิ', 'ญี่ปุ่น', 'จังหวัดเชียงใหม่', ''].map(isThaiAreaName)).toEqual([false, false, false, false]);
  });
});

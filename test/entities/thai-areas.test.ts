import { isThaiAreaName, isThaiProvinceName } from '../../src/entities/thai-areas.js';

describe('isThaiAreaName', () => {
  it('knows the names of Thai provinces and districts, and nothing else', () => {
    expect(['เชียงใหม่', 'บางนา', 'หาดใหญ่'].map(isThaiAreaName)).toEqual([true, true, true]);
    expect(['อิชิอิ', 'ญี่ปุ่น', 'จังหวัดเชียงใหม่', ''].map(isThaiAreaName)).toEqual([false, false, false, false]);
  });
});

describe('isThaiProvinceName', () => {
  it('knows the names of Thai provinces, not of districts or anything else', () => {
    expect(['น่าน', 'แม่ฮ่องสอน', 'กรุงเทพมหานคร'].map(isThaiProvinceName)).toEqual([true, true, true]);
    expect(['บางนา', 'หาดใหญ่', 'จังหวัดน่าน', 'ญี่ปุ่น', ''].map(isThaiProvinceName)).toEqual([false, false, false, false, false]);
  });
});

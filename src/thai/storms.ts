/**
 * Tropical storms as Thai news writes them: the words of a storm's strength that stand between
 * `พายุ` (storm) and its name (`พายุโซนร้อนวิภา`, `พายุไต้ฝุ่น "ยางิ"`), the strongest first.
 */
export const STORM_STRENGTHS: readonly string[] = ['ซูเปอร์ไต้ฝุ่น', 'ไต้ฝุ่น', 'โซนร้อน', 'ดีเปรสชัน', 'ดีเปรสชั่น', 'ไซโคลน', 'เฮอริเคน', 'เฮอร์ริเคน'];

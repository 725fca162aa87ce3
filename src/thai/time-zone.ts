/**
 * Thailand's clock: UTC+7 all year (Asia/Bangkok; no daylight saving since 1920). A Thai page
 * that writes a time without a zone means this one.
 */
export const THAI_UTC_OFFSET = '+07:00';
export const THAI_UTC_OFFSET_MINUTES = 7 * 60;

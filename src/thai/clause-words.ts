/**
 * Words that open the clause or the list after a name and never end one (`ประกอบด้วย`, `ได้แก่`,
 * `อาทิ`, `เช่น`: the list; `คือ`, `ทั้งนี้`, `ซึ่ง`, `โดย`: the clause).
 */
export const CLAUSE_OPENING_WORDS: readonly string[] = ['ประกอบด้วย', 'ได้แก่', 'อาทิ', 'เช่น', 'คือ', 'ทั้งนี้', 'ซึ่ง', 'โดย'];

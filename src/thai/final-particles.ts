/**
 * Particles that end a spoken Thai sentence. The polite ones (`ครับ`, `ค่ะ`) close what a speaker
 * says to a listener and never end a name or a term; `นะ` before them softens the sentence
 * (`นะครับ`). The others (`หรอก`, `เถอะ`, `ล่ะ`) end speech too, but some also end ordinary words.
 */
export const POLITE_PARTICLES: readonly string[] = ['ครับ', 'คับ', 'ค่ะ', 'คะ', 'จ้ะ', 'จ้า', 'จ๊ะ', 'จ๋า'];

/** The softening particle written before a polite one. */
export const SOFTENING_PARTICLE = 'นะ';

/** Every particle that ends a spoken sentence. */
export const FINAL_PARTICLES: readonly string[] = [...POLITE_PARTICLES, 'นะคะ', 'นะครับ', 'น่ะ', 'ล่ะ', 'หรอก', 'เถอะ'];

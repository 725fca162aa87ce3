/**
 * The ranks (`กรม`) a king confers on princes and princesses, written before the name they give
 * (`กรมสมเด็จพระเทพรัตนราชสุดาฯ`, `กรมหมื่นสุทธนารีนาถ`), highest first. No department's name
 * opens with one of them; `กรมพระ` alone is left out, as `กรมพระธรรมนูญ` (the armed forces' legal
 * department) opens with it.
 */
export const PRINCELY_RANKS: readonly string[] = ['กรมสมเด็จพระ', 'กรมพระยา', 'กรมหลวง', 'กรมขุน', 'กรมหมื่น'];

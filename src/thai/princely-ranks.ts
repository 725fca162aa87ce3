/**
 * The ranks (`กรม`) a king confers on princes and princesses, written before the name they give
 * (`กรมสมเด็จพระเทพรัตนราชสุดาฯ`, `กรมหมื่นสุทธนารีนาถ`), highest first. No department's name
 * opens with one of them; `กรมพระ` alone is left out, as `กรมพระธรรมนูญ` (the armed forces' legal
 * department) opens with it.
 */
export const PRINCELY_RANKS: readonly string[] = ['กรมสมเด็จพระ', 'กรมพระยา', 'กรมหลวง', 'กรมขุน', 'กรมหมื่น'];

/**
 * The titles that open a king's, a queen's or a prince's name as Thai news writes it
 * (`พระบาทสมเด็จพระเจ้าอยู่หัว`, `สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี`): a name opening with
 * one is a person's, as in all 32 of ThaiNER dev's.
 */
export const ROYAL_TITLES: readonly string[] = ['พระบาทสมเด็จพระ', 'สมเด็จพระ'];

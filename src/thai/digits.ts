/**
 * Thai digits (๐–๙) and ASCII digits, one for one. Both are single UTF-16 units, so converting
 * keeps the length and every offset of a text.
 */
import { THAI_DIGITS, THAI_DIGIT_ZERO } from './characters.js';

const THAI_DIGIT = new RegExp(`[${THAI_DIGITS}]`, 'g');
const ASCII_ZERO = 0x30;

/** The text with Thai digits replaced by ASCII digits; same length, same offsets. */
export function toAsciiDigits(text: string): string {
  return text.replace(THAI_DIGIT, asciiDigit);
}

/** ASCII digits written as Thai digits; same length, same offsets. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, thaiDigit);
}

// The replacers are functions of the module: an arrow made per call is compiled again and again.
function asciiDigit(digit: string): string {
  return String.fromCharCode(digit.charCodeAt(0) - THAI_DIGIT_ZERO + ASCII_ZERO);
}

function thaiDigit(digit: string): string {
  return String.fromCharCode(digit.charCodeAt(0) - ASCII_ZERO + THAI_DIGIT_ZERO);
}

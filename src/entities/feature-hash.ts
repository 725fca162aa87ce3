const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 0x7c; // '|'

function extend(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a over UTF-16 units: the model stores feature hashes, not feature strings. */
export function hashFeature(feature: string): number {
  return extend(FNV_OFFSET, feature) >>> 0;
}

/**
 * The hash of `prefix + parts.join('|')`, computed without building the string: features
 * are hashed by the million at run time.
 */
export function hashParts(prefix: string, a: string, b?: string, c?: string): number {
  let h = extend(extend(FNV_OFFSET, prefix), a);
  if (b !== undefined) h = extend(Math.imul(h ^ BAR, FNV_PRIME), b);
  if (c !== undefined) h = extend(Math.imul(h ^ BAR, FNV_PRIME), c);
  return h >>> 0;
}

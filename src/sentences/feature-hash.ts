/**
 * Feature names as 24-bit FNV-1a hashes, computed from the characters in place: no string is
 * built per feature, and a weight lookup is a small-integer Map probe. A feature is a template
 * (which fact) and a value (the characters or number it saw); collisions among the few
 * thousand features a model keeps are too rare to matter.
 */

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
const MASK = 0xffffff;

/** The hash state after the template number: feed it values with the functions below. */
export function template(id: number): number {
  return Math.imul(OFFSET ^ id, PRIME);
}

export function mixCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

export function mixString(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  return hash;
}

/** The final feature id. */
export function finish(hash: number): number {
  return (hash ^ (hash >>> 24)) & MASK;
}

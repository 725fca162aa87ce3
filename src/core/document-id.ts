import { createHash } from 'node:crypto';
import type { DocumentInput } from '../document/types.js';

/** The input's own id, or one derived from its content so that reruns give the same id. */
export function documentId(input: DocumentInput): string {
  if (typeof input.id === 'string' && input.id !== '') return input.id;
  if (typeof input.id === 'number' && Number.isFinite(input.id)) return String(input.id);
  const hash = createHash('sha1');
  const content = input.text ?? input.html ?? input.bytes;
  hash.update(typeof content === 'string' || content instanceof Uint8Array ? content : '');
  return hash.digest('hex').slice(0, 16);
}

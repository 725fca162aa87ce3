import type { Stage } from '../pipeline/stage.js';
import { decodeBytes } from '../text/decode-bytes.js';

export const decodeStage: Stage = {
  name: 'decode',
  version: '1',
  description: 'Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, TIS-620 / windows-874 detected; invalid bytes become a warning.',
  requires: ['input'],
  provides: ['text'],
  changesText: true,
  options: {
    encoding: {
      type: 'string',
      values: ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-874'],
      default: 'auto',
      description: 'the encoding of byte input; auto detects it',
    },
  },
  create(options) {
    const encoding = options.encoding as string;
    return {
      run(doc) {
        const { bytes, text } = doc.input;
        if (bytes instanceof Uint8Array) {
          const decoded = decodeBytes(bytes, encoding);
          doc.text = decoded.text;
          doc.meta.encoding = decoded.encoding;
          if (decoded.invalidBytes > 0) {
            doc.warn('decode', 'invalid-bytes', `${decoded.invalidBytes} byte(s) are not valid ${decoded.encoding} and became U+FFFD`);
          }
        } else if (typeof text === 'string') {
          doc.text = text;
        } else if (typeof doc.input.html !== 'string') {
          throw new Error('the input has no "text", "html" or bytes');
        }
      },
    };
  },
};

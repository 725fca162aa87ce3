import type { Stage } from '../pipeline/stage.js';

export const normalizeStage: Stage = {
  name: 'normalize',
  version: '0',
  description: 'NFC and Thai repairs (placeholder)',
  requires: ['text'],
  provides: ['text:normalized'],
  changesText: true,
  options: {},
  create() {
    return { run(doc) { doc.text = doc.text.normalize('NFC'); } };
  },
};

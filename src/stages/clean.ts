import type { Stage } from '../pipeline/stage.js';

export const cleanStage: Stage = {
  name: 'clean',
  version: '0',
  description: 'boilerplate removal (placeholder)',
  requires: ['text'],
  provides: ['text:clean'],
  changesText: true,
  options: {},
  create() {
    return { run() {} };
  },
};

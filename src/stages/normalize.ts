import { defineStage } from '../core/stage.js';
import { repairThai } from '../text/thai-repairs.js';

export const normalizeStage = defineStage({
  name: 'normalize',
  version: '1',
  description:
    'Unicode NFC plus unambiguous Thai repairs: decomposed sara am, doubled or misordered marks, zero-width and control characters. Clean text passes unchanged.',
  requires: ['text'],
  provides: ['text:normalized'],
  changesText: true,
  options: {},
  create() {
    return {
      run(doc) {
        const { text, counts } = repairThai(doc.text);
        if (text === doc.text) return;
        doc.text = text;
        const repairs = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
        if (Object.keys(repairs).length) doc.meta.normalized = repairs;
      },
    };
  },
});

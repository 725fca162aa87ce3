import { createSegmenter, type SegmentOptions } from '../segmenter/index.js';
import { defineStage } from '../core/stage.js';
import path from 'node:path';

export const segmentStage = defineStage({
  name: 'segment',
  version: '2',
  description: 'Thai word segmentation: every character of the text in exactly one token, with its kind.',
  requires: ['text'],
  provides: ['tokens'],
  options: {
    engine: {
      type: 'string',
      values: ['default', 'wordcut', 'icu'],
      default: 'default',
      description: 'default: the built-in dictionary engine; wordcut or icu (Intl.Segmenter) for comparison',
    },
    words: {
      type: 'string[]',
      default: [],
      description: 'extra dictionary words that win over the built-in dictionary; a word mixing Thai with digits or punctuation (โควิด-19) becomes one token',
    },
    dictionaryFile: { type: 'string', description: 'a file of extra words, one a line (relative to the pipeline file)' },
  },
  create(options, context) {
    const segmenterOptions: SegmentOptions = {
      engine: options.engine as SegmentOptions['engine'],
      words: options.words as string[],
    };
    if (typeof options.dictionaryFile === 'string') {
      segmenterOptions.dictionaryFile = path.resolve(context.baseDir, options.dictionaryFile);
    }
    const segmenter = createSegmenter(segmenterOptions);
    return {
      run(doc) {
        doc.layers.tokens = segmenter.segment(doc.text);
      },
    };
  },
});

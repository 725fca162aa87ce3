import path from 'node:path';
import { defineStage } from '../core/stage.js';
import { loadBoundaryModel } from '../sentences/boundary-model.js';
import { DEFAULT_MIN_SENTENCE_LENGTH, splitSentences } from '../sentences/split-sentences.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  version: '2',
  description:
    'Sentence segmentation: line breaks always end a sentence, spaces inside brackets, quotes or dates never do; any other space ends one when a boundary model trained on Thai news (ThaiNER, UD Thai-TUD) says so, or after !, ?, ครับ or an emoji.',
  requires: ['tokens'],
  provides: ['sentences'],
  options: {
    minLength: {
      type: 'number',
      default: DEFAULT_MIN_SENTENCE_LENGTH,
      min: 1,
      description: 'shortest sentence, in non-space characters, that a space may end without a strong cue (!, ?, ครับ, an emoji)',
    },
    threshold: {
      type: 'number',
      min: 0,
      max: 1,
      description: "probability from which a space ends a sentence (default: the model's, 0.4); higher gives fewer, longer sentences",
    },
    model: {
      type: 'string',
      description: 'a sentence boundary model file (JSON, from scripts/train-sentences.ts), relative to the pipeline file; default the shipped one',
    },
  },
  create(options, context) {
    const minLength = options.minLength as number;
    const threshold = options.threshold as number | undefined;
    const file = options.model as string | undefined;
    const model = loadBoundaryModel(file === undefined ? undefined : path.resolve(context.baseDir, file));
    return {
      run(doc) {
        doc.layers.sentences = splitSentences(doc.text, doc.layers.tokens ?? [], { minLength, threshold, model, index: doc.index });
      },
    };
  },
});

import type { Stage } from '../pipeline/stage.js';
import { DEFAULT_MIN_SENTENCE_LENGTH, splitSentences } from '../sentences/split-sentences.js';

export const sentencesStage: Stage = {
  name: 'sentences',
  version: '1',
  description:
    'Sentence segmentation: line breaks always end a sentence; a space ends one when the cues around it say so (final particles, connectives that open a clause, punctuation, length).',
  requires: ['tokens'],
  provides: ['sentences'],
  options: {
    minLength: {
      type: 'number',
      default: DEFAULT_MIN_SENTENCE_LENGTH,
      min: 1,
      description: 'shortest sentence, in non-space characters, that a space may end without a strong cue (!, ?, ครับ, an emoji)',
    },
  },
  create(options) {
    const minLength = options.minLength as number;
    return {
      run(doc) {
        doc.sentences = splitSentences(doc.text, doc.tokens, { minLength });
      },
    };
  },
};

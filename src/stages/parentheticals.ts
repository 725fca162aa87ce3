import { findParentheticals } from '../parentheticals/extract.js';
import { WordBoundaries } from '../parentheticals/word-boundaries.js';
import type { Parenthetical } from '../document/types.js';
import { defineStage } from '../core/stage.js';

export const parentheticalsStage = defineStage({
  name: 'parentheticals',
  version: '85',
  description:
    'Parentheticals: for every parenthesis holding Latin text, its English, its short form and the Thai term it glosses; Thai short forms in parentheses with their full names (TH-ACR, ACR-TH).',
  requires: ['text', 'tokens'],
  provides: ['parentheticals'],
  options: {},
  create() {
    return {
      run(doc) {
        const words = new WordBoundaries(doc.text, doc.layers.tokens ?? [], doc.index);
        doc.layers.parentheticals = findParentheticals(doc.text, words).map((match) => {
          const parenthetical: Parenthetical = { ...doc.spanFromUtf16(...match.paren), pattern: match.pattern };
          if (match.thai) parenthetical.thai = doc.spanFromUtf16(...match.thai);
          if (match.english) parenthetical.english = doc.spanFromUtf16(...match.english);
          if (match.acronym) parenthetical.acronym = doc.spanFromUtf16(...match.acronym);
          return parenthetical;
        });
      },
    };
  },
});

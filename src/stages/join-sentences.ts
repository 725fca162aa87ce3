import { defineStage } from '../core/stage.js';
import type { Entity } from '../document/types.js';
import { NAME_LABELS } from '../entities/labels.js';
import { joinAcrossNames } from '../sentences/join-across-names.js';

/** A function of the module, not an arrow made per document, which is compiled again and again. */
const isName = (e: Entity): boolean => NAME_LABELS.has(e.label);

// A refiner of the sentences layer rather than an option of the sentences stage: the names come
// from the entities stage, which pipelines (users' too) run after sentences.
export const joinSentencesStage = defineStage({
  name: 'join-sentences',
  version: '1',
  description:
    'Joins sentences the sentences stage cut inside a person, organisation, place or facility name of the entities layer (a space between a title and a name, or a given name and a surname); a line break still ends a sentence.',
  requires: ['sentences', 'entities'],
  provides: ['sentences:names-whole'],
  options: {},
  create() {
    return {
      run(doc) {
        const names = (doc.layers.entities ?? []).filter(isName);
        doc.layers.sentences = joinAcrossNames(doc.index, doc.layers.sentences ?? [], names);
      },
    };
  },
});

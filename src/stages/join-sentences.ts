import { defineStage } from '../core/stage.js';
import { NAME_LABELS } from '../entities/labels.js';
import { joinAcrossNames } from '../sentences/join-across-names.js';

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
        const names = (doc.layers.entities ?? []).filter((e) => NAME_LABELS.has(e.label));
        doc.layers.sentences = joinAcrossNames(doc.index, doc.layers.sentences ?? [], names);
      },
    };
  },
});

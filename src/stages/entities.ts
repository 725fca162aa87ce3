import path from 'node:path';
import type { Entity } from '../document/types.js';
import { defineStage } from '../core/stage.js';
import { addAcronymEntities } from '../entities/acronym-entities.js';
import { EntityRecognizer } from '../entities/recognizer.js';

export const entitiesStage = defineStage({
  name: 'entities',
  version: '53',
  description:
    "Named entities with the ThaiNER types: a sequence model trained on ThaiNER, patterns (URL, EMAIL, PHONE, ZIP, MONEY, PERCENT, LEN, T, registered company names), English names in Latin runs, person-name and document-level consistency rules, gazetteer ids; DATE/TIME agree with the dates layer; the short form a body's name defines in its parenthesis and the later bare mentions of short forms defined in parentheticals (กกต.), with ids from a built-in table of common Thai short forms.",
  requires: ['tokens'],
  // DATE and TIME entities take their value from the dates layer; a short form defined in a
  // parenthetical after a body's name is a body there, and names its full name's entity wherever it recurs.
  uses: ['dates', 'parentheticals'],
  provides: ['entities'],
  options: {
    model: { type: 'string', description: 'a model file made by scripts/train-ner.ts instead of the shipped one (relative to the pipeline file)' },
    patterns: {
      type: 'boolean',
      default: true,
      description: 'add pattern entities (URL, EMAIL, PHONE, ZIP, MONEY, PERCENT, LEN, T) where the model found none',
    },
    english: { type: 'boolean', default: true, description: 'find people, places and organisations in Latin-script runs with compromise' },
    acronyms: {
      type: 'boolean',
      default: true,
      description:
        "tag the short forms defined in parentheticals after a body's name, their later bare mentions, and the common Thai ones of the built-in table (กกต., ครม.)",
    },
  },
  create(options, context) {
    const recognizer = new EntityRecognizer({
      model: typeof options.model === 'string' ? path.resolve(context.baseDir, options.model) : undefined,
      patterns: options.patterns as boolean,
      english: options.english as boolean,
    });
    return {
      run(doc) {
        const tokens = doc.layers.tokens ?? [];
        const entities = recognizer.recognize(doc.text, tokens, doc.index, doc.layers.dates ?? []).map((found) => {
          const entity: Entity = { ...doc.span(found.start, found.end), label: found.label, source: found.source };
          if (found.id) entity.id = found.id;
          if (found.value !== undefined) entity.value = found.value;
          return entity;
        });
        doc.layers.entities = options.acronyms ? addAcronymEntities(entities, doc.text, doc.layers.parentheticals ?? [], tokens) : entities;
      },
    };
  },
});

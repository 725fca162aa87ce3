// What the entity rules of src/entities take besides the text, built from sentences of our own.
import { type Candidate, newCandidate } from '../../src/entities/candidate.js';
import { segment } from '../../src/segmenter/index.js';

/** Every token start and end of `text`, as the entities stage hands them to its rules. */
export const boundariesOf = (text: string): Set<number> => new Set(segment(text).flatMap((t) => [t.start, t.end]));

/** The model's entity over the first `part` of `text`. */
export const modelEntity = (text: string, part: string, label: Candidate['label']): Candidate => {
  const start = text.indexOf(part);
  return newCandidate(start, start + part.length, label, 'model');
};

/** Each entity as its label and its text (`PERSON:นายสมชาย ใจดี`), for comparing a rule's output. */
export const labelled = (text: string, entities: readonly Candidate[]): string[] => entities.map((e) => `${e.label}:${text.slice(e.start, e.end)}`);

import { StageRegistry } from '../core/registry.js';
import { cleanStage } from './clean.js';
import { datesStage } from './dates.js';
import { decodeStage } from './decode.js';
import { entitiesStage } from './entities.js';
import { joinSentencesStage } from './join-sentences.js';
import { normalizeStage } from './normalize.js';
import { parentheticalsStage } from './parentheticals.js';
import { segmentStage } from './segment.js';
import { sentencesStage } from './sentences.js';

/** Every built-in stage, in the order they usually run. */
export const builtinStages = [
  decodeStage,
  normalizeStage,
  cleanStage,
  segmentStage,
  sentencesStage,
  datesStage,
  parentheticalsStage,
  entitiesStage,
  joinSentencesStage,
] as const;

/** The registry pipeline definitions are checked against: the built-in stages, registered as a user's would be. */
export const builtinRegistry = new StageRegistry(builtinStages);

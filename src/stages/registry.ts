import type { Stage } from '../core/stage.js';
import { cleanStage } from './clean.js';
import { datesStage } from './dates.js';
import { decodeStage } from './decode.js';
import { entitiesStage } from './entities.js';
import { normalizeStage } from './normalize.js';
import { parentheticalsStage } from './parentheticals.js';
import { segmentStage } from './segment.js';
import { sentencesStage } from './sentences.js';

/** Every stage a pipeline definition can name, in the order they usually run. */
export const builtinStages: readonly Stage[] = [
  decodeStage,
  normalizeStage,
  cleanStage,
  segmentStage,
  sentencesStage,
  datesStage,
  entitiesStage,
  parentheticalsStage,
];

export function findStage(name: string): Stage | undefined {
  return builtinStages.find((stage) => stage.name === name);
}

export function stageNames(): string[] {
  return builtinStages.map((stage) => stage.name);
}

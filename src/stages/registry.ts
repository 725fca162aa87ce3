import type { Stage } from '../pipeline/stage.js';
import { cleanStage } from './clean.js';
import { decodeStage } from './decode.js';
import { normalizeStage } from './normalize.js';
import { segmentStage } from './segment.js';

/** Every stage a pipeline definition can name, in the order they usually run. */
export const builtinStages: readonly Stage[] = [decodeStage, normalizeStage, cleanStage, segmentStage];

export function findStage(name: string): Stage | undefined {
  return builtinStages.find((stage) => stage.name === name);
}

export function stageNames(): string[] {
  return builtinStages.map((stage) => stage.name);
}

import type { Command } from '../command.js';
import { checkFixturesCommand } from './check-fixtures.js';
import { glossaryCommand } from './glossary.js';
import { pipelinesCommand } from './pipelines.js';
import { queueCommand } from './queue.js';
import { runCommand } from './run.js';
import { stagesCommand } from './stages.js';

/** Every sub-command, in the order `thai-extract --help` lists them. */
export const commands: readonly Command[] = [runCommand, stagesCommand, pipelinesCommand, checkFixturesCommand, glossaryCommand, queueCommand];

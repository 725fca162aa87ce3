import type { Command } from '../command.js';
import { checkFixturesCommand } from './check-fixtures.js';
import { glossaryCommand } from './glossary.js';
import { inspectCommand } from './inspect.js';
import { pipelinesCommand } from './pipelines.js';
import { runCommand } from './run.js';
import { stagesCommand } from './stages.js';

/** Every sub-command, in the order `thai-extract --help` lists them. */
export const commands: readonly Command[] = [runCommand, inspectCommand, stagesCommand, pipelinesCommand, checkFixturesCommand, glossaryCommand];

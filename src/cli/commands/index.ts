import type { Command } from '../command.js';
import { checkFixturesCommand } from './check-fixtures.js';
import { convertCommand } from './convert.js';
import { glossaryCommand } from './glossary.js';
import { inspectCommand } from './inspect.js';
import { pipelinesCommand } from './pipelines.js';
import { queueCommand } from './queue.js';
import { runCommand } from './run.js';
import { stagesCommand } from './stages.js';
import { viewCommand } from './view.js';

/** Every sub-command, in the order `thai-extract --help` lists them. */
export const commands: readonly Command[] = [
  runCommand,
  inspectCommand,
  convertCommand,
  viewCommand,
  stagesCommand,
  pipelinesCommand,
  checkFixturesCommand,
  glossaryCommand,
  queueCommand,
];

import type { Command } from '../command.js';
import { runCommand } from './run.js';

/** Every sub-command, in the order `thai-extract --help` lists them. */
export const commands: readonly Command[] = [runCommand];

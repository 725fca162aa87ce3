/** A `thai-extract` sub-command. `run` resolves to the process exit status. */
export interface Command {
  name: string;
  /** One line for the command list in `thai-extract --help`. */
  summary: string;
  /** The full `--help` text of the command, with examples. */
  help: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Streams a command writes to, so tests can run commands in-process. */
export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A mistake in the command line: reported in one line with exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An option's value as a whole number of at least `min`, or a UsageError naming the option. */
export function wholeNumberOption(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return Number(value);
}

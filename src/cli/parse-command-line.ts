import { parseArgs } from 'node:util';
import { UsageError } from './command.js';

/** The options a command declares: flags and options with a value, as `parseArgs` takes them. */
type OptionSpecs = Record<string, { type: 'boolean' | 'string'; short?: string; default?: boolean | string }>;

/** Each option's value: its type, or undefined when it has no default and was not given. */
type OptionValues<T extends OptionSpecs> = {
  [K in keyof T]: T[K] extends { type: 'boolean' }
    ? T[K] extends { default: boolean }
      ? boolean
      : boolean | undefined
    : T[K] extends { default: string }
      ? string
      : string | undefined;
};

/**
 * Every command's arguments go through `node:util` `parseArgs` (so `--pipeline=tokens` and
 * `--pipeline tokens` mean the same everywhere); its errors become usage errors in our words.
 */
export function parseCommandLine<T extends OptionSpecs>(
  command: string,
  argv: readonly string[],
  options: T,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as unknown as OptionValues<T>, positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';
    const see = `(see thai-extract ${command} --help)`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option} ${see}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) throw new UsageError(`${option} takes no value ${see}`);
      throw new UsageError(`${option} needs a value ${see}`);
    }
    throw new UsageError(`${message} ${see}`);
  }
}

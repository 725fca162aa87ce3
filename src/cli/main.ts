import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { PipelineDefinitionError } from '../core/definition.js';
import { UsageError, type Command, type CommandIO } from './command.js';
import { commands } from './commands/index.js';

/** The version in the package's own package.json, so that the two never disagree. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'thai-extract: Thai text to annotated JSON (tokens, sentences, dates, entities, parentheticals)',
    '',
    'usage: thai-extract <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `thai-extract <command> --help` for a command's options and examples.",
    '',
    'examples:',
    '  thai-extract run article.txt                     one document, JSON Lines on standard output',
    '  thai-extract run -o out.jsonl corpus/ "dump/*.jsonl.gz"',
    '  echo \'{"id":"a","text":"วันที่ 1 มีนาคม 2562"}\' | thai-extract run -',
    '  thai-extract stages                              what each stage reads and adds',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write((target ? target.help : mainHelp()) + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`thai-extract: unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof PipelineDefinitionError || error instanceof UsageError) {
      io.stderr.write(`thai-extract ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

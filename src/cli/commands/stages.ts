import type { Command } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract stages [--json]

Lists the stages a pipeline definition can name: what each needs from earlier stages
(requires), what it reads when an earlier stage provides it (uses), what it adds (provides),
and its options with their types and defaults.

examples:
  thai-extract stages
  thai-extract stages --json | jq '.[].name'`;

export const stagesCommand: Command = {
  name: 'stages',
  summary: 'list the available stages with what they require, provide and which options they take',
  help: HELP,
  async run(argv, io) {
    const { values } = parseCommandLine('stages', argv, { json: { type: 'boolean', default: false } });
    const { builtinStages } = await import('../../stages/index.js');
    if (values.json) {
      const list = builtinStages.map(({ name, version, description, requires, uses, provides, changesText, options }) => ({
        name,
        version,
        description,
        requires,
        uses,
        provides,
        changesText,
        options,
      }));
      io.stdout.write(JSON.stringify(list, null, 2) + '\n');
      return 0;
    }
    for (const stage of builtinStages) {
      io.stdout.write(`${stage.name} (v${stage.version})\n  ${stage.description}\n`);
      io.stdout.write(`  requires: ${stage.requires.join(', ') || '-'}    uses: ${stage.uses.join(', ') || '-'}    provides: ${stage.provides.join(', ')}\n`);
      for (const [key, option] of Object.entries(stage.options)) {
        const allowed = option.values ? ` (${option.values.join('|')})` : '';
        const fallback = option.default !== undefined ? `, default ${JSON.stringify(option.default)}` : '';
        io.stdout.write(`  option ${key}: ${option.type}${allowed}${fallback}: ${option.description}\n`);
      }
      io.stdout.write('\n');
    }
    return 0;
  },
};

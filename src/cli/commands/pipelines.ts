import { builtinPipelineNames, loadDefinition } from '../../core/definition.js';
import type { Command } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract pipelines [--check NAME|PATH]

Lists the built-in pipelines with their stages. With --check, checks the named pipeline or
definition file and reports the first problem (unknown stage, bad option, unmet requirement, a
stage that uses a layer a later stage provides) without loading any stage or reading any
document; exit status 0 when it is valid, 2 when not.

A definition is plain JSON:
  {"name": "dates-only", "stages": ["decode", "normalize", "segment", "dates"]}
  {"name": "icu", "stages": ["decode", {"stage": "segment", "options": {"engine": "icu"}}]}

examples:
  thai-extract pipelines
  thai-extract pipelines --check my-pipeline.json`;

export const pipelinesCommand: Command = {
  name: 'pipelines',
  summary: 'list the built-in pipelines; --check validates a definition file',
  help: HELP,
  async run(argv, io) {
    const { values } = parseCommandLine('pipelines', argv, { check: { type: 'string' } });
    if (values.check !== undefined) {
      const { checkPipeline } = await import('../../create-pipeline.js');
      const plan = checkPipeline(values.check);
      const stages = plan.steps.map((s) => s.stage.name).join(' → ');
      io.stdout.write(`${plan.source}: valid, stages ${stages}; documents carry ${plan.layers.join(', ') || 'no layer'}\n`);
      return 0;
    }
    for (const name of builtinPipelineNames()) {
      const { definition } = loadDefinition(name);
      const stages = definition.stages.map((s) => (typeof s === 'string' ? s : s.stage));
      io.stdout.write(`${name}: ${stages.join(' → ')}\n${definition.description ? `  ${definition.description}\n` : ''}`);
    }
    return 0;
  },
};

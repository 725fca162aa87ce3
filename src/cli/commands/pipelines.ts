import { builtinPipelineNames, loadDefinition } from '../../core/definition.js';
import type { Command } from '../command.js';

const HELP = `usage: thai-extract pipelines [--check NAME|PATH]

Lists the built-in pipelines with their stages. With --check, builds the named pipeline or
definition file and reports the first problem (unknown stage, bad option, unmet requirement)
without reading any document; exit status 0 when it is valid, 2 when not.

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
    const checkIndex = argv.indexOf('--check');
    if (checkIndex !== -1) {
      const { createPipeline } = await import('../../core/pipeline.js');
      const pipeline = createPipeline(argv[checkIndex + 1] ?? 'default');
      io.stdout.write(`${pipeline.source}: valid, stages ${pipeline.steps.map((s) => s.stage.name).join(' → ')}\n`);
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

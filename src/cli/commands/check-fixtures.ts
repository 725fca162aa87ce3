import { existsSync, statSync } from 'node:fs';
import { type Command, UsageError } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract check-fixtures [--pipeline NAME|PATH] [--update] DIR

Runs every fixture in DIR through the pipeline and compares the whole document with the
fixture's expected.json. A fixture is a folder DIR/NAME/ with one input (input.txt or
input.html: raw bytes in any encoding; or input.json: one record like {"text": ..., "published": ...})
and expected.json. The document id is NAME.

On a difference it prints, per layer, which tokens, sentences, dates, entities or
parentheticals vanished (-) or appeared (+), with their text, and exits 1.

options:
  --pipeline NAME|PATH   built-in pipeline name or a definition file (default: default)
  --update               rewrite expected.json files from the current output (review with git diff)

exit status: 0 all fixtures match (or were updated), 1 some differ or fail, 2 bad usage.

examples:
  thai-extract check-fixtures fixtures/
  thai-extract check-fixtures --pipeline my-pipeline.json test/golden
  thai-extract check-fixtures --update fixtures/ && git diff fixtures/`;

export const checkFixturesCommand: Command = {
  name: 'check-fixtures',
  summary: 'compare a folder of golden documents with the current output (for CI); --update rewrites them',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine('check-fixtures', argv, {
      pipeline: { type: 'string', default: 'default' },
      update: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one fixture folder (see --help)');
    const [dir] = positionals;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such fixture folder`);
    const { createPipeline } = await import('../../create-pipeline.js');
    const { checkFixture, loadFixtures } = await import('../../fixtures/fixtures.js');
    const fixtures = loadFixtures(dir);
    if (!fixtures.length) throw new UsageError(`${dir}: no fixtures (folders with input.txt, input.html or input.json)`);
    const pipeline = createPipeline(values.pipeline);
    let bad = 0;
    for (const fixture of fixtures) {
      const result = await checkFixture(pipeline, fixture, values.update);
      const ok = result.status === 'match' || result.status === 'updated';
      if (!ok) bad++;
      io.stdout.write(`${ok ? '✓' : '✗'} ${fixture.name}: ${result.status}\n`);
      for (const line of result.details) io.stdout.write(`    ${line}\n`);
    }
    io.stdout.write(`${fixtures.length - bad} passed, ${bad} failed\n`);
    return bad ? 1 : 0;
  },
};

// FIRST VERSION: standard input JSON Lines and plain files; the batch work extends it.
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../pipeline/pipeline.js';
import type { DocumentInput } from '../../document/types.js';
import { UsageError, type Command } from '../command.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const runCommand: Command = {
  name: 'run',
  summary: 'annotate documents: files, folders, globs or - (JSON Lines on standard input)',
  help: 'usage: thai-extract run [--pipeline NAME|PATH] [-o OUT] INPUT...',
  async run(argv, io) {
    let pipelineName = 'default';
    const inputs: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === '--pipeline') pipelineName = argv[++i];
      else inputs.push(argv[i]);
    }
    if (!inputs.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
    const pipeline = createPipeline(pipelineName);
    const records: DocumentInput[] = [];
    for (const input of inputs) {
      if (input === '-') {
        for (const line of (await readAll(io.stdin)).split('\n')) if (line.trim()) records.push(JSON.parse(line));
      } else {
        records.push({ id: input, bytes: readFileSync(input) });
      }
    }
    let failed = 0;
    for await (const result of pipeline.processMany(records)) {
      if ('error' in result) failed++;
      io.stdout.write(JSON.stringify(result) + '\n');
    }
    return failed ? 1 : 0;
  },
};

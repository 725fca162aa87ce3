import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PipelineDefinitionError } from '../../src/core/definition.js';
import { checkPipeline } from '../../src/create-pipeline.js';
import { portablePipeline, stageDifference } from '../../src/queue/portable-pipeline.js';
import { temporaryFolders } from '../temporary-folders.js';

const dir = temporaryFolders('thai-extract-portable-')();

test('a built-in pipeline travels as its definition, with the stage versions', () => {
  const queued = portablePipeline(checkPipeline('tokens'));
  expect(queued.definition).toEqual({ name: 'tokens', version: '1', description: expect.any(String), stages: ['decode', 'normalize', 'segment', 'sentences'] });
  expect(queued.stages.map((s) => s.name)).toEqual(['decode', 'normalize', 'segment', 'sentences']);
  expect(queued.stages.every((s) => /^\d+$/.test(s.version))).toBe(true);
  expect(queued.key).toMatch(/^[0-9a-f]{12}$/);
  expect(portablePipeline(checkPipeline('tokens')).key).toBe(queued.key);
  expect(portablePipeline(checkPipeline('default')).key).not.toBe(queued.key);
});

test("a segment word file is read into the stage's words, so workers need not have it", () => {
  writeFileSync(path.join(dir, 'words.txt'), 'ชาเย็นหวาน\n\n  โควิด-19 \n');
  const file = path.join(dir, 'p.json');
  writeFileSync(file, JSON.stringify({ name: 'mine', stages: ['decode', { stage: 'segment', options: { words: ['ก๋วยเตี๋ยว'], dictionaryFile: 'words.txt' } }] }));
  const queued = portablePipeline(checkPipeline(file));
  expect(queued.definition.stages).toEqual(['decode', { stage: 'segment', options: { words: ['ก๋วยเตี๋ยว', 'ชาเย็นหวาน', 'โควิด-19'] } }]);
  expect(queued.source).toBe(file);
});

test('a model file cannot travel: naming one is a definition error; a missing word file too', () => {
  const model = { name: 'm', stages: ['decode', 'segment', { stage: 'entities', options: { model: 'my-model.bin.gz' } }] };
  expect(() => portablePipeline(checkPipeline(model))).toThrow(PipelineDefinitionError);
  expect(() => portablePipeline(checkPipeline(model))).toThrow('stage 3 "entities": option "model" names a file, which workers on other machines may not have');
  const words = { name: 'w', stages: ['decode', { stage: 'segment', options: { dictionaryFile: path.join(dir, 'missing.txt') } }] };
  expect(() => portablePipeline(checkPipeline(words))).toThrow(/stage 2 "segment": cannot read .*missing\.txt/);
});

test('a worker whose stages differ from the queued ones says which and why it refuses', () => {
  const plan = checkPipeline('tokens');
  const queued = portablePipeline(plan);
  expect(stageDifference(queued, plan)).toBeNull();
  const older = { ...queued, stages: queued.stages.map((s) => (s.name === 'segment' ? { ...s, version: '1' } : s)) };
  expect(stageDifference(older, plan)).toMatch(
    /^the chunk was queued for stages decode \d+, normalize \d+, segment 1, sentences \d+, but this worker has .*segment [^1]/,
  );
});

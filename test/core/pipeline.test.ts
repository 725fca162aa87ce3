import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PipelineDefinitionError } from '../../src/core/definition.js';
import { createPipeline } from '../../src/create-pipeline.js';
import { documentId } from '../../src/core/document-id.js';
import { temporaryFolders } from '../temporary-folders.js';

const newFolder = temporaryFolders('thai-extract-pipeline-');

function definitionFile(definition: unknown): string {
  const file = path.join(newFolder(), 'p.json');
  writeFileSync(file, typeof definition === 'string' ? definition : JSON.stringify(definition));
  return file;
}

function buildError(definition: unknown): PipelineDefinitionError {
  const file = definitionFile(definition);
  try {
    createPipeline(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineDefinitionError);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
    return error as PipelineDefinitionError;
  }
  throw new Error('the pipeline was built');
}

describe('createPipeline', () => {
  it('builds the default pipeline with its stages in order', () => {
    const pipeline = createPipeline();
    expect(pipeline.name).toBe('default');
    expect(pipeline.steps.slice(0, 4).map((s) => s.stage.name)).toEqual(['decode', 'normalize', 'clean', 'segment']);
  });

  it('names an unknown stage and the stages that exist', () => {
    const error = buildError({ name: 'p', stages: ['decode', 'segmnt'] });
    expect(error.message).toMatch(/stage 2: unknown stage "segmnt" \(known stages: decode, normalize, clean, segment/);
  });

  it('names a requirement no earlier stage provides, and who provides it', () => {
    const error = buildError({ name: 'p', stages: ['segment'] });
    expect(error.message).toMatch(/stage 1 "segment" requires "text", which no earlier stage provides \("text" comes from decode\)/);
  });

  it('refuses a text-changing stage after a span layer exists', () => {
    const error = buildError({ name: 'p', stages: ['decode', 'segment', 'normalize'] });
    expect(error.message).toMatch(/stage 3 "normalize" changes the text, so it must come before the stages that add tokens/);
  });

  it('names a bad option value and an unknown option', () => {
    expect(buildError({ name: 'p', stages: ['decode', { stage: 'segment', options: { engine: 'deepcut' } }] }).message).toMatch(
      /stage 2 "segment": option "engine" must be one of "default", "wordcut", "icu", got "deepcut"/,
    );
    expect(buildError({ name: 'p', stages: ['decode', { stage: 'clean', options: { agressive: true } }] }).message).toMatch(
      /stage 2 "clean": unknown option "agressive" \(known: keepRemoved\)/,
    );
  });

  it('reports malformed definitions', () => {
    expect(buildError('{"name": "p", "stages": [').message).toMatch(/not valid JSON/);
    expect(buildError({ name: 'p', stages: [] }).message).toMatch(/"stages" must be a non-empty list/);
    expect(buildError({ stages: ['decode'] }).message).toMatch(/"name" must be a non-empty string/);
  });

  it('says which built-in pipelines exist when a name is unknown', () => {
    expect(() => createPipeline('nonexistent')).toThrow(/pipeline "nonexistent": no such built-in pipeline \(built-in: default/);
  });

  it('accepts a definition object and records stage versions in each document', async () => {
    const pipeline = createPipeline({ name: 'tokens-only', version: '3', stages: ['decode', 'segment'] });
    const doc = await pipeline.process({ id: 'x', text: 'กินข้าว' });
    const [decode, segment] = pipeline.steps.map((s) => s.stage.version);
    expect(doc.pipeline).toEqual({
      name: 'tokens-only',
      version: '3',
      stages: [
        { name: 'decode', version: decode },
        { name: 'segment', version: segment },
      ],
    });
    expect(doc.tokens!.map((t) => t.text).join('')).toBe('กินข้าว');
  });
});

describe('Pipeline.process and processMany', () => {
  const pipeline = createPipeline({ name: 't', stages: ['decode', 'normalize', 'segment'] });

  it('turns a failing document into an error record in input order, and goes on', async () => {
    const inputs = [{ id: 'a', text: 'หนึ่ง' }, { id: 'b' }, { id: 'c', text: 'สาม' }];
    const results = [];
    for await (const result of pipeline.processMany(inputs, { concurrency: 2 })) results.push(result);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(results[1]).toEqual({ id: 'b', error: { code: 'invalid-record', message: 'the record has no "text" or "html"' } });
    expect('schema' in results[2] && results[2].text).toBe('สาม');
  });

  it('derives a stable id from the content when the input has none', () => {
    expect(documentId({ text: 'ข่าว' })).toBe(documentId({ text: 'ข่าว' }));
    expect(documentId({ text: 'ข่าว' })).not.toBe(documentId({ text: 'ข่าวสด' }));
    expect(documentId({ id: 7 as unknown as string })).toBe('7');
  });

  it('decodes bytes and warns about invalid ones', async () => {
    const doc = await pipeline.process({ id: 'b', bytes: Uint8Array.from([0xe0, 0xb8, 0x81, 0xff]) });
    expect(doc.text).toBe('ก\uFFFD');
    expect(doc.warnings).toEqual([{ stage: 'decode', code: 'invalid-bytes', message: '1 byte(s) are not valid utf-8 and became U+FFFD' }]);
  });
});

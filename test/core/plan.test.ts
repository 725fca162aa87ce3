import { PipelineDefinitionError } from '../../src/core/definition.js';
import { planPipeline } from '../../src/core/plan.js';
import { StageRegistry } from '../../src/core/registry.js';
import { defineStage, type LayerName } from '../../src/core/stage.js';

// Stages that record whether they were loaded: a plan must load nothing.
const loaded: string[] = [];
function stage(name: string, requires: LayerName[], provides: LayerName[], extra: { uses?: LayerName[]; changesText?: boolean } = {}) {
  return defineStage({
    name,
    version: '1',
    description: name,
    requires,
    provides,
    ...extra,
    create() {
      loaded.push(name);
      return { run() {} };
    },
  });
}

const registry = new StageRegistry([
  stage('read', ['input'], ['text']),
  stage('tidy', ['text'], ['text:tidy'], { changesText: true }),
  stage('words', ['text'], ['tokens']),
  stage('when', ['text'], ['dates']),
  stage('names', ['tokens'], ['entities'], { uses: ['dates'] }),
  stage('other-words', ['text'], ['tokens']),
]);

function problem(stages: string[]): string {
  try {
    planPipeline({ name: 'p', stages }, registry);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineDefinitionError);
    return (error as Error).message;
  }
  throw new Error('planned');
}

describe('planPipeline', () => {
  it('checks a sound pipeline without loading any stage, and lists the layers its documents carry', () => {
    const plan = planPipeline({ name: 'p', stages: ['read', 'tidy', 'words', 'when', 'names'] }, registry);
    expect(plan.steps.map((s) => [s.position, s.stage.name])).toEqual([
      [1, 'read'],
      [2, 'tidy'],
      [3, 'words'],
      [4, 'when'],
      [5, 'names'],
    ]);
    expect(plan.layers).toEqual(['tokens', 'dates', 'entities']);
    expect(loaded).toEqual([]);
  });

  it('lets a stage run without what it only uses', () => {
    expect(planPipeline({ name: 'p', stages: ['read', 'words', 'names'] }, registry).layers).toEqual(['tokens', 'entities']);
  });

  it('refuses a stage that uses a layer a later stage provides, naming both and the fix', () => {
    expect(problem(['read', 'words', 'names', 'when'])).toBe(
      '(inline definition): stage 3 "names" uses "dates", which stage 4 "when" provides after it: put "when" before "names"',
    );
  });

  it('names a requirement no earlier stage provides, and which stages provide it', () => {
    expect(problem(['read', 'names'])).toMatch(
      /stage 2 "names" requires "tokens", which no earlier stage provides \("tokens" comes from words or other-words\)/,
    );
  });

  it('refuses a stage that changes the text after a layer exists', () => {
    expect(problem(['read', 'words', 'tidy'])).toMatch(/stage 3 "tidy" changes the text, so it must come before the stages that add tokens/);
  });

  it('refuses a layer provided twice', () => {
    expect(problem(['read', 'words', 'other-words'])).toMatch(/stage 3 "other-words" provides "tokens", which stage 2 "words" provides already/);
  });

  it('names an unknown stage with the known ones', () => {
    expect(problem(['read', 'wordz'])).toMatch(/stage 2: unknown stage "wordz" \(known stages: read, tidy, words, when, names, other-words\)/);
  });
});

describe('StageRegistry', () => {
  it('refuses a second stage of the same name, also when adding user stages', () => {
    expect(() => registry.with([stage('words', ['text'], ['tokens'])])).toThrow('a stage named "words" is already registered');
    expect(
      registry
        .with([stage('extra', ['text'], ['extra'])])
        .names()
        .slice(-1),
    ).toEqual(['extra']);
  });
});

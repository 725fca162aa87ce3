import { defineStage, isItemLayer } from '../../src/core/stage.js';

const run = () => ({ run() {} });

describe('defineStage', () => {
  it('fills in what a definition may leave out and freezes the stage', () => {
    const stage = defineStage({ name: 'keywords', version: '1', description: 'd', requires: ['tokens'], provides: ['keywords'], create: run });
    expect([stage.uses, stage.changesText, stage.options]).toEqual([[], false, {}]);
    expect(Object.isFrozen(stage)).toBe(true);
    expect(() => (stage.requires as string[]).push('dates')).toThrow(TypeError);
  });

  it.each([
    [{ name: 'Key Words' }, /"name" must be lower-case letters/],
    [{ version: '' }, /"version" must be a non-empty string/],
    [{ requires: 'tokens' }, /"requires" must be a list of layer names/],
    [{ uses: ['Dates!'] }, /"uses" must be a list of layer names/],
    [{ provides: [] }, /"provides" must name at least one layer/],
    [{ create: 'nope' }, /"create" must be a function/],
  ])('refuses a malformed definition where it is made: %j', (change, message) => {
    const definition = { name: 'k', version: '1', description: 'd', requires: ['tokens'], provides: ['keywords'], create: run, ...change };
    expect(() => defineStage(definition as never)).toThrow(message);
  });

  it('tells layers of items from the text, its steps and metadata', () => {
    expect(['tokens', 'keywords', 'text', 'text:clean', 'meta:published', 'input'].map(isItemLayer)).toEqual([true, true, false, false, false, false]);
  });
});

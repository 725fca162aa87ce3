import { readFileSync } from 'node:fs';
import path from 'node:path';

// The README's "What comes out" shows an excerpt of the seed article's document and calls it the
// real output. Every span it quotes must be in the seed fixture's expected document, which
// check-fixtures keeps equal to what the pipeline gives, so the excerpt cannot drift from it.
const ROOT = path.join(import.meta.dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/seed-asean-us/expected.json'), 'utf8'));

const excerpt = readme.slice(readme.indexOf('## What comes out'), readme.indexOf('### The document'));
const block = excerpt.slice(excerpt.indexOf('```jsonc'), excerpt.lastIndexOf('```'));

/** `{"start": 10, "end": 17, "text": "ปี 2562"` at the opening of each quoted span, with the layer it is under. */
function quotedSpans(): { layer: string; start: number; end: number; text: string }[] {
  const spans: { layer: string; start: number; end: number; text: string }[] = [];
  let layer = '';
  for (const line of block.split('\n')) {
    layer = /^\s*"(\w+)":\s*\[/.exec(line)?.[1] ?? layer;
    const span = /^\s*(?:"\w+":\s*\[\s*)?\{"start": (\d+), "end": (\d+), "text": "([^"]*)"/.exec(line);
    if (span && !span[3].includes('...')) spans.push({ layer, start: Number(span[1]), end: Number(span[2]), text: span[3] });
  }
  return spans;
}

describe("the README's excerpt of the seed article's document", () => {
  it('quotes spans that the expected document has, at the same offsets', () => {
    const spans = quotedSpans();
    expect(spans.map((s) => s.layer)).toEqual(expect.arrayContaining(['tokens', 'dates', 'entities', 'parentheticals']));
    for (const { layer, start, end, text } of spans) {
      const found = (expected[layer] as { start: number; end: number; text: string }[]).some((s) => s.start === start && s.end === end && s.text === text);
      expect([layer, start, end, text, found]).toEqual([layer, start, end, text, true]);
    }
  });

  it('gives the token count, the published date and the first stage version of the expected document', () => {
    expect(block).toContain(`// ${expected.tokens.length} tokens`);
    expect(block).toContain(`"published": "${expected.meta.published}"`);
    const first = expected.pipeline.stages[0];
    expect(block).toContain(`{"name": "${first.name}", "version": "${first.version}"}`);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The genre sets are gold data for the scorers: a span whose offsets do not hold its text would
// score the pipeline against the wrong words.
const ROOT = path.join(import.meta.dirname, 'data/genre-sets');
const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const filesIn = (kind: string) =>
  readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(ROOT, entry.name, kind)))
    .flatMap((set) => readdirSync(path.join(ROOT, set.name, kind)).map((name) => path.join(ROOT, set.name, kind, name)));

describe('genre sets', () => {
  it('have entity spans inside their text, in order, not overlapping, of the three name labels', () => {
    const files = filesIn('ner');
    expect(files.map((f) => path.relative(ROOT, f)).sort()).toEqual([
      'dev/ner/genres.spans.jsonl',
      'dev3/ner/genres.spans.jsonl',
      'dev4/ner/genres.spans.jsonl',
      'heldout/ner/genres.spans.jsonl',
      'heldout10/ner/genres.spans.jsonl',
      'heldout11/ner/genres.spans.jsonl',
      'heldout12/ner/genres.spans.jsonl',
      'heldout13/ner/genres.spans.jsonl',
      'heldout14/ner/genres.spans.jsonl',
      'heldout15/ner/genres.spans.jsonl',
      'heldout16/ner/genres.spans.jsonl',
      'heldout17/ner/genres.spans.jsonl',
      'heldout2/ner/genres.spans.jsonl',
      'heldout3/ner/genres.spans.jsonl',
      'heldout30/ner/genres.spans.jsonl',
      'heldout32/ner/genres.spans.jsonl',
      'heldout33/ner/genres.spans.jsonl',
      'heldout35/ner/genres.spans.jsonl',
      'heldout4/ner/genres.spans.jsonl',
      'heldout5/ner/genres.spans.jsonl',
      'heldout7/ner/genres.spans.jsonl',
      'heldout8/ner/genres.spans.jsonl',
      'heldout9/ner/genres.spans.jsonl',
    ]);
    for (const file of files) {
      const ids = new Set<string>();
      for (const { id, text, spans } of linesOf(file)) {
        ids.add(id);
        let end = 0;
        for (const span of spans) {
          expect([id, span.start >= end && span.end > span.start && span.end <= text.length]).toEqual([id, true]);
          expect(['PERSON', 'ORGANIZATION', 'LOCATION']).toContain(span.type);
          expect([id, text.slice(span.start, span.end).trim()]).toEqual([id, text.slice(span.start, span.end)]);
          end = span.end;
        }
      }
      // the last eleven blind sets were written in a pass's first or last hour, 90 sentences each
      expect(ids.size).toBe(/heldout(?:[789]|1[0-7])\//.test(file) ? 90 : 120);
    }
  });

  it('have parentheticals whose parts are the text at their offsets', () => {
    for (const file of filesIn('parentheticals')) {
      for (const example of linesOf(file)) {
        const { id, text, paren } = example;
        expect([id, text[paren.start], text[paren.end - 1]]).toEqual([id, '(', ')']);
        for (const part of ['thai_term', 'english', 'acronym']) {
          const span = example[part];
          if (span) expect([id, part, text.slice(span.start, span.end)]).toEqual([id, part, span.text]);
        }
        // the shared conventions' names; the sets before heldout31 write every English-and-short-form example EN:ACR
        expect(['EN:ACR', 'EN,ACR', 'ACR:EN', 'EN', 'ACR', 'TH-ACR']).toContain(example.pattern);
      }
    }
  });

  it('have date expressions whose span is the sentence at their code-point offsets, with a value of the contract', () => {
    const files = filesIn('dates');
    expect(files.map((f) => path.relative(ROOT, f)).sort()).toEqual([
      'dev5/dates/dates-genres.jsonl',
      'heldout34/dates/dates-genres.jsonl',
      'heldout6/dates/dates-genres.jsonl',
    ]);
    const isoValue = /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|-W\d{2})?|T\d{2}:\d{2})$/;
    for (const file of files) {
      for (const { id, sentence, start, end, span, type, value } of linesOf(file)) {
        expect([id, Array.from(sentence).slice(start, end).join('')]).toEqual([id, span]);
        expect(['date', 'month', 'year', 'time', 'datetime', 'range', 'relative', 'fiscal']).toContain(type);
        const ends = typeof value === 'string' ? [value] : [value.start, value.end];
        for (const v of ends) expect([id, isoValue.test(v)]).toEqual([id, true]);
      }
    }
  });
});

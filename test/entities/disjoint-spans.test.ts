import fc from 'fast-check';
import { DisjointSpans, type Span } from '../../src/entities/disjoint-spans.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

describe('DisjointSpans', () => {
  test('adds a span only where it overlaps nothing, and keeps text order', () => {
    const spans = new DisjointSpans<Span & { name: string }>();
    expect(spans.addIfFree({ start: 10, end: 20, name: 'b' })).toBe(true);
    expect(spans.addIfFree({ start: 0, end: 5, name: 'a' })).toBe(true);
    expect(spans.addIfFree({ start: 4, end: 11, name: 'x' })).toBe(false);
    expect(spans.addIfFree({ start: 5, end: 10, name: 'between' })).toBe(true);
    expect(spans.addIfFree({ start: 19, end: 30, name: 'y' })).toBe(false);
    expect(spans.items.map((s) => s.name)).toEqual(['a', 'between', 'b']);
  });

  test('finds every span a stretch overlaps, in order', () => {
    const spans = new DisjointSpans<Span>();
    for (const [start, end] of [
      [0, 3],
      [3, 6],
      [8, 9],
      [12, 20],
    ])
      spans.addIfFree({ start, end });
    expect([...spans.overlapping({ start: 2, end: 9 })]).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 8, end: 9 },
    ]);
    expect([...spans.overlapping({ start: 6, end: 8 })]).toEqual([]);
    expect([...spans.overlapping({ start: 25, end: 30 })]).toEqual([]);
  });

  test('property: the same choices and answers as testing every span', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 10 }), (added, queries) => {
        const spans = new DisjointSpans<Span>();
        const naive: Span[] = [];
        for (const s of added) {
          const free = !naive.some((x) => overlaps(x, s));
          if (free) naive.push(s);
          expect(spans.addIfFree(s)).toBe(free);
        }
        const inOrder = [...naive].sort((a, b) => a.start - b.start || a.end - b.end);
        expect(spans.items).toEqual(inOrder);
        for (const q of queries) expect([...spans.overlapping(q)]).toEqual(inOrder.filter((x) => overlaps(x, q)));
      }),
    );
  });
});

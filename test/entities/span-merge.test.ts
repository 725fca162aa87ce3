import type { Candidate } from '../../src/entities/resolve.js';
import { SpanMerge } from '../../src/entities/span-merge.js';

const span = (start: number, end: number, label: Candidate['label'] = 'LOCATION'): Candidate => ({ start, end, label, source: 'model' });
const edges = (entities: Candidate[]) => entities.map((e) => [e.start, e.end, e.label]);

describe('SpanMerge', () => {
  it('gives what a span overlaps, puts a span in its place or drops it, and keeps the rest in order', () => {
    const merge = new SpanMerge([span(0, 3), span(5, 8), span(9, 12), span(20, 25)]);
    expect(edges([...merge.overlapping(4, 10)])).toEqual([
      [5, 8, 'LOCATION'],
      [9, 12, 'LOCATION'],
    ]);
    merge.replace(span(4, 12, 'PERSON'));
    expect(merge.overlapping(14, 16)).toEqual([]);
    merge.replace(span(14, 16, 'ORGANIZATION'));
    // a span left alone keeps what it overlapped
    expect(edges([...merge.overlapping(22, 30)])).toEqual([[20, 25, 'LOCATION']]);
    expect(edges(merge.finish())).toEqual([
      [0, 3, 'LOCATION'],
      [4, 12, 'PERSON'],
      [14, 16, 'ORGANIZATION'],
      [20, 25, 'LOCATION'],
    ]);
  });

  it('drops what a span overlapped when given none in its place', () => {
    const merge = new SpanMerge([span(0, 3), span(5, 8)]);
    merge.overlapping(5, 8);
    merge.replace(null);
    expect(edges(merge.finish())).toEqual([[0, 3, 'LOCATION']]);
  });
});

import fc from 'fast-check';
import { changedCandidate, newCandidate } from '../../src/entities/candidate.js';

const FIELDS = ['start', 'end', 'label', 'source', 'id', 'value'];

describe('newCandidate', () => {
  it('gives every field, in one order, id and value undefined unless given', () => {
    const c = newCandidate(3, 9, 'PERSON', 'pattern');
    expect(Object.keys(c)).toEqual(FIELDS);
    expect(c).toStrictEqual({ start: 3, end: 9, label: 'PERSON', source: 'pattern', id: undefined, value: undefined });
    const date = newCandidate(0, 10, 'DATE', 'dates', { start: '2024-03-01', end: '2024-03-01' });
    expect(Object.keys(date)).toEqual(FIELDS);
    expect(date.value).toEqual({ start: '2024-03-01', end: '2024-03-01' });
  });
});

describe('changedCandidate', () => {
  it('copies source, id and value, and takes the span and label given', () => {
    const c = newCandidate(3, 9, 'LOCATION', 'model');
    c.id = 'th-province:10';
    expect(changedCandidate(c, 4)).toStrictEqual({ start: 4, end: 9, label: 'LOCATION', source: 'model', id: 'th-province:10', value: undefined });
    expect(changedCandidate(c, 3, 12, 'ORGANIZATION')).toStrictEqual({
      start: 3,
      end: 12,
      label: 'ORGANIZATION',
      source: 'model',
      id: 'th-province:10',
      value: undefined,
    });
    expect(c.start).toBe(3);
  });

  it('keeps the fields of newCandidate in their order, whatever is changed', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.option(fc.nat(1000), { nil: undefined }), (start, end, newEnd) => {
        const copy = changedCandidate(newCandidate(start, end, 'PERSON', 'model'), undefined, newEnd);
        expect(Object.keys(copy)).toEqual(FIELDS);
        expect([copy.start, copy.end]).toEqual([start, newEnd ?? end]);
      }),
    );
  });
});

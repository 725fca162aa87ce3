import { bylineRoles } from '../../src/entities/byline-roles.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => bylineRoles(text, entities).map((e) => `${e.label}:${text.slice(e.start, e.end)}`);

describe('bylineRoles', () => {
  it('starts a person after the English role of a byline, and drops the role alone', () => {
    const text = 'Written by สมศรี ใจงาม\nPhoto Credit: ปกรณ์ แสงทอง\nRewriter วิไล ดีมาก\nPhoto';
    const entities = [
      at(text, 'Written by สมศรี ใจงาม', 'PERSON'),
      at(text, 'Photo Credit: ปกรณ์ แสงทอง', 'PERSON'),
      at(text, 'Rewriter วิไล ดีมาก', 'PERSON'),
      { ...at(text, 'Photo', 'PERSON'), start: text.lastIndexOf('Photo'), end: text.length },
    ];
    expect(found(text, entities)).toEqual(['PERSON:สมศรี ใจงาม', 'PERSON:ปกรณ์ แสงทอง', 'PERSON:วิไล ดีมาก']);
  });

  it('leaves a name that only opens with such letters, and other kinds', () => {
    const text = 'Storyteller Jane Doe และ Text Asia';
    expect(found(text, [at(text, 'Storyteller Jane Doe', 'PERSON'), at(text, 'Text Asia', 'ORGANIZATION')])).toEqual([
      'PERSON:Storyteller Jane Doe',
      'ORGANIZATION:Text Asia',
    ]);
  });
});

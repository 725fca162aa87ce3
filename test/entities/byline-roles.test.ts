import { bylineRoles } from '../../src/entities/byline-roles.js';
import { type Candidate, newCandidate } from '../../src/entities/candidate.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, bylineRoles(text, entities));

describe('bylineRoles', () => {
  it('starts a person after the English role of a byline, and drops the role alone', () => {
    const text = 'Written by สมศรี ใจงาม\nPhoto Credit: ปกรณ์ แสงทอง\nRewriter วิไล ดีมาก\nPhoto';
    const entities = [
      at(text, 'Written by สมศรี ใจงาม', 'PERSON'),
      at(text, 'Photo Credit: ปกรณ์ แสงทอง', 'PERSON'),
      at(text, 'Rewriter วิไล ดีมาก', 'PERSON'),
      newCandidate(text.lastIndexOf('Photo'), text.length, 'PERSON', 'model'),
    ];
    expect(found(text, entities)).toEqual(['PERSON:สมศรี ใจงาม', 'PERSON:ปกรณ์ แสงทอง', 'PERSON:วิไล ดีมาก']);
  });

  it('takes the role whatever its case, and Photo by', () => {
    const text = 'Photo by : สมศรี ใจงาม\nWritten By วิไล ดีมาก\nPhoto credit ปกรณ์ แสงทอง';
    const entities = [at(text, 'Photo by : สมศรี ใจงาม', 'PERSON'), at(text, 'Written By วิไล ดีมาก', 'PERSON'), at(text, 'Photo credit ปกรณ์ แสงทอง', 'PERSON')];
    expect(found(text, entities)).toEqual(['PERSON:สมศรี ใจงาม', 'PERSON:วิไล ดีมาก', 'PERSON:ปกรณ์ แสงทอง']);
  });

  it('leaves a name that only opens with such letters, and other kinds', () => {
    const text = 'Storyteller Jane Doe และ Text Asia';
    expect(found(text, [at(text, 'Storyteller Jane Doe', 'PERSON'), at(text, 'Text Asia', 'ORGANIZATION')])).toEqual([
      'PERSON:Storyteller Jane Doe',
      'ORGANIZATION:Text Asia',
    ]);
  });
});

import { namesAfterAt } from '../../src/entities/names-after-at.js';
import type { Candidate } from '../../src/entities/candidate.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, namesAfterAt(text, entities));

describe('namesAfterAt', () => {
  it('joins a place the model opened with ณ to the body right before it, a space between', () => {
    const text = 'ผู้แทนสถานกงสุลใหญ่ ณ นครซิดนีย์ เข้าร่วม';
    expect(found(text, [at(text, 'สถานกงสุลใหญ่', 'ORGANIZATION'), at(text, 'ณ นครซิดนีย์', 'LOCATION')])).toEqual(['ORGANIZATION:สถานกงสุลใหญ่ ณ นครซิดนีย์']);
  });

  it('starts a place, a building or a body after ณ, and drops a person ณ alone made one', () => {
    const text = 'จัดงาน ณ อิมแพ็ค อารีน่า ต่อด้วยพิธี ณ พระราชวังสราญรมย์ โดย ณ การท่องเที่ยวแห่งประเทศไทย';
    const entities = [at(text, 'ณ อิมแพ็ค อารีน่า', 'FACILITY'), at(text, 'ณ พระราชวังสราญรมย์', 'PERSON'), at(text, 'ณ การท่องเที่ยวแห่งประเทศไทย', 'ORGANIZATION')];
    expect(found(text, entities)).toEqual(['FACILITY:อิมแพ็ค อารีน่า', 'ORGANIZATION:การท่องเที่ยวแห่งประเทศไทย']);
  });

  it('keeps a name with ณ inside it, ณ glued to a word, and an entity that is ณ alone', () => {
    const text = 'นางสาวสุภาพร ณ อยุธยา ไปที่ณรงค์การช่าง และ ณ';
    const entities = [at(text, 'นางสาวสุภาพร ณ อยุธยา', 'PERSON'), at(text, 'ณรงค์การช่าง', 'ORGANIZATION')];
    expect(found(text, entities)).toEqual(['PERSON:นางสาวสุภาพร ณ อยุธยา', 'ORGANIZATION:ณรงค์การช่าง']);
  });
});

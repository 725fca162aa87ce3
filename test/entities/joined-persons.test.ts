import { splitJoinedPersons } from '../../src/entities/joined-persons.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const split = (text: string, part: string) => labelled(text, splitJoinedPersons(text, [at(text, part, 'PERSON')]));

describe('splitJoinedPersons', () => {
  it('splits people the model ran into one person before each everyday title after a given name and a surname', () => {
    const text = 'ได้แก่ นายวิลาศ คำดี นางสาวชมพู โสภา  นางเบญจา  เอกฉัตร และคณะ';
    expect(split(text, 'นายวิลาศ คำดี นางสาวชมพู โสภา  นางเบญจา  เอกฉัตร')).toEqual(['PERSON:นายวิลาศ คำดี', 'PERSON:นางสาวชมพู โสภา', 'PERSON:นางเบญจา  เอกฉัตร']);
  });

  it('splits after a person whose everyday title is a doctor’s', () => {
    const text = 'ดร.สมชาย ใจดี นายสมศักดิ์ รักดี กล่าว';
    expect(split(text, 'ดร.สมชาย ใจดี นายสมศักดิ์ รักดี')).toEqual(['PERSON:ดร.สมชาย ใจดี', 'PERSON:นายสมศักดิ์ รักดี']);
  });

  it('keeps a name whose later chunk is a rank, a doctor’s title or a surname’s particle, and one that opens with a rank', () => {
    for (const name of ['รองศาสตราจารย์ นายแพทย์ ชัยวัฒน์ บำรุงกิจ', 'นายอานนท์ สนิทวงศ์ ณ อยุธยา', 'นายกมล ศรีสุข นายกสมาคม ไทย', 'พลเอก สมชาย ใจดี นายสมศักดิ์ รักดี']) {
      expect(split(`${name} กล่าว`, name)).toEqual([`PERSON:${name}`]);
    }
  });
});

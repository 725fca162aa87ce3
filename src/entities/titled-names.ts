import { THAI_LETTERS } from '../thai/characters.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';
import { alternationOf } from '../text/alternation.js';
import { namesLatinLetters } from '../thai/latin-letter-names.js';
import { EVERYDAY_TITLES, NICKNAME_TITLES } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import type { Candidate } from './candidate.js';
import { titledNounOpening } from './titled-nouns.js';

/** A title, a given name and a surname, each name of Thai letters only, one space between. */
const TITLED_NAME = new RegExp(`^(?:${alternationOf(EVERYDAY_TITLES)})([${THAI_LETTERS}]{2,})[ \\u00A0]([${THAI_LETTERS}]{2,})$`, 'u');

/** A nickname's title glued to a short nickname, nothing else (`โค้ชโต่ย`, `จ่านิว`). */
const TITLED_NICKNAME = new RegExp(`^(?:${alternationOf(NICKNAME_TITLES)})([${THAI_LETTERS}]{2,6})$`, 'u');

/**
 * A title, a given name and a surname (`นายชาติชาย พยุหนาวีชัย`) the model called a body or a
 * place is a PERSON: no body's or place's name is written so. The model, reading a surname
 * that holds a body's word (`นาวี`, the navy) or standing before the body the person heads
 * (`… ผู้อำนวยการธนาคารออมสิน`), calls some such names ORGANIZATION. Not a noun that opens with a
 * title (`นายจ้าง`, `นางพยาบาล`), nor a common word after the title (`นาง|รอง`, a district). So is
 * a nickname's title glued to a nickname (`โค้ชโต่ย`, `จ่านิว`), as sport and protest news name
 * people (nicknames are words: `แมว`, `นิว`); not a word the title opens (`ป้าย`, a sign; `จ่าย`, to pay)
 * nor Latin letters' names (`บิ๊กซี`, a retailer's). `entities` is changed in place and returned.
 */
export function titledNames(text: string, entities: Candidate[]): Candidate[] {
  for (const e of entities) {
    if (e.source !== 'model' || !PLACE_AND_BODY_LABELS.has(e.label) || e.end - e.start > 60) continue;
    const name = text.slice(e.start, e.end);
    const found = TITLED_NAME.exec(name);
    if (found && !titledNounOpening(name) && dictionaryClasses().get(found[1]) !== 'std') e.label = 'PERSON';
    const nickname = TITLED_NICKNAME.exec(name)?.[1];
    if (nickname !== undefined && !namesLatinLetters(nickname) && !opensWithLongerWord(name, nickname)) e.label = 'PERSON';
  }
  return entities;
}

/** Whether `name` opens with a word of the dictionary longer than its title (`ป้าย` of `ป้า|ยโฆษณา`). */
function opensWithLongerWord(name: string, nickname: string): boolean {
  for (let end = name.length; end > name.length - nickname.length; end--) if (dictionaryClasses().get(name.slice(0, end)) === 'std') return true;
  return false;
}

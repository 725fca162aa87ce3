import { INTERNATIONAL_BODIES } from '../thai/international-bodies.js';
import { pronunciationStart } from './acronym-transliteration.js';
import { beforeSpaces } from './characters.js';
import type { ParentheticalMatch } from './extract.js';

/** Thai script only: no Latin letter, digit or bracket. */
const THAI_NAME = /^[\u0E01-\u0E4E \u00A0-]+$/u;

interface BodyReadings {
  /** Each reading, with the body's other Thai names, longest first. */
  names: Map<string, readonly string[]>;
  /** Each of those names, with the reading it has. */
  reading: Map<string, string>;
}

let tables: BodyReadings | null = null;

/**
 * The Thai readings of international bodies' short forms said as a word (`อาเซียน`, ASEAN;
 * `นาโต`, NATO; `ยูเนสโก`, UNESCO), from the names src/thai/international-bodies.ts gives them:
 * a Thai name whose every consonant stands for a letter of the body's short form in order. Not
 * a translated or informal name (`ศาลโลก`, `เวิลด์แบงก์`).
 */
function bodyReadings(): BodyReadings {
  if (tables) return tables;
  tables = { names: new Map(), reading: new Map() };
  const readsShortForm = (name: string, shortForm: string): boolean => pronunciationStart(name, name.length, shortForm, (at) => at === 0) === 0;
  for (const body of INTERNATIONAL_BODIES) {
    const thai = body.names.filter((name) => THAI_NAME.test(name));
    for (const reading of thai) {
      if (!readsShortForm(reading, body.id)) continue;
      const names = thai.filter((name) => name.length > reading.length && !readsShortForm(name, body.id)).sort((a, b) => b.length - a.length);
      if (!names.length) continue;
      tables.names.set(reading, names);
      for (const name of names) if (!tables.reading.has(name)) tables.reading.set(name, reading);
    }
  }
  return tables;
}

/**
 * An international body's short form said as a word and written in Thai, in parentheses after
 * the body's Thai name (`กลุ่มประเทศผู้ส่งออกน้ำมัน (โอเปก)`, TH-ACR), or the name in parentheses
 * after the short form (`นาโต (องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ)`, ACR-TH). Thai short forms
 * of initials and letters spelt out are found elsewhere; these read no Thai initials.
 */
export function bodyReadingMatch(text: string, open: number, close: number): ParentheticalMatch | null {
  const inner = text.slice(open + 1, close);
  const start = open + 1 + (inner.length - inner.trimStart().length);
  const written = inner.trim();
  const inside: [number, number] = [start, start + written.length];
  const end = beforeSpaces(text, open);
  const { names, reading: readingOf } = bodyReadings();
  const fullNames = names.get(written);
  if (fullNames) {
    const name = fullNames.find((n) => end >= n.length && text.startsWith(n, end - n.length));
    return name ? { paren: [open, close + 1], pattern: 'TH-ACR', thai: [end - name.length, end], acronym: inside } : null;
  }
  const reading = readingOf.get(written);
  if (reading && end >= reading.length && text.startsWith(reading, end - reading.length)) {
    return { paren: [open, close + 1], pattern: 'ACR-TH', thai: inside, acronym: [end - reading.length, end] };
  }
  return null;
}

import { LexiconMatcher } from '../../src/entities/lexicon-matcher.js';
import type { Unit } from '../../src/entities/units.js';

/** Units of `text` cut at `|`, with their offsets in the text without the bars. */
function unitsOf(cut: string): { text: string; units: Unit[] } {
  const units: Unit[] = [];
  let at = 0;
  for (const piece of cut.split('|')) {
    units.push({ start: at, end: at + piece.length, text: piece, token: units.length, position: 'S' });
    at += piece.length;
  }
  return { text: cut.replaceAll('|', ''), units };
}

const hitNames = (lexicon: LexiconMatcher, found: number[]): string[] => {
  const names: string[] = [];
  for (let k = 0; k < found.length; k += 2) names.push(`${found[k]} ${lexicon.hitName(found[k + 1])}`);
  return names;
};

function sample(): LexiconMatcher {
  const lexicon = new LexiconMatcher();
  lexicon.add('นาย', 'title');
  lexicon.add('กรุงเทพมหานคร', 'province');
  lexicon.add('กรุงเทพ', 'province');
  lexicon.add('ASEAN', 'orgshort');
  return lexicon;
}

test('a name reports its first, inner and last units; one ending inside a unit only a prefix hit', () => {
  const lexicon = sample();
  const { text, units } = unitsOf('นายสมชาย| |ไป|กรุงเทพ|มหานคร| |asean');
  expect(hitNames(lexicon, lexicon.match(text, units))).toEqual([
    '0 lp=title',
    '3 lx=province-B',
    '4 lx=province-I',
    '4 lx=province-L',
    '6 lx=orgshort-B',
    '6 lx=orgshort-L',
  ]);
});

test('its bytes read back into a matcher that finds the same hits with the same categories', () => {
  const lexicon = sample();
  const copy = LexiconMatcher.fromBytes(lexicon.toBytes());
  const { text, units } = unitsOf('นาย|กรุงเทพ|มหานคร|ASEAN|กรุงเทพ');
  expect(copy.match(text, units)).toEqual(lexicon.match(text, units));
  expect(copy.categoryCount).toBe(3);
  expect([0, 1, 2].map((c) => copy.categoryName(c))).toEqual(['title', 'province', 'orgshort']);
  // and it can grow like the one it came from
  copy.add('มหานคร', 'province');
  expect(hitNames(copy, copy.match('มหานคร', unitsOf('มหานคร').units))).toEqual(['0 lx=province-B', '0 lx=province-L']);
});

test('bytes written by code that hashed the trie otherwise are refused', () => {
  const bytes = sample().toBytes();
  const header = new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true)));
  const hashing = /"hashing":(\d+)/u.exec(header)![1];
  // the same number of digits, another value: the layout stays readable, only the hashing differs
  const other = String((Number(hashing[0]) % 9) + 1) + hashing.slice(1);
  const tampered = new Uint8Array(bytes);
  tampered.set(new TextEncoder().encode(header.replace(`"hashing":${hashing}`, `"hashing":${other}`)), 8);
  expect(() => LexiconMatcher.fromBytes(tampered)).toThrow(/another hashing/u);
});

test('bytes of another layout are refused', () => {
  expect(() => LexiconMatcher.fromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a cached lexicon/u);
  const bytes = sample().toBytes();
  expect(() => LexiconMatcher.fromBytes(bytes.subarray(0, bytes.length - 2))).toThrow(/wrong length/u);
});

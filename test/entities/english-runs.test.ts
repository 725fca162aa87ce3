import { readFileSync } from 'node:fs';
import {
  compromiseLoaded,
  ENGLISH_RUNS_FILE,
  type EnglishRunsFile,
  findEnglishEntities,
  installedCompromiseVersion,
  readEnglishRuns,
} from '../../src/entities/english-entities.js';

const table = JSON.parse(readFileSync(ENGLISH_RUNS_FILE, 'utf8')) as EnglishRunsFile;
const named = (text: string) => findEnglishEntities(text).map((e) => [text.slice(e.start, e.end), e.label]);

// One file of its own: the module's state (compromise loaded or not) is this file's alone.
describe('the table of runs government news writes most', () => {
  it('reads a document whose Latin runs are all in the table without loading compromise', () => {
    const text = 'ผู้แทนองค์การอนามัยโลก (World Health Organization) หารือกับ Google และ Facebook ที่ Bangkok ในกรอบ ASEAN';
    expect(named(text)).toEqual([
      ['World Health Organization', 'ORGANIZATION'],
      ['Google', 'ORGANIZATION'],
      ['Facebook', 'ORGANIZATION'],
      ['Bangkok', 'LOCATION'],
    ]);
    expect(compromiseLoaded()).toBe(false);
    // a run the table does not hold is compromise's to read
    const rare = 'ผู้สื่อข่าวสัมภาษณ์ Joe Biden ที่ทำเนียบขาว';
    expect(table.runs['Joe Biden']).toBeUndefined();
    expect(named(rare)).toEqual([['Joe Biden', 'PERSON']]);
    expect(compromiseLoaded()).toBe(true);
  });

  it('holds what the installed compromise finds in each run', () => {
    expect(table.compromise).toBe(installedCompromiseVersion());
    const runs = Object.keys(table.runs);
    // every 23rd run and every run with a name: compromise reads them as the table says
    const sample = runs.filter((run, i) => i % 23 === 0 || table.runs[run].length > 0);
    expect(sample.length).toBeGreaterThan(500);
    const read = readEnglishRuns(sample);
    expect(sample.map((run, i) => [run, read[i].map((e) => [e.start, e.end, e.label])])).toEqual(sample.map((run) => [run, table.runs[run]]));
  });
});

import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { CodePointIndex } from '../../src/core/code-points.js';
import { FeatureExtractor } from '../../src/entities/feature-extractor.js';
import { Gazetteer } from '../../src/entities/gazetteer.js';
import { spansFromTags } from '../../src/entities/labels.js';
import { loadSequenceModel } from '../../src/entities/model-loader.js';
import { findPatternEntities } from '../../src/entities/patterns.js';
import { runsOf } from '../../src/entities/recognizer.js';
import { toUnits } from '../../src/entities/units.js';
import { UnitTagger } from '../../src/entities/unit-tagger.js';
import { segment } from '../../src/segmenter/index.js';

// The tagger sums weights per word type and role instead of looking up every feature of every
// unit: it must decode exactly what the model gives for the features the trainer sees.
const gazetteer = Gazetteer.load();
const model = loadSequenceModel();
const extractor = new FeatureExtractor(gazetteer);
const tagger = new UnitTagger(model, extractor);
// a table that forgets its word types every few runs, so that starting afresh is exercised
const forgetful = new FeatureExtractor(gazetteer, { typeLimit: 8 });
const forgetfulTagger = new UnitTagger(model, forgetful);

function compare(text: string): void {
  const index = new CodePointIndex(text);
  const patterns = findPatternEntities(text);
  for (const run of runsOf(toUnits(text, segment(text), (cp) => index.toUtf16(cp)))) {
    const expected = spansFromTags(model.tags, model.tag(extractor.features(text, run, patterns)));
    expect(tagger.tag(text, run, patterns)).toEqual(expected);
    expect(forgetfulTagger.tag(text, run, patterns)).toEqual(expected);
  }
}

describe('UnitTagger', () => {
  it('tags as the model does from the full feature lists, on sentences of our own', () => {
    for (const text of [
      'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ เดินทางไปกรุงเทพฯ เมื่อวันที่ 3 ม.ค. 2566 เวลา 10.30 น.',
      'บริษัท ไทยรุ่งเรือง จำกัด (มหาชน) มีกำไร 1,250 ล้านบาท เพิ่มขึ้นร้อยละ 12.5 ติดต่อ 02-123-4567',
      '😂 ผศ.ดร.วิไลวรรณ ศรีสุข\nจากมหาวิทยาลัยขอนแก่น  ASEAN-US  www.example.ac.th',
    ]) {
      compare(text);
    }
  });

  it('property: tags as the model does on any text', () => {
    const pieces = ['นาย', 'สมชาย', ' ', 'จ.', 'น่าน', 'กรุง', 'เทพฯ', '12', '%', 'บาท', 'www.', '.', 'John', 'US', '😀', '\n', '\u200b', '-', 'ประเทศ', 'ไทย', '_'];
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(fc.property(text, compare), { numRuns: 300 });
  });

  const corpus = '../shared/corpora/ner/thainer15-dev.spans.jsonl';
  (existsSync(corpus) ? it : it.skip)('tags as the model does on 300 ThaiNER sentences', () => {
    const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, 300);
    for (const line of lines) compare(JSON.parse(line).text);
  });
});

import { readFileSync } from 'node:fs';
import { hashFeature, hashParts } from '../../src/entities/feature-hash.js';
import { TAGS, allowedTransitions, spansFromTags } from '../../src/entities/labels.js';
import { decodeModel } from '../../src/entities/model-file.js';
import { encodeModel } from '../../scripts/lib/encode-ner-model.js';
import { shippedModelPath } from '../../src/entities/model-loader.js';
import { trainPerceptron, type TrainingSentence } from '../../scripts/lib/perceptron-trainer.js';
import { SequenceModel } from '../../src/entities/sequence-model.js';
import { segmenterFingerprint } from '../../scripts/lib/segmenter-fingerprint.js';

const METADATA = {
  format: 'thai-extract/ner-model@1' as const,
  featuresVersion: 1,
  segmenter: 'test',
  training: { sentences: 0, segmentations: [], epochs: 5, seed: 7, minFeatureCount: 1, corpus: 'made up in the test' },
  attribution: 'none',
};

/** Tiny data: a title word starts a PERSON, the next word continues it. */
function toyData(): TrainingSentence[] {
  const w = (word: string) => [hashFeature('b'), hashParts('w=', word)];
  const [O, BP, IP] = [TAGS.indexOf('O'), TAGS.indexOf('B-PERSON'), TAGS.indexOf('I-PERSON')];
  return [
    { features: [w('ไป'), w('นาย'), w('ก'), w('ไป')], tags: [O, BP, IP, O] },
    { features: [w('นาย'), w('ข'), w('กิน')], tags: [BP, IP, O] },
    { features: [w('กิน'), w('ข้าว')], tags: [O, O] },
  ];
}

describe('NER model', () => {
  it('hashes feature parts as the joined string', () => {
    expect(hashParts('w-1w=', 'นาย', 'สมชาย')).toBe(hashFeature('w-1w=นาย|สมชาย'));
    expect(hashParts('s=', 'a', 'b', 'c')).toBe(hashFeature('s=a|b|c'));
  });

  it('trains reproducibly: same data and seed, same bytes', () => {
    const options = { epochs: 5, seed: 7, minFeatureCount: 1, pruneBelow: 0 };
    const a = encodeModel(trainPerceptron(toyData(), TAGS, options, METADATA));
    const b = encodeModel(trainPerceptron(toyData(), TAGS, options, METADATA));
    expect(Buffer.from(a).equals(b)).toBe(true);
    const model = new SequenceModel(decodeModel(a));
    const tags = model.tag([
      [hashFeature('b'), hashParts('w=', 'นาย')],
      [hashFeature('b'), hashParts('w=', 'ก')],
      [hashFeature('b'), hashParts('w=', 'กิน')],
    ]);
    expect(spansFromTags(model.tags, tags)).toEqual([{ start: 0, end: 2, label: 'PERSON' }]);
  });

  it('trains with a margin and a cost of missed entities: gold must win by them, so the title word leans further towards B-PERSON', () => {
    const gap = (margin: number, missCost: number): number => {
      const options = { epochs: 5, seed: 7, minFeatureCount: 1, pruneBelow: 0, margin, missCost };
      const model = new SequenceModel(decodeModel(encodeModel(trainPerceptron(toyData(), TAGS, options, METADATA))));
      const scores = new Float64Array(TAGS.length);
      model.addFeature(hashParts('w=', 'นาย'), scores, 0);
      expect(
        spansFromTags(
          model.tags,
          model.tag([
            [hashFeature('b'), hashParts('w=', 'นาย')],
            [hashFeature('b'), hashParts('w=', 'ก')],
          ]),
        ),
      ).toEqual([{ start: 0, end: 2, label: 'PERSON' }]);
      return scores[TAGS.indexOf('B-PERSON')] - scores[TAGS.indexOf('O')];
    };
    expect(gap(2, 0)).toBeGreaterThan(gap(0, 0));
    // a missed entity's cost of 3 outweighs the first update (B-PERSON +2 over O): corrected again
    expect(gap(0, 3)).toBeGreaterThan(gap(0, 0));
  });

  it('never lets I-X follow anything but B-X or I-X', () => {
    const allowed = allowedTransitions(TAGS);
    const n = TAGS.length;
    expect(allowed[TAGS.indexOf('B-DATE') * n + TAGS.indexOf('I-DATE')]).toBe(1);
    expect(allowed[TAGS.indexOf('O') * n + TAGS.indexOf('I-DATE')]).toBe(0);
    expect(allowed[TAGS.indexOf('B-TIME') * n + TAGS.indexOf('I-DATE')]).toBe(0);
    expect(allowed[n * n + TAGS.indexOf('I-DATE')]).toBe(0);
  });

  // Its load time is measured by `npm run bench` (scripts/bench-ner.ts), not asserted here.
  it('loads the shipped model with its tags and attribution', () => {
    const model = new SequenceModel(decodeModel(readFileSync(shippedModelPath())));
    expect(model.tags).toEqual(TAGS);
    expect(model.metadata.attribution).toMatch(/ThaiNER.*CC BY 3\.0/);
  });

  it('was trained on the current segmenter (else: npm run train:ner)', () => {
    const model = new SequenceModel(decodeModel(readFileSync(shippedModelPath())));
    expect(model.metadata.segmenter).toBe(segmenterFingerprint());
  });
});

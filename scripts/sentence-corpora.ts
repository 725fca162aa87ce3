// The sentence-boundary corpora as paragraphs: consecutive gold sentences joined by a space,
// so the sentence ends inside a paragraph are known. Shared by train-sentences.ts and
// eval-sentences.ts. Read from ../shared/corpora, never copied into the project.
//   ThaiNER 1.5 (CC BY 3.0): one news sentence a line, in article order.
//   UD Thai-TUD (CC BY-SA 4.0): one sentence a line, words separated by `|`.
import { readFileSync } from 'node:fs';
import { CodePointIndex } from '../src/core/code-points.js';
import type { Token } from '../src/document/types.js';
import { segment } from '../src/segmenter/index.js';
import { findParagraphs, type Paragraph } from '../src/sentences/paragraphs.js';
export { seededRandom } from '../src/seeded-random.js';

export type CorpusName = 'thainer' | 'ud';

export interface Sample {
  corpus: CorpusName;
  /** Cross-validation fold, from the block of lines the paragraph comes from. */
  fold: number;
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  /** Code point offsets where a gold sentence ends inside the text (the text's end excluded). */
  gold: Set<number>;
}

export const FOLDS = 5;
/** Lines per block: a block (about one article in ThaiNER) lies in a single fold. */
const BLOCK_LINES: Record<CorpusName, number> = { thainer: 30, ud: 25 };
export const CORPUS_FILES: Record<CorpusName, string> = {
  thainer: '../shared/corpora/ner/thainer15-dev.spans.jsonl',
  ud: '../shared/corpora/segmentation/ud-thai-tud-dev.gold.label',
};

function readSentences(corpus: CorpusName): string[] {
  const lines = readFileSync(CORPUS_FILES[corpus], 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const texts = corpus === 'thainer' ? lines.map((line) => (JSON.parse(line) as { text: string }).text) : lines.map((line) => line.replaceAll('|', ''));
  return texts.map((text) => text.replace(/\s+/gu, ' ').trim()).filter((text) => text !== '');
}

/**
 * Paragraphs of `linesPerParagraph` sentences each (or, given `random`, of 1 to 8 drawn from
 * it: training sees paragraphs of every length), never across a block.
 */
export function loadSamples(corpus: CorpusName, linesPerParagraph: number, random?: () => number): Sample[] {
  const sentences = readSentences(corpus);
  const block = BLOCK_LINES[corpus];
  const samples: Sample[] = [];
  for (let b = 0; b * block < sentences.length; b++) {
    const lines = sentences.slice(b * block, (b + 1) * block);
    for (let i = 0; i < lines.length; ) {
      const n = random ? 1 + Math.floor(random() * 8) : linesPerParagraph;
      samples.push(sampleOf(corpus, b % FOLDS, lines.slice(i, i + n)));
      i += n;
    }
  }
  return samples;
}

function sampleOf(corpus: CorpusName, fold: number, group: string[]): Sample {
  const gold = new Set<number>();
  let length = 0;
  group.forEach((sentence, k) => {
    length += [...sentence].length;
    if (k < group.length - 1) gold.add(length);
    length += 1;
  });
  const text = group.join(' ');
  const tokens = segment(text);
  return { corpus, fold, text, tokens, paragraphs: findParagraphs(tokens, new CodePointIndex(text)), gold };
}

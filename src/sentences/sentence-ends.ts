import type { GapContext } from './boundary-features.js';
import { introductoryWords, sentenceOpeners } from './cue-lists.js';
import type { Paragraph } from './paragraphs.js';

/** Says whether the gap after chunk `index` ends a sentence. */
export type GapDecision = (context: GapContext, index: number) => boolean;

/**
 * The indexes of the chunks that end a sentence inside one paragraph (its last chunk is left
 * out: it always ends one). Left to right, so the sentence so far is known at every gap; one
 * pass. Gaps inside matched brackets or quotes never end a sentence and are not asked about.
 */
export function findSentenceEnds(paragraph: Paragraph, decide: GapDecision): number[] {
  const { chunks, gaps } = paragraph;
  const ends: number[] = [];
  let remaining = 0;
  for (const chunk of chunks) remaining += chunk.end - chunk.start;
  let sentenceLength = 0;
  let sentenceFirst = 0;
  let openedWithIntroduction = beginsWithIntroduction(chunks[0].text);
  for (let i = 0; i < gaps.length; i++) {
    const left = chunks[i];
    const length = left.end - left.start;
    sentenceLength += length;
    remaining -= length;
    if (gaps[i].insideBrackets || gaps[i].insideQuotes) continue;
    const context: GapContext = {
      left,
      right: chunks[i + 1],
      // Reading past an array's end is slow in V8: check the bounds.
      beforeLeft: i > 0 ? chunks[i - 1] : undefined,
      afterRight: i + 2 < chunks.length ? chunks[i + 2] : undefined,
      gap: gaps[i],
      sentenceLength,
      sentenceChunks: i + 1 - sentenceFirst,
      remaining,
      openedWithIntroduction,
      afterIntroduction: i === sentenceFirst && openedWithIntroduction,
    };
    if (decide(context, i)) {
      ends.push(i);
      sentenceLength = 0;
      sentenceFirst = i + 1;
      openedWithIntroduction = beginsWithIntroduction(chunks[i + 1].text);
    }
  }
  return ends;
}

function beginsWithIntroduction(text: string): boolean {
  return (sentenceOpeners.prefixOf(text)?.weight ?? 0) > 0 || introductoryWords.prefixOf(text) !== undefined;
}

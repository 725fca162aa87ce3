import { isThaiLetter } from '../thai/characters.js';
import { markClusterBoundaries } from './thai-clusters.js';

/**
 * Word costs for the path search: a unigram model, cost = -ln p(word). Counts come from
 * hand-segmented text (data/gold-word-counts.tsv); every dictionary word gets `smoothing`
 * extra counts, so unseen words are possible but dearer than seen ones, and a dictionary word
 * the annotators usually split (a compound such as ความรัก -> ความ|รัก) pays `splitPenalty`.
 * A dictionary word of a single character cluster that the gold never has (ซี, บอ, ลิ) is left
 * out: such syllables are far more often pieces of names and loanwords, which then stay whole
 * as one unknown word. Users' words cost `userCost`, cheaper than any other path, so they win.
 */
export interface CostModel {
  smoothing: number;
  splitPenalty: number;
  userCost: number;
  unknownCost: number;
  /** Words the gold has this many times become words even when the dictionary lacks them. */
  minGoldCount: number;
}

export const DEFAULT_COST_MODEL: CostModel = { smoothing: 0.5, splitPenalty: 6, userCost: 0, unknownCost: 20, minGoldCount: 2 };

export interface WordCounts {
  /** Times the word is a gold word. */
  whole: number;
  /** Times its letters occur between gold boundaries with more boundaries inside. */
  split: number;
}

/** Parses the `word<TAB>whole<TAB>split` lines of the derived counts. */
export function parseWordCounts(data: string): Map<string, WordCounts> {
  const counts = new Map<string, WordCounts>();
  for (const line of data.split('\n')) {
    const [word, whole, split] = line.split('\t');
    if (word && whole !== undefined) counts.set(word, { whole: Number(whole), split: Number(split ?? 0) });
  }
  return counts;
}

/** Whether the word is made of Thai letters only (what the path search can match). */
export function isThaiWord(word: string): boolean {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) if (!isThaiLetter(word.charCodeAt(i))) return false;
  return true;
}

/** The cost of every Thai dictionary word and user word. */
export function wordCosts(
  dictionary: readonly string[],
  counts: ReadonlyMap<string, WordCounts>,
  userWords: readonly string[],
  model: CostModel,
): Map<string, number> {
  const words = new Set<string>();
  for (const w of dictionary) if (isThaiWord(w) && (counts.get(w)?.whole || !isOneCluster(w))) words.add(w);
  for (const [w, c] of counts) if (c.whole >= model.minGoldCount && isThaiWord(w)) words.add(w);
  let total = 0;
  for (const w of words) total += (counts.get(w)?.whole ?? 0) + model.smoothing;
  const costs = new Map<string, number>();
  for (const w of words) {
    const c = counts.get(w);
    const whole = c?.whole ?? 0;
    let cost = -Math.log((whole + model.smoothing) / total);
    if (c && c.split > whole) cost += model.splitPenalty;
    costs.set(w, cost);
  }
  for (const w of userWords) if (isThaiWord(w)) costs.set(w, model.userCost);
  return costs;
}

const clusterMarks = new Uint8Array(64);

function isOneCluster(word: string): boolean {
  if (word.length >= clusterMarks.length) return false;
  markClusterBoundaries(word, 0, word.length, clusterMarks);
  for (let i = 1; i < word.length; i++) if (clusterMarks[i]) return false;
  return true;
}

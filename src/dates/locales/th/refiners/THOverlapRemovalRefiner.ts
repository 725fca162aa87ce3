/**
 * Where two readings overlap, the longer one stays (`1 มีนาคม 2562` over `มีนาคม 2562`); on a tie
 * the one that starts first. Results arrive sorted by position.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export default class THOverlapRemovalRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept[kept.length - 1];
      if (!previous || result.index >= previous.index + previous.text.length) kept.push(result);
      else if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
    }
    return kept;
  }
}

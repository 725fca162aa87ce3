/**
 * Numbers inside web addresses are not dates (`/news/7431-11-07-61`, `technology-2561`).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Bounded so that one address costs at most its own length. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s"'<>]{1,2000}/g;

export default class THUrlFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const addresses = Array.from(context.text.matchAll(WEB_ADDRESS), (m) => [m.index!, m.index! + m[0].length] as const);
    if (addresses.length === 0) return results;
    // Results and addresses both run left to right: one sweep keeps this linear.
    let next = 0;
    return results.filter((result) => {
      const end = result.index + result.text.length;
      while (next < addresses.length && addresses[next][1] <= result.index) next++;
      return !(next < addresses.length && addresses[next][0] < end);
    });
  }
}

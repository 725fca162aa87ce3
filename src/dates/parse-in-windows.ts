/**
 * chrono's `parse`, with each parser searching only the windows its anchors allow (`anchors.ts`).
 *
 * chrono runs a parser by searching its pattern in the text after the last match: after the
 * match's end when the parser made a result of it, one character after the match's start when
 * it did not. Here the loop is the same and so is each search's subject, which starts where
 * chrono's does (look-behinds and `^` see what they would), except that the search starts at
 * the next window and the subject ends with it. A match lies inside a window, look-aheads and
 * all, whenever the parser's anchors are declared truly; so every search finds what chrono's
 * finds, and the results, the refiners' input, are the same.
 */
import type { Chrono, Parser, ParsingContext } from 'chrono-node';
import { ParsingComponents, ParsingResult, ReferenceWithTimezone } from 'chrono-node/en';
import { AnchorScanner, anchorWindows, type AnchoredParser, type TextWindow } from './anchors.js';

type Components = Parameters<ParsingContext['createParsingComponents']>[0];

/**
 * chrono's ParsingContext, field for field and method for method. chrono-node exports it only
 * from its main module, which loads all of its fifteen locales (267 modules: most of this
 * package's start-up); its English locale, all the Thai one builds on, is 47.
 */
class DateParsingContext implements ParsingContext {
  readonly text: string;
  readonly option = {};
  readonly reference: ReferenceWithTimezone;
  readonly refDate: Date;

  constructor(text: string, refDate: Date) {
    this.text = text;
    this.reference = ReferenceWithTimezone.fromInput(refDate);
    this.refDate = this.reference.instant;
  }

  createParsingComponents(components?: Components): ParsingComponents {
    return components instanceof ParsingComponents ? components : new ParsingComponents(this.reference, components);
  }

  createParsingResult(index: number, textOrEndIndex: number | string, startComponents?: Components, endComponents?: Components): ParsingResult {
    const text = typeof textOrEndIndex === 'string' ? textOrEndIndex : this.text.substring(index, textOrEndIndex);
    // chrono passes null for a missing end, which its results keep.
    const start = startComponents ? this.createParsingComponents(startComponents) : null;
    const end = endComponents ? this.createParsingComponents(endComponents) : null;
    return new ParsingResult(this.reference, index, text, start as ParsingComponents, end as ParsingComponents);
  }

  debug(): void {}
}

/** Each parser's pattern, made global so that a search can begin inside its subject. */
const searchPatterns = new WeakMap<RegExp, RegExp>();

function searchPatternOf(pattern: RegExp): RegExp {
  let search = searchPatterns.get(pattern);
  if (!search) {
    search = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
    searchPatterns.set(pattern, search);
  }
  return search;
}

/** Text order of results (a function of the module, not an arrow made per document). */
function byIndex(a: ParsingResult, b: ParsingResult): number {
  return a.index - b.index;
}

/** The results of one parser, as chrono's executeParser gives them. */
function executeInWindows(context: ParsingContext, parser: Parser, windows: readonly TextWindow[]): ParsingResult[] {
  const results: ParsingResult[] = [];
  const search = searchPatternOf(parser.pattern(context));
  const text = context.text;
  // chrono's remaining text starts here.
  let from = 0;
  let w = 0;
  while (w < windows.length) {
    const window = windows[w];
    if (window.end <= from) {
      w++;
      continue;
    }
    search.lastIndex = Math.max(0, window.start - from);
    const match = search.exec(text.substring(from, window.end));
    if (!match) {
      w++;
      continue;
    }
    match.index += from;
    const result = parser.extract(context, match);
    if (!result) {
      // A parser may move match.index (chrono's word-boundary parsers skip their left boundary).
      from = match.index + 1;
      continue;
    }
    let parsed: ParsingResult;
    if (result instanceof ParsingResult) {
      parsed = result;
    } else if (result instanceof ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else {
      parsed = context.createParsingResult(match.index, match[0], result);
    }
    results.push(parsed);
    from = parsed.index + parsed.text.length;
  }
  return results;
}

/** A chrono instance whose parsers search only near their anchors. Build it once and reuse it. */
export class WindowedChrono {
  private readonly chrono: Chrono;
  private readonly scanner: AnchorScanner;

  constructor(chrono: Chrono) {
    this.chrono = chrono;
    this.scanner = new AnchorScanner(chrono.parsers.flatMap((parser) => (parser as AnchoredParser).anchors ?? []));
  }

  /** What `chrono.parse(text, reference)` returns. */
  parse(text: string, reference: Date): ParsingResult[] {
    const context = new DateParsingContext(text, reference);
    const anchors = this.scanner.scan(text);
    const whole: TextWindow[] = [{ start: 0, end: text.length }];
    // Parsers that declare the same anchors and reach share their windows.
    const windowsByReach = new Map<string, TextWindow[]>();
    let results: ParsingResult[] = [];
    for (const parser of this.chrono.parsers) {
      const declared = (parser as AnchoredParser).anchors;
      let windows = whole;
      if (declared) {
        const mask = this.scanner.maskOf(declared);
        const key = `${mask} ${declared.before} ${declared.after}`;
        windows = windowsByReach.get(key) ?? anchorWindows(anchors, mask, declared.before, declared.after);
        windowsByReach.set(key, windows);
      }
      results = results.concat(executeInWindows(context, parser, windows));
    }
    results.sort(byIndex);
    for (const refiner of this.chrono.refiners) results = refiner.refine(context, results);
    return results;
  }
}

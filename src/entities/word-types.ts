/**
 * Word types: each distinct unit text is analysed once (its feature word, shape, dictionary
 * class) and known afterwards by a small integer, so that tagging a run looks up integers
 * and never rebuilds strings. The table is shared by every run of a process; when it holds
 * more than `limit` types it starts afresh between runs, which bounds its memory on endless
 * streams of new words (numbers, URLs, names).
 */

const SPACE = /^[\s\uFEFF\u200B]+$/u;
const THAI = /^[\u0E01-\u0E4F\u0E5A\u0E5B]/u;
const DIGITS = /^[0-9\u0E50-\u0E59]/u;
const LATIN = /^\p{Script=Latin}/u;
const CAPITAL = /^\p{Lu}/u;

/** The type of the place before a run's first unit and after its last. */
export const RUN_START = 0;
export const RUN_END = 1;

/** The unit's text as a feature value: whitespace of any kind is one `_`, Latin lower-cased. */
export function wordOf(text: string): string {
  return SPACE.test(text) ? '_' : text.toLowerCase();
}

/** A run of digits in a shape: 9 per digit, 9+ for more than four (a function of the module, not an arrow made per call). */
function digitRunShape(run: string): string {
  return run.length > 4 ? '9+' : '9'.repeat(run.length);
}

/** A coarse picture of the unit: script, capitalisation, digit pattern, final full stop, length. */
function shapeOf(text: string): string {
  if (SPACE.test(text)) return '_';
  const stop = text.endsWith('.') ? '.' : '';
  if (THAI.test(text)) return `th${stop}${Math.min([...text].length, 7)}`;
  if (DIGITS.test(text)) return 'd' + text.replace(/[0-9\u0E50-\u0E59]+/gu, digitRunShape);
  if (LATIN.test(text)) {
    const caps = text === text.toUpperCase() ? 'A' : CAPITAL.test(text) ? 'Aa' : 'a';
    return `lat${caps}${stop}${Math.min(text.length, 5)}`;
  }
  return `p${text}`;
}

export class WordTypes {
  /** Feature word of each type (`_` for whitespace, `<s>` / `</s>` for the run edges). */
  readonly word: string[] = [];
  readonly shape: string[] = [];
  /** Dictionary class of the text as written and of the feature word ('' unless Thai). */
  readonly textClass: string[] = [];
  readonly wordClass: string[] = [];
  /** The word's cluster path ('' for a word the clusters do not know; the word itself at the run edges). */
  readonly cluster: string[] = [];
  /** Its first 8 steps: a coarser cluster, for features that pair it with a neighbour's. */
  readonly coarseCluster: string[] = [];
  /** Lower-cased text and its dictionary class of each multi-unit token type (ids of their own). */
  readonly tokenWord: string[] = [];
  readonly tokenClass: string[] = [];
  /** Whether the type is whitespace for the neighbour features (its word is `_`). */
  gap = new Uint8Array(1024);
  /** Bumped whenever the table starts afresh: ids of an older generation mean nothing. */
  generation = 0;
  private readonly ids = new Map<string, number>();
  private readonly tokenIds = new Map<string, number>();

  constructor(
    private readonly dictionary: ReadonlyMap<string, string>,
    private readonly clusters: { pathOf(word: string): string } | null = null,
    private readonly limit = 1 << 18,
  ) {
    this.reset();
  }

  /** Call between runs: starts afresh when the table has outgrown its limit. */
  trim(): void {
    if (this.word.length + this.tokenWord.length > this.limit) this.reset();
  }

  /** The id of the type of a unit whose text is `text`. */
  idOf(text: string): number {
    const id = this.ids.get(text);
    return id === undefined ? this.add(text) : id;
  }

  /** The id of the type of a token cut into several units, whose text is `text`. */
  tokenIdOf(text: string): number {
    let id = this.tokenIds.get(text);
    if (id === undefined) {
      id = this.tokenWord.length;
      const word = text.toLowerCase();
      this.tokenIds.set(text, id);
      this.tokenWord.push(word);
      this.tokenClass.push(this.classOf(word));
    }
    return id;
  }

  /** The dictionary class of `word`: its wordcut list, `none` for Thai in no list, '' otherwise. */
  classOf(word: string): string {
    return THAI.test(word) ? (this.dictionary.get(word) ?? 'none') : '';
  }

  private add(text: string): number {
    const id = this.word.length;
    const word = wordOf(text);
    this.ids.set(text, id);
    this.push(word, shapeOf(text), this.classOf(text), this.classOf(word), this.clusters?.pathOf(word) ?? '', word === '_');
    return id;
  }

  private push(word: string, shape: string, textClass: string, wordClass: string, cluster: string, gap: boolean): void {
    const id = this.word.length;
    this.word.push(word);
    this.shape.push(shape);
    this.textClass.push(textClass);
    this.wordClass.push(wordClass);
    this.cluster.push(cluster);
    this.coarseCluster.push(cluster.slice(0, 8));
    if (id >= this.gap.length) {
      const grown = new Uint8Array(this.gap.length * 2);
      grown.set(this.gap);
      this.gap = grown;
    }
    this.gap[id] = gap ? 1 : 0;
  }

  private reset(): void {
    this.ids.clear();
    this.tokenIds.clear();
    for (const list of [this.word, this.shape, this.textClass, this.wordClass, this.cluster, this.coarseCluster, this.tokenWord, this.tokenClass]) {
      list.length = 0;
    }
    this.gap.fill(0);
    this.push('<s>', '<s>', '', '', '<s>', false);
    this.push('</s>', '</s>', '', '', '</s>', false);
    this.generation++;
  }
}

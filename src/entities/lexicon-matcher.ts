import { packTables, TableReader } from '../disk-cache.js';
import type { Unit } from './units.js';

interface CharTrieTables {
  edgeNode: Int32Array;
  edgeChar: Uint16Array;
  edgeChild: Int32Array;
  masks: Uint32Array;
  edges: number;
  nodes: number;
}

/** "LEXI": the first four bytes of a matcher's bytes. */
const LEXICON_MAGIC = 0x4958454c;

/** What a lexicon hit says about a unit: a name starts, continues or ends on it, or ends inside it. */
const HIT_KINDS = ['B', 'I', 'L', 'P'] as const;
const [BEGIN, INSIDE, LAST, PREFIX] = [0, 1, 2, 3];

/**
 * Finds lexicon names (gazetteer aliases, titles, organisation and place heads) in a run of
 * labelling units with one walk of a character trie from each unit's start, and reports them
 * as hits on units: a name starts (`lx=CATEGORY-B`), continues (`-I`) or ends (`-L`) there. A
 * name must start at a unit's start; when it ends inside that unit (`นาย` glued to a name in
 * one token) only `lp=CATEGORY` is reported. A hit is a small integer, `category * 4 + kind`.
 */
export class LexiconMatcher {
  private readonly categories: string[];
  private readonly trie: CharTrie;

  constructor(categories: string[] = [], trie = new CharTrie()) {
    this.categories = categories;
    this.trie = trie;
  }

  /** The matcher as bytes, for the disk cache (fromBytes reads them): a JSON header, then the trie's tables. */
  toBytes(): Uint8Array {
    const { edgeNode, edgeChild, masks, edgeChar, edges, nodes } = this.trie.tables();
    const header = new TextEncoder().encode(
      JSON.stringify({ categories: this.categories, slots: edgeNode.length, maskSlots: masks.length, edges, nodes, hashing: hashingCheck() }),
    );
    return packTables(LEXICON_MAGIC, header.length, header, [edgeNode, edgeChild, masks, edgeChar]);
  }

  /** A matcher read back from toBytes(); throws on bytes of another layout. */
  static fromBytes(bytes: Uint8Array): LexiconMatcher {
    const reader = new TableReader(bytes, LEXICON_MAGIC, 'cached lexicon');
    const header = JSON.parse(new TextDecoder().decode(reader.prefix(reader.word))) as {
      categories: string[];
      slots: number;
      maskSlots: number;
      edges: number;
      nodes: number;
      hashing: number;
    };
    // Tables laid out by another hashing would read back fine and find nothing.
    if (header.hashing !== hashingCheck()) throw new Error('a cached lexicon of another hashing');
    const edgeNode = reader.table(Int32Array, header.slots);
    const edgeChild = reader.table(Int32Array, header.slots);
    const masks = reader.table(Uint32Array, header.maskSlots);
    const edgeChar = reader.table(Uint16Array, header.slots);
    reader.end();
    return new LexiconMatcher(header.categories, new CharTrie({ edgeNode, edgeChar, edgeChild, masks, edges: header.edges, nodes: header.nodes }));
  }

  add(name: string, category: string): void {
    let id = this.categories.indexOf(category);
    if (id < 0) id = this.categories.push(category) - 1;
    if (id >= 32) throw new Error('a lexicon holds at most 32 categories');
    let node = 0;
    for (let i = 0; i < name.length; i++) node = this.trie.childOrAdd(node, foldCase(name.charCodeAt(i)));
    this.trie.mark(node, id);
  }

  /** How many categories the lexicon has. */
  get categoryCount(): number {
    return this.categories.length;
  }

  categoryName(category: number): string {
    return this.categories[category];
  }

  /** How many distinct hits there can be. */
  get hitCount(): number {
    return this.categories.length * HIT_KINDS.length;
  }

  /** The feature a hit stands for (`lx=title-B`, `lp=title`). */
  hitName(hit: number): string {
    const category = this.categories[hit >> 2];
    const kind = hit & 3;
    return kind === PREFIX ? `lp=${category}` : `lx=${category}-${HIT_KINDS[kind]}`;
  }

  /**
   * The hits in `units` (contiguous, UTF-16 offsets into `text`) as pairs `[unit, hit, unit,
   * hit, ...]`. For each category only the longest name starting at a unit counts.
   */
  match(text: string, units: readonly Unit[]): number[] {
    const found: number[] = [];
    const n = units.length;
    if (!n) return found;
    const base = units[0].start;
    const runEnd = units[n - 1].end;
    const unitEndingAt = new Int32Array(runEnd - base + 1).fill(-1);
    for (let u = 0; u < n; u++) unitEndingAt[units[u].end - base] = u;
    const nCategories = this.categories.length;
    const longest = new Int32Array(nCategories);
    for (let u = 0; u < n; u++) {
      longest.fill(-1);
      let prefixes = 0;
      let node = 0;
      const unitEnd = units[u].end;
      for (let i = units[u].start; i < runEnd; i++) {
        node = this.trie.child(node, foldCase(text.charCodeAt(i)));
        if (node < 0) break;
        const mask = this.trie.categoriesOf(node);
        if (!mask) continue;
        const last = unitEndingAt[i + 1 - base];
        for (let c = 0; c < nCategories; c++) {
          if (!(mask & (1 << c))) continue;
          if (last >= 0) longest[c] = last;
          else if (i + 1 < unitEnd) prefixes |= 1 << c;
        }
      }
      for (let c = 0; c < nCategories; c++) {
        const last = longest[c];
        if (last >= 0) {
          found.push(u, c * 4 + BEGIN);
          for (let v = u + 1; v <= last; v++) found.push(v, c * 4 + INSIDE);
          found.push(last, c * 4 + LAST);
        }
        if (prefixes & (1 << c)) found.push(u, c * 4 + PREFIX);
      }
    }
    return found;
  }
}

/**
 * A trie over UTF-16 units, its edges in one open-addressing table keyed by (node, unit):
 * a lookup is a multiply and a probe or two, and building it allocates a few typed arrays.
 */
class CharTrie {
  private edgeNode: Int32Array;
  private edgeChar: Uint16Array;
  private edgeChild: Int32Array;
  private edges: number;
  private masks: Uint32Array;
  private nodes: number;

  /** An empty trie, or one from the tables another one gave (tables()). */
  constructor(tables?: CharTrieTables) {
    this.edgeNode = tables?.edgeNode ?? new Int32Array(1 << 12).fill(-1);
    this.edgeChar = tables?.edgeChar ?? new Uint16Array(1 << 12);
    this.edgeChild = tables?.edgeChild ?? new Int32Array(1 << 12);
    this.masks = tables?.masks ?? new Uint32Array(1 << 12);
    this.edges = tables?.edges ?? 0;
    this.nodes = tables?.nodes ?? 1;
  }

  tables(): CharTrieTables {
    const { edgeNode, edgeChar, edgeChild, masks, edges, nodes } = this;
    return { edgeNode, edgeChar, edgeChild, masks, edges, nodes };
  }

  child(node: number, c: number): number {
    const mask = this.edgeNode.length - 1;
    for (let slot = slotOf(node, c, mask); ; slot = (slot + 1) & mask) {
      const at = this.edgeNode[slot];
      if (at < 0) return -1;
      if (at === node && this.edgeChar[slot] === c) return this.edgeChild[slot];
    }
  }

  childOrAdd(node: number, c: number): number {
    const existing = this.child(node, c);
    if (existing >= 0) return existing;
    if (2 * (this.edges + 1) > this.edgeNode.length) this.grow();
    const child = this.nodes++;
    if (child >= this.masks.length) {
      const grown = new Uint32Array(this.masks.length * 2);
      grown.set(this.masks);
      this.masks = grown;
    }
    this.insert(node, c, child);
    return child;
  }

  mark(node: number, category: number): void {
    this.masks[node] |= 1 << category;
  }

  categoriesOf(node: number): number {
    return this.masks[node];
  }

  private insert(node: number, c: number, child: number): void {
    const mask = this.edgeNode.length - 1;
    let slot = slotOf(node, c, mask);
    while (this.edgeNode[slot] >= 0) slot = (slot + 1) & mask;
    this.edgeNode[slot] = node;
    this.edgeChar[slot] = c;
    this.edgeChild[slot] = child;
    this.edges++;
  }

  private grow(): void {
    const [nodes, chars, children] = [this.edgeNode, this.edgeChar, this.edgeChild];
    this.edgeNode = new Int32Array(nodes.length * 2).fill(-1);
    this.edgeChar = new Uint16Array(nodes.length * 2);
    this.edgeChild = new Int32Array(nodes.length * 2);
    this.edges = 0;
    for (let slot = 0; slot < nodes.length; slot++) if (nodes[slot] >= 0) this.insert(nodes[slot], chars[slot], children[slot]);
  }
}

function slotOf(node: number, c: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 7) & mask;
}

/** A number that changes with slotOf and foldCase, written with a matcher's bytes: a cache of other code is not read. */
function hashingCheck(): number {
  return slotOf(12345, 0x0e01, 0xffff) * 128 + foldCase(0x41);
}

/** ASCII letters compare case-insensitively; Thai has no case. */
function foldCase(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

import type { Unit } from './units.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  categories: string[];
}

/**
 * Finds lexicon names (gazetteer aliases, titles, organisation and place heads) in a run of
 * labelling units and reports them as per-unit features: `lx=CATEGORY-B` on the unit a name
 * starts at, `-I` inside, `-L` on its last unit. A name must start at a unit's start; when it
 * ends inside a unit (`นาย` glued to a name in one token) only `lp=CATEGORY` is reported.
 */
export class LexiconMatcher {
  private readonly root: TrieNode = { next: new Map(), categories: [] };

  add(name: string, category: string): void {
    let node = this.root;
    for (let i = 0; i < name.length; i++) {
      const c = foldCase(name.charCodeAt(i));
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), categories: [] };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.categories.includes(category)) node.categories.push(category);
  }

  /** Features for each unit of `units` (contiguous, UTF-16 offsets into `text`). */
  features(text: string, units: readonly Unit[]): string[][] {
    const out: string[][] = units.map(() => []);
    if (!units.length) return out;
    const base = units[0].start;
    const unitEndingAt = new Int32Array(units[units.length - 1].end - base + 1).fill(-1);
    for (let u = 0; u < units.length; u++) unitEndingAt[units[u].end - base] = u;
    for (let u = 0; u < units.length; u++) {
      // the longest name of each category that starts here
      const longest = new Map<string, number>();
      const prefixes = new Set<string>();
      let node: TrieNode | undefined = this.root;
      for (let i = units[u].start; i < units[units.length - 1].end; i++) {
        node = node.next.get(foldCase(text.charCodeAt(i)));
        if (!node) break;
        if (!node.categories.length) continue;
        const last = unitEndingAt[i + 1 - base];
        for (const category of node.categories) {
          if (last >= 0) longest.set(category, last);
          else if (i + 1 < units[u].end) prefixes.add(category);
        }
      }
      for (const [category, last] of longest) {
        out[u].push(`lx=${category}-B`);
        for (let v = u + 1; v <= last; v++) out[v].push(`lx=${category}-I`);
        out[last].push(`lx=${category}-L`);
      }
      for (const category of prefixes) out[u].push(`lp=${category}`);
    }
    return out;
  }
}

/** ASCII letters compare case-insensitively; Thai has no case. */
function foldCase(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

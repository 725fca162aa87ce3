import { createRequire } from 'node:module';
import { ExternalSplitter } from './external-splitter.js';
import { wordcutDataDir } from './word-list.js';

interface WordcutModule {
  init(dictPath: string, withDefault: boolean, additionalWords?: string[]): void;
  cutIntoRanges(text: string, noText: boolean): { s: number; e: number }[];
}

/** Words the module-wide wordcut singleton was last initialised with (null before the first init). */
let initialisedWith: string | null = null;

/**
 * Splits Thai runs with wordcut (LGPL-3.0), for comparison; cuts inside a character cluster
 * (wordcut makes them around unknown words) are dropped. wordcut is one module-wide
 * instance: `init` takes a path string (an array is silently ignored), and a segmenter with
 * other user words re-initialises it, so alternating two such segmenters is slow.
 */
export class WordcutSplitter extends ExternalSplitter {
  private readonly wordcut: WordcutModule;
  private readonly key: string;

  constructor(private readonly userWords: readonly string[]) {
    super();
    this.wordcut = createRequire(import.meta.url)('wordcut') as WordcutModule;
    this.key = userWords.join('\n');
    this.ensureInitialised();
  }

  private ensureInitialised(): void {
    if (initialisedWith === this.key) return;
    this.wordcut.init(`${wordcutDataDir()}/tdict-*.txt`, false, [...this.userWords]);
    initialisedWith = this.key;
  }

  protected *wordEnds(slice: string): Iterable<number> {
    this.ensureInitialised();
    for (const r of this.wordcut.cutIntoRanges(slice, true)) yield r.e;
  }
}

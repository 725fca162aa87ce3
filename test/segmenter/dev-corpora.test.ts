import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../../src/segmenter/index.js';

// Reads the development sets when ../shared is there (never copied into the project) and checks
// that word F1 stays above what libthai and ICU reach on them (~0.77); skipped without them.
const dir = path.resolve('../shared/corpora/segmentation');
const sets = existsSync(dir) ? ['ud-thai-tud-dev.gold.label', 'wisesight-1000-dev.gold.label'].filter((f) => existsSync(path.join(dir, f))) : [];

/** Word F1 as the reference scorer counts it: whitespace is never a word. */
function wordF1(lines: string[]): number {
  let correct = 0,
    predicted = 0,
    gold = 0;
  for (const line of lines) {
    const spans = (words: string[]) => {
      const out = new Set<string>();
      let at = 0;
      for (const w of words) {
        const n = Array.from(w).length;
        if (w.trim()) out.add(`${at},${at + n}`);
        at += n;
      }
      return out;
    };
    const want = spans(line.split('|'));
    const got = spans(segment(line.replace(/\|/g, '')).map((t) => t.text));
    for (const s of got) if (want.has(s)) correct++;
    predicted += got.size;
    gold += want.size;
  }
  const p = correct / predicted,
    r = correct / gold;
  return (2 * p * r) / (p + r);
}

(sets.length ? describe : describe.skip)('development corpora (../shared)', () => {
  test.each(sets)('%s: word F1 above libthai and ICU', (file) => {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean);
    expect(wordF1(lines)).toBeGreaterThan(0.8);
  });
});

// Debug: print each candidate span with its features and score for the first parenthesis in each argument.
import { CodePointIndex } from '../src/core/code-points.js';
import { loadSpanWeights } from '../src/parentheticals/shipped-data.js';
import { EDGE_FEATURES } from '../src/parentheticals/span-weights.js';
import { splitInsideUtf16 } from '../src/parentheticals/split-inside.js';
import { candidateScore, thaiSpanCandidates } from '../src/parentheticals/thai-span.js';
import { COMMON_ACRONYMS } from '../src/parentheticals/common-acronyms.js';
import { WordBoundaries } from '../src/parentheticals/word-boundaries.js';
import { segment } from '../src/segmenter/index.js';
const w = loadSpanWeights();
for (const text of process.argv.slice(2)) {
  const open = text.lastIndexOf("(");
  const close = text.indexOf(')', open);
  const parts = splitInsideUtf16(text.slice(open + 1, close));
  const toks = segment(text);
  console.log(toks.map((t) => t.text).join('|'));
  const acronym = parts.acronym ? text.slice(open + 1 + parts.acronym[0], open + 1 + parts.acronym[1]) : undefined;
  let english = parts.english ? text.slice(open + 1 + parts.english[0], open + 1 + parts.english[1]) : undefined;
  const expanded = !english && acronym ? COMMON_ACRONYMS.get(acronym) : undefined;
  english = english ?? expanded;
  console.log({ english, acronym });
  const found = thaiSpanCandidates(
    text,
    open,
    new WordBoundaries(text, toks, new CodePointIndex(text)),
    { english, acronym, expanded: expanded !== undefined },
    w.thaiPerLatin,
  );
  if ('settled' in found) {
    console.log('settled', found.settled && text.slice(...found.settled));
    continue;
  }
  const rows = found.candidates.map((c) => ({
    s: text.slice(...c.span),
    score: candidateScore(c.features, w),
    f: EDGE_FEATURES.map((n, i) => (c.features[i] ? `${n}=${+c.features[i].toFixed(2)}*${+w.features[n].toFixed(2)}` : ''))
      .filter(Boolean)
      .join(' '),
  }));
  rows.sort((a, b) => b.score - a.score);
  for (const r of rows.slice(0, 6)) console.log(r.score.toFixed(2), r.s, '\n     ', r.f);
}

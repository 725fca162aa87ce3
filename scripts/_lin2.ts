import { splitSentences } from '../src/sentences/split-sentences.js';
import { whitespaceTokens } from '../test/sentences/whitespace-tokens.js';
const text = 'ก '.repeat(50000); const tokens = whitespaceTokens(text);
for (let i = 0; i < 5; i++) { const t = performance.now(); splitSentences(text, tokens); console.log((performance.now() - t).toFixed(0)); }

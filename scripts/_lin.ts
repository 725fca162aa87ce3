import { splitSentences } from '../src/sentences/split-sentences.js';
import { whitespaceTokens } from '../test/sentences/whitespace-tokens.js';
const n = 50_000;
const inputs = ['('.repeat(n) + ' ' + ')'.repeat(n), '" '.repeat(n), '( '.repeat(n), 'ก '.repeat(n), 'ครับ '.repeat(n / 4), '5'.repeat(n) + ' ก', '.'.repeat(n) + ' ก', 'โดย'.repeat(n / 3) + ' ' + 'ทั้งนี้'.repeat(n / 7), 'a. '.repeat(n / 3)];
splitSentences('ก ข', whitespaceTokens('ก ข'));
for (const text of inputs) { const tokens = whitespaceTokens(text); const t = performance.now(); splitSentences(text, tokens); console.log(JSON.stringify(text.slice(0, 6)), (performance.now() - t).toFixed(0)); }

/**
 * The article's text as a page carries it in data rather than in its markup: JSON-LD
 * `articleBody`, or the HTML of the content inside a data script (Next.js pages such as
 * Thairath's put it in `__NEXT_DATA__`, and render it only in the browser). Used only when the
 * page's markup holds no article: a page saved before its scripts ran.
 */
import { blockLines } from './block-lines.js';
import { Document } from './dom.js';
import { parseFragment } from './parse-html.js';

const MAX_JSON_VALUES = 200_000;
/** Where a body written into JSON-LD runs on into leaked script (`...ผู้นำ!if(!document.getElementById('id1')) {`). */
const LEAKED_SCRIPT = /!?\s*(?:if\s*\(\s*!?\s*document\.|document\.getElementById|var \w+ = document\.|window\.\w+\s*=|<script)/;
/** Sites that flatten the body into one string keep a paragraph break as two spaces or more. */
const FLAT_PARAGRAPH_BREAK = /\n+|\s{2,}/;

/** Paragraphs of a JSON-LD `articleBody`. */
export function articleBodyParagraphs(body: string): string[] {
  const leaked = LEAKED_SCRIPT.exec(body);
  const text = leaked ? body.slice(0, leaked.index) : body;
  return text
    .split(FLAT_PARAGRAPH_BREAK)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The lines of the longest string of HTML paragraphs among the data scripts' values, or none. */
export function dataScriptParagraphs(scripts: readonly string[]): string[] {
  let longest = '';
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    // A walk with an explicit stack and a bound on the values looked at: any JSON, any depth.
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length && seen++ < MAX_JSON_VALUES) {
      const value = stack.pop();
      if (typeof value === 'string') {
        if (value.length > longest.length && /<p[\s>]/i.test(value)) longest = value;
      } else if (value && typeof value === 'object') {
        for (const child of Object.values(value)) stack.push(child);
      }
    }
  }
  if (!longest) return [];
  const document = new Document();
  const root = document.createElement('div');
  parseFragment(longest, root);
  return blockLines(root).map((line) => line.text);
}

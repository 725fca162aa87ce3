/**
 * The visible text of an element as lines, one per block (paragraph, heading, list item, table
 * row, `<br>`), with what the markup says about each line: how much of it is link text, whether it
 * is a heading, a list item or a caption, whether it is all bold. `textContent` would run
 * paragraphs together (`...จบย่อหน้าย่อหน้าใหม่...`), which breaks sentence and word boundaries; the
 * markup features let the chrome rules tell a list of related links from a paragraph.
 */
import { type Element, type Node, Text } from './dom.js';
import { BLOCK_ELEMENTS, INVISIBLE_ELEMENTS } from './elements.js';

export interface BlockLine {
  text: string;
  /** Letters and digits of the line inside links, and in all. */
  linkChars: number;
  chars: number;
  /** 1–6 inside `<h1>`–`<h6>`, else 0. */
  heading: number;
  listItem: boolean;
  /** Inside `<figcaption>`, `<caption>` or an element whose class names a caption. */
  caption: boolean;
  /** All its letters are bold (`<strong>`, `<b>`): a label or a subheading. */
  bold: boolean;
  /** The element the line's block is, for the inspector's report. */
  element: Element | null;
  /** The line's first text node, whose parent says which box of chrome it stood in (`chrome-markup.ts`). */
  firstText: Text | null;
  /** Where the line's links go (their `href`s as written), in order. */
  hrefs: string[];
}

const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|credit|photo-?credit)(?:$|[\s_-])/i;

/** Whether an element is hidden from readers by its markup. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (!style) return false;
  // `display:none`, `visibility:hidden`, and text pushed off screen (`text-indent:-5000px`) behind an image
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|text-indent\s*:\s*-\d{3,})/i.test(style);
}

interface Context {
  link: number;
  heading: number;
  listItem: number;
  caption: number;
  bold: number;
}

/** Characters that carry content: not white space, not ASCII punctuation or symbols. */
function contentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x200b || (c < 0x7f && !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)))) continue;
    n++;
  }
  return n;
}

/** The lines of `root`'s visible text; a walk with an explicit stack, linear in the subtree. */
export function blockLines(root: Node): BlockLine[] {
  const lines: BlockLine[] = [];
  const context: Context = { link: 0, heading: 0, listItem: 0, caption: 0, bold: 0 };
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let boldChars = 0;
  let lineHeading = 0;
  let lineListItem = false;
  let lineCaption = false;
  let lineStarted = false;
  let firstText: Text | null = null;
  let hrefs: string[] = [];
  const blocks: Element[] = [];

  const breakLine = (): void => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      lines.push({
        text,
        linkChars,
        chars,
        heading: lineHeading,
        listItem: lineListItem,
        caption: lineCaption,
        bold: chars > 0 && boldChars === chars,
        element: blocks[blocks.length - 1] ?? null,
        firstText,
        hrefs,
      });
    }
    parts = [];
    hrefs = [];
    lineStarted = false;
    firstText = null;
    chars = 0;
    linkChars = 0;
    boldChars = 0;
    lineHeading = context.heading;
    lineListItem = context.listItem > 0;
    lineCaption = context.caption > 0;
  };

  type Exit = { exit: Element; counters: (keyof Context)[]; heading: number; block: boolean };
  const stack: (Node | Exit)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('exit' in item) {
      for (const counter of item.counters) context[counter]--;
      context.heading = item.heading;
      if (item.block) {
        breakLine();
        blocks.pop();
      }
      continue;
    }
    if (item instanceof Text) {
      const n = contentLength(item.data);
      if (!lineStarted && /\S/.test(item.data)) {
        // A line is what its first visible text is in: `<p><strong>ป้ายกำกับ</strong>...`.
        lineStarted = true;
        firstText = item;
        lineHeading = context.heading;
        lineListItem = context.listItem > 0;
        lineCaption = context.caption > 0;
      }
      parts.push(item.data);
      chars += n;
      if (context.link > 0) linkChars += n;
      if (context.bold > 0) boldChars += n;
      continue;
    }
    const element = item as Element;
    if (element.nodeType !== 1 && element.nodeType !== 9) continue;
    const name = element.localName ?? '';
    if (element.nodeType === 1 && (INVISIBLE_ELEMENTS.has(name) || isHidden(element))) continue;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) breakLine();
    const counters: (keyof Context)[] = [];
    if (name === 'a') {
      counters.push('link');
      const href = element.getAttribute('href');
      if (href) hrefs.push(href);
    }
    if (name === 'strong' || name === 'b') counters.push('bold');
    if (name === 'li' || name === 'dt' || name === 'dd') counters.push('listItem');
    if (name === 'figcaption' || name === 'caption' || (element.nodeType === 1 && CAPTION_CLASS.test(element.className))) counters.push('caption');
    for (const counter of counters) context[counter]++;
    const heading = context.heading;
    if (/^h[1-6]$/.test(name)) context.heading = Number(name[1]);
    if (block) blocks.push(element);
    stack.push({ exit: element, counters, heading, block });
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  breakLine();
  return lines;
}

/** The visible text of an element, one line per block. */
export function blockText(root: Node): string {
  return blockLines(root)
    .map((line) => line.text)
    .join('\n');
}

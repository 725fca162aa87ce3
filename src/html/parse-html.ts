/**
 * An HTML parser in time linear in the page, for any shape of markup: a tokenizer that looks at
 * each character a bounded number of times, and a tree builder that follows the standard's
 * rules where they decide what text ends up in which block (implied end tags of `p`, `li`, `dd`,
 * `dt`, table cells and headings; void and raw-text elements; `head` and `body` made when a page
 * leaves them out) and keeps it simple elsewhere (misnested formatting is closed, not adopted;
 * nothing is foster-parented out of tables). Each rule costs constant time: which elements are
 * open, and where the nearest open `p` or `li` is, are kept up to date as elements open and
 * close, never searched for. Scripts never run; nothing is fetched.
 */
import { decodeCharacterReferences } from './character-references.js';
import { Attr, Document, Element, type ParentNode, Text } from './dom.js';
import { ESCAPABLE_RAW_TEXT_ELEMENTS, HEAD_ELEMENTS, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './elements.js';

/** What the parser saw while building the tree. */
export interface ParseStatistics {
  /** Elements in the document. */
  elements: number;
  /** The deepest nesting of elements (the document element is at depth 1). */
  depth: number;
  /** Characters of text outside scripts, styles and the like. */
  textLength: number;
}

export interface ParsedPage {
  document: Document;
  statistics: ParseStatistics;
}

/**
 * Elements whose open instances a start tag may close implicitly, and what hides an open one
 * from it (the standard's "scopes"): a `<p>` inside a table cell is not closed by a `<div>`
 * after the table, nor an outer `<li>` by the `<li>` of a nested list.
 */
const SCOPE_BOUNDARIES = ['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template'];
const TRACKED: Record<string, readonly string[]> = {
  p: [...SCOPE_BOUNDARIES, 'button'],
  li: [...SCOPE_BOUNDARIES, 'ol', 'ul'],
  dd: [...SCOPE_BOUNDARIES, 'dl'],
  dt: [...SCOPE_BOUNDARIES, 'dl'],
  a: ['td', 'th', 'caption', 'table', 'template'],
  td: ['table', 'tr', 'template'],
  th: ['table', 'tr', 'template'],
  tr: ['table', 'template'],
  option: ['select', 'datalist', 'optgroup'],
  button: SCOPE_BOUNDARIES,
};
const TRACKED_NAMES = Object.keys(TRACKED);
const TRACKED_INDEX = new Map(TRACKED_NAMES.map((name, i) => [name, i]));
/** For each element name, the tracked kinds it hides. */
const HIDES = new Map<string, number[]>();
TRACKED_NAMES.forEach((kind, i) => {
  for (const boundary of TRACKED[kind]) HIDES.set(boundary, [...(HIDES.get(boundary) ?? []), i]);
});

/** Start tags that close an open `<p>` first. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
]);
/** What each start tag closes when one is open and in scope. */
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'],
  dd: ['dd', 'dt'],
  dt: ['dd', 'dt'],
  a: ['a'],
  tr: ['tr'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  tbody: ['tr'],
  thead: ['tr'],
  tfoot: ['tr'],
  option: ['option'],
  optgroup: ['option'],
  button: ['button'],
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements of other vocabularies, in which `<x/>` closes itself. */
const FOREIGN_ROOTS = new Set(['svg', 'math']);

const KINDS = TRACKED_NAMES.length;

class TreeBuilder {
  readonly stack: Element[] = [];
  /**
   * For each open element and each tracked kind, the stack index of the nearest open element of
   * that kind it can see, or -1: `KINDS` numbers a level, in one array that grows with the stack.
   */
  private visible = new Int32Array(KINDS * 64);
  /** How many elements of each name are open. */
  private readonly openCounts = new Map<string, number>();
  private foreignDepth = 0;
  private html: Element | null = null;
  private head: Element | null = null;
  private body: Element | null = null;
  /** False while parsing a fragment for `innerHTML`, where there is no page structure to make. */
  private readonly wholePage: boolean;
  statistics: ParseStatistics = { elements: 0, depth: 0, textLength: 0 };

  constructor(
    readonly document: Document,
    context?: ParentNode,
  ) {
    this.wholePage = context === undefined;
    // The context element takes no part in matching tags: a fragment's `</div>` never closes it.
    if (context instanceof Element) this.push(context, false);
    else if (context) this.fragmentRoot = context;
  }

  /** A fragment's parent when it is the document itself. */
  private fragmentRoot: ParentNode | null = null;

  private get current(): ParentNode {
    return this.stack.length ? this.stack[this.stack.length - 1] : (this.fragmentRoot ?? this.document);
  }

  private push(element: Element, inPage = true): void {
    const level = this.stack.length;
    if ((level + 1) * KINDS > this.visible.length) {
      const grown = new Int32Array(this.visible.length * 2);
      grown.set(this.visible);
      this.visible = grown;
    }
    const at = level * KINDS;
    if (level === 0) this.visible.fill(-1, 0, KINDS);
    else this.visible.copyWithin(at, at - KINDS, at);
    if (inPage) {
      for (const kind of HIDES.get(element.localName) ?? []) this.visible[at + kind] = -1;
      const own = TRACKED_INDEX.get(element.localName);
      if (own !== undefined) this.visible[at + own] = level;
      this.openCounts.set(element.localName, (this.openCounts.get(element.localName) ?? 0) + 1);
      if (FOREIGN_ROOTS.has(element.localName)) this.foreignDepth++;
      this.statistics.depth = Math.max(this.statistics.depth, level + 1);
    }
    this.stack.push(element);
  }

  /** Closes the open elements down to and including the one at `index`. */
  private popTo(index: number): void {
    while (this.stack.length > index) {
      const element = this.stack.pop()!;
      this.openCounts.set(element.localName, this.openCounts.get(element.localName)! - 1);
      if (FOREIGN_ROOTS.has(element.localName)) this.foreignDepth--;
    }
  }

  /** The stack index of the nearest open element of a tracked kind that is in scope, or -1. */
  private inScope(name: string): number {
    const level = this.stack.length - 1;
    return level < 0 ? -1 : this.visible[level * KINDS + TRACKED_INDEX.get(name)!];
  }

  private closeInScope(name: string): void {
    const index = this.inScope(name);
    if (index !== -1) this.popTo(index);
  }

  /** Makes sure there is an `<html>`; with `forBody`, a `<body>` too, leaving the head. */
  private ensureStructure(forBody: boolean): void {
    if (!this.wholePage) return;
    if (!this.html) {
      this.html = this.document.createElement('html');
      this.document.appendChild(this.html);
      this.statistics.elements++;
      this.push(this.html);
    }
    if (forBody && !this.body) {
      if (this.head && this.stack.includes(this.head)) this.popTo(this.stack.indexOf(this.head));
      this.body = this.document.createElement('body');
      this.html.appendChild(this.body);
      this.statistics.elements++;
      this.push(this.body);
    }
  }

  private ensureHead(): void {
    this.ensureStructure(false);
    if (!this.head) {
      this.head = this.document.createElement('head');
      this.html!.appendChild(this.head);
      this.statistics.elements++;
      this.push(this.head);
    }
  }

  text(data: string): void {
    this.statistics.textLength += data.length;
    if (this.wholePage && !this.body) {
      if (!/\S/.test(data)) return;
      this.ensureStructure(true);
    }
    const parent = this.current;
    const last = parent.lastChild;
    if (last instanceof Text) last.data += data;
    else parent.appendChild(new Text(this.document, data));
  }

  startTag(name: string, attributes: [string, string][], selfClosing: boolean): Element | null {
    if (this.wholePage && (name === 'html' || name === 'head' || name === 'body')) return this.structureTag(name, attributes);
    if (this.wholePage && !this.body) {
      const inHead = this.head !== null && this.stack[1] === this.head;
      if (!HEAD_ELEMENTS.has(name)) this.ensureStructure(true);
      else if (!this.head) this.ensureHead();
      else if (!inHead) this.push(this.head); // a <meta> after </head> still belongs in the head
    }
    if (this.foreignDepth === 0) this.closeImplied(name);
    const element = this.document.createElement(name);
    for (const [attribute, value] of attributes) if (!element.hasAttribute(attribute)) element.attributes.push(new Attr(attribute, value));
    this.current.appendChild(element);
    this.statistics.elements++;
    const closesItself = VOID_ELEMENTS.has(name) || (selfClosing && (this.foreignDepth > 0 || FOREIGN_ROOTS.has(name)));
    if (!closesItself) this.push(element);
    else this.statistics.depth = Math.max(this.statistics.depth, this.stack.length + 1);
    return element;
  }

  private closeImplied(name: string): void {
    if (CLOSES_P.has(name)) this.closeInScope('p');
    for (const closed of CLOSES[name] ?? []) this.closeInScope(closed);
    if (HEADINGS.has(name) && HEADINGS.has(this.current instanceof Element ? this.current.localName : '')) this.popTo(this.stack.length - 1);
  }

  /** `<html>`, `<head>` and `<body>` open the structure once; later ones only add attributes. */
  private structureTag(name: string, attributes: [string, string][]): null {
    let element: Element;
    if (name === 'html') {
      this.ensureStructure(false);
      element = this.html!;
    } else if (name === 'head') {
      if (this.body) return null;
      this.ensureHead();
      element = this.head!;
    } else {
      this.ensureStructure(true);
      element = this.body!;
    }
    for (const [attribute, value] of attributes) if (!element.hasAttribute(attribute)) element.setAttribute(attribute, value);
    return null;
  }

  endTag(name: string): void {
    if (name === 'br') {
      this.startTag('br', [], false);
      return;
    }
    if (this.wholePage && (name === 'html' || name === 'body')) return;
    if (name === 'head') {
      if (this.head && this.current === this.head) this.popTo(this.stack.length - 1);
      return;
    }
    if (!this.openCounts.get(name)) return; // a stray end tag: nothing to close
    if (TRACKED_INDEX.has(name)) {
      // `</li>` closes only a list item its list can see, `</p>` only a paragraph in scope.
      this.closeInScope(name);
      return;
    }
    // One is open (counted above), so the loop stops at the nearest, and every element it
    // passes is closed with it: each open element is passed at most once in the whole parse.
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (this.stack[i].localName === name) {
        this.popTo(i);
        return;
      }
    }
  }

  finish(): void {
    this.ensureStructure(true);
  }
}

const TAG_NAME = /[^\s/>]*/y;
const ATTRIBUTE_NAME = /[^\s/>=][^\s/>=]*/y;
const SPACE = /[\s/]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const RAW_TEXT_ENDS = new Map<string, RegExp>();

function rawTextEnd(name: string): RegExp {
  let pattern = RAW_TEXT_ENDS.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
    RAW_TEXT_ENDS.set(name, pattern);
  }
  return pattern;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Reads `html` into the tree builder, start to end. */
function tokenize(html: string, builder: TreeBuilder): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      builder.text(decodeCharacterReferences(html.slice(i)));
      return;
    }
    if (lt > i) builder.text(decodeCharacterReferences(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      // A comment, a doctype or a CDATA section: none of them is content.
      const commentEnd = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : -1;
      if (html.startsWith('<!--', lt)) i = commentEnd === -1 ? n : commentEnd + 3;
      else i = skipTo(html, '>', lt + 2);
    } else if (next === 0x3f /* ? */) {
      i = skipTo(html, '>', lt + 2);
    } else if (next === 0x2f /* / */ && isAsciiLetter(html.charCodeAt(lt + 2))) {
      TAG_NAME.lastIndex = lt + 2;
      const name = TAG_NAME.exec(html)![0].toLowerCase();
      builder.endTag(name);
      i = skipTo(html, '>', TAG_NAME.lastIndex);
    } else if (next === 0x2f) {
      i = skipTo(html, '>', lt + 2); // `</ >` and the like: a bogus comment
    } else if (isAsciiLetter(next)) {
      i = startTag(html, lt, builder);
    } else {
      builder.text('<');
      i = lt + 1;
    }
  }
}

function skipTo(html: string, character: string, from: number): number {
  const at = html.indexOf(character, from);
  return at === -1 ? html.length : at + 1;
}

/** Reads the start tag at `lt`, and the raw text after it for `<script>` and the like; returns where reading goes on. */
function startTag(html: string, lt: number, builder: TreeBuilder): number {
  const n = html.length;
  TAG_NAME.lastIndex = lt + 1;
  const name = TAG_NAME.exec(html)![0].toLowerCase();
  let i = TAG_NAME.lastIndex;
  const attributes: [string, string][] = [];
  let selfClosing = false;
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.exec(html);
    selfClosing = SPACE.lastIndex > i && html[SPACE.lastIndex - 1] === '/';
    i = SPACE.lastIndex;
    if (i >= n) return n; // a tag cut off by the end of the page is dropped, as browsers drop it
    if (html[i] === '>') {
      i++;
      break;
    }
    ATTRIBUTE_NAME.lastIndex = i;
    const attribute = ATTRIBUTE_NAME.exec(html);
    if (!attribute) {
      i++;
      continue;
    }
    i = ATTRIBUTE_NAME.lastIndex;
    let value = '';
    let j = i;
    while (j < n && /\s/.test(html[j])) j++;
    if (html[j] === '=') {
      j++;
      while (j < n && /\s/.test(html[j])) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close === -1) return n;
        value = html.slice(j + 1, close);
        i = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = j;
        value = UNQUOTED_VALUE.exec(html)![0];
        i = UNQUOTED_VALUE.lastIndex;
      }
    }
    attributes.push([attribute[0].toLowerCase(), decodeCharacterReferences(value)]);
  }
  const element = builder.startTag(name, attributes, selfClosing);
  if (!element || !RAW_TEXT_ELEMENTS.has(name) || (selfClosing && VOID_ELEMENTS.has(name))) return i;
  // Raw text runs to the matching end tag, or to the end of the page.
  const end = rawTextEnd(name);
  end.lastIndex = i;
  const match = end.exec(html);
  const stop = match ? match.index : n;
  const raw = html.slice(i, stop);
  if (raw) element.appendChild(new Text(builder.document, ESCAPABLE_RAW_TEXT_ELEMENTS.has(name) ? decodeCharacterReferences(raw) : raw));
  builder.endTag(name);
  return match ? skipTo(html, '>', stop + 2) : n;
}

/** Parses a whole page. Line ends are normalised to `\n`, as browsers do before parsing. */
export function parseHtml(html: string, url?: string): ParsedPage {
  const document = new Document();
  if (url) document.documentURI = url;
  const builder = new TreeBuilder(document);
  tokenize(html.replace(/\r\n?/g, '\n'), builder);
  builder.finish();
  return { document, statistics: builder.statistics };
}

/** Parses HTML into the children of `parent` (what `innerHTML = html` does). */
export function parseFragment(html: string, parent: ParentNode): void {
  const document = parent instanceof Document ? parent : parent.ownerDocument;
  tokenize(html.replace(/\r\n?/g, '\n'), new TreeBuilder(document, parent));
}

/**
 * A small DOM: the part of the standard one that Readability and the page readers use. Children
 * are a doubly linked list, so that moving through siblings and adding or removing a child cost
 * constant time whatever the number of siblings; the `childNodes` and `children` arrays are built
 * on demand and kept until the element changes. Every walk over a subtree is a loop with an explicit
 * position, never recursion, so no depth of nesting overflows the stack.
 */
import { parseFragment } from './parse-html.js';
import { serializeChildren, serializeNode } from './serialize.js';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

export class Attr {
  constructor(
    readonly name: string,
    public value: string,
  ) {}

  cloneNode(): Attr {
    return new Attr(this.name, this.value);
  }
}

export type ParentNode = Element | Document;

export abstract class Node {
  // Constants and kinds live on the prototypes (below and in the subclasses): a page has hundreds
  // of thousands of nodes, and every field of each one costs memory and collection time.
  declare readonly ELEMENT_NODE: number;
  declare readonly TEXT_NODE: number;
  declare readonly DOCUMENT_NODE: number;
  abstract get nodeType(): number;
  abstract get nodeName(): string;
  parentNode: ParentNode | null = null;
  previousSibling: Node | null = null;
  nextSibling: Node | null = null;

  constructor(readonly ownerDocument: Document) {}

  abstract get textContent(): string;

  get parentElement(): Element | null {
    return this.parentNode instanceof Element ? this.parentNode : null;
  }

  get nextElementSibling(): Element | null {
    let node = this.nextSibling;
    while (node && !(node instanceof Element)) node = node.nextSibling;
    return node;
  }

  get previousElementSibling(): Element | null {
    let node = this.previousSibling;
    while (node && !(node instanceof Element)) node = node.previousSibling;
    return node;
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }
}

export class Text extends Node {
  private value: string;

  constructor(ownerDocument: Document, data: string) {
    super(ownerDocument);
    this.value = data;
  }

  get data(): string {
    return this.value;
  }

  set data(value: string) {
    this.value = value;
    textChanged(this.parentNode);
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(value: string) {
    this.data = value;
  }

  get nodeValue(): string {
    return this.data;
  }

  get nodeType(): number {
    return TEXT_NODE;
  }

  get nodeName(): string {
    return '#text';
  }

  /** A text node has no children; code written for any node may still ask. */
  get firstChild(): null {
    return null;
  }

  get lastChild(): null {
    return null;
  }

  get childNodes(): Node[] {
    return [];
  }

  hasChildNodes(): boolean {
    return false;
  }

  cloneNode(): Text {
    return new Text(this.ownerDocument, this.data);
  }
}

/** What elements and the document share: children, and looking through descendants. */
abstract class Container extends Node {
  firstChild: Node | null = null;
  lastChild: Node | null = null;
  private cachedChildNodes: Node[] | null = null;
  private cachedChildren: Element[] | null = null;
  /** The text content, while the document keeps it (see `Document.cachesText`). */
  cachedText: string | undefined = undefined;

  get childNodes(): Node[] {
    if (!this.cachedChildNodes) {
      const nodes: Node[] = [];
      for (let node = this.firstChild; node; node = node.nextSibling) nodes.push(node);
      this.cachedChildNodes = nodes;
    }
    return this.cachedChildNodes;
  }

  get children(): Element[] {
    if (!this.cachedChildren) {
      const elements: Element[] = [];
      for (let node = this.firstChild; node; node = node.nextSibling) if (node instanceof Element) elements.push(node);
      this.cachedChildren = elements;
    }
    return this.cachedChildren;
  }

  get firstElementChild(): Element | null {
    let node = this.firstChild;
    while (node && !(node instanceof Element)) node = node.nextSibling;
    return node;
  }

  get lastElementChild(): Element | null {
    let node = this.lastChild;
    while (node && !(node instanceof Element)) node = node.previousSibling;
    return node;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  appendChild<T extends Node>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends Node>(child: T, reference: Node | null): T {
    if (child.parentNode) child.parentNode.removeChild(child);
    child.parentNode = this as unknown as ParentNode;
    const before = reference ? reference.previousSibling : this.lastChild;
    child.previousSibling = before;
    child.nextSibling = reference;
    if (before) before.nextSibling = child;
    else this.firstChild = child;
    if (reference) reference.previousSibling = child;
    else this.lastChild = child;
    this.changed();
    return child;
  }

  removeChild<T extends Node>(child: T): T {
    if (child.parentNode !== (this as unknown)) throw new Error('removeChild: not a child of this node');
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    else this.firstChild = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    else this.lastChild = child.previousSibling;
    child.parentNode = null;
    child.previousSibling = null;
    child.nextSibling = null;
    this.changed();
    return child;
  }

  replaceChild<T extends Node>(replacement: Node, old: T): T {
    if (replacement === old) return old;
    const next = old.nextSibling === replacement ? replacement.nextSibling : old.nextSibling;
    this.removeChild(old);
    this.insertBefore(replacement, next);
    return old;
  }

  /** Removes every child. */
  clear(): void {
    for (let node = this.firstChild; node; ) {
      const next: Node | null = node.nextSibling;
      node.parentNode = null;
      node.previousSibling = null;
      node.nextSibling = null;
      node = next;
    }
    this.firstChild = null;
    this.lastChild = null;
    this.changed();
  }

  private changed(): void {
    this.cachedChildNodes = null;
    this.cachedChildren = null;
    textChanged(this as unknown as ParentNode);
  }

  get textContent(): string {
    if (this.ownerDocument.cachesText) {
      if (this.cachedText === undefined) {
        let text = '';
        for (let node = this.firstChild; node; node = node.nextSibling) text += node instanceof Text ? node.data : (node as Container).textContent;
        this.cachedText = text;
      }
      return this.cachedText;
    }
    const parts: string[] = [];
    for (let node = this.firstChild; node; node = nextInOrder(node, this)) if (node instanceof Text) parts.push(node.data);
    return parts.join('');
  }

  set textContent(value: string) {
    this.clear();
    if (value) this.appendChild(new Text(this.ownerDocument, value));
  }

  /** Descendant elements of a tag name (any case), or all of them for `*`, in document order. */
  getElementsByTagName(name: string): Element[] {
    const wanted = name.toLowerCase();
    const found: Element[] = [];
    for (let node = this.firstChild; node; node = nextInOrder(node, this)) {
      if (node instanceof Element && (wanted === '*' || node.localName === wanted)) found.push(node);
    }
    return found;
  }

  get innerHTML(): string {
    return serializeChildren(this);
  }

  set innerHTML(html: string) {
    this.clear();
    parseFragment(html, this as unknown as ParentNode);
  }
}

export class Element extends Container {
  private attributeList: Attr[] | null = null;

  constructor(
    ownerDocument: Document,
    /** The lower-case tag name. */
    public localName: string,
  ) {
    super(ownerDocument);
  }

  get nodeType(): number {
    return ELEMENT_NODE;
  }

  get attributes(): Attr[] {
    this.attributeList ??= [];
    return this.attributeList;
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  get nodeName(): string {
    return this.tagName;
  }

  getAttribute(name: string): string | null {
    if (!this.attributeList) return null;
    const wanted = name.toLowerCase();
    for (const attr of this.attributeList) if (attr.name === wanted) return attr.value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  setAttribute(name: string, value: string): void {
    const wanted = name.toLowerCase();
    const existing = this.attributes.find((attr) => attr.name === wanted);
    if (existing) existing.value = String(value);
    else this.attributes.push(new Attr(wanted, String(value)));
  }

  setAttributeNode(attr: Attr): void {
    this.setAttribute(attr.name, attr.value);
  }

  removeAttribute(name: string): void {
    const wanted = name.toLowerCase();
    const index = this.attributes.findIndex((attr) => attr.name === wanted);
    if (index !== -1) this.attributes.splice(index, 1);
  }

  get className(): string {
    return this.getAttribute('class') ?? '';
  }

  set className(value: string) {
    this.setAttribute('class', value);
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  set id(value: string) {
    this.setAttribute('id', value);
  }

  get src(): string {
    return this.getAttribute('src') ?? '';
  }

  set src(value: string) {
    this.setAttribute('src', value);
  }

  get srcset(): string {
    return this.getAttribute('srcset') ?? '';
  }

  set srcset(value: string) {
    this.setAttribute('srcset', value);
  }

  get href(): string {
    return this.getAttribute('href') ?? '';
  }

  set href(value: string) {
    this.setAttribute('href', value);
  }

  /** The inline style's `display` and `visibility`, which say whether the element shows. */
  get style(): { display: string; visibility: string } {
    const style = this.getAttribute('style') ?? '';
    return { display: cssValue(style, 'display'), visibility: cssValue(style, 'visibility') };
  }

  get outerHTML(): string {
    return serializeNode(this);
  }

  /** A copy of the element and, when `deep`, of everything in it. */
  cloneNode(deep = false): Element {
    const copy = new Element(this.ownerDocument, this.localName);
    for (const attr of this.attributes) copy.attributes.push(attr.cloneNode());
    if (!deep) return copy;
    // Copy level by level with an explicit list of pending (source, copy) pairs.
    const pending: [Element, Element][] = [[this, copy]];
    while (pending.length) {
      const [source, target] = pending.pop()!;
      for (let node = source.firstChild; node; node = node.nextSibling) {
        if (node instanceof Text) target.appendChild(node.cloneNode());
        else if (node instanceof Element) {
          const child = node.cloneNode(false);
          target.appendChild(child);
          pending.push([node, child]);
        }
      }
    }
    return copy;
  }
}

export class Document extends Container {
  get nodeType(): number {
    return DOCUMENT_NODE;
  }

  get nodeName(): string {
    return '#document';
  }

  /** The address of the page, which relative links resolve against. */
  documentURI = 'about:blank';
  /**
   * Keep each element's text content until something under it changes. Readability asks for the
   * text of the same elements again and again; this makes each ask cost next to nothing. The
   * text is built by recursion and every change walks up to the root, so this is for documents
   * of bounded depth only.
   */
  cachesText = false;

  constructor() {
    super(undefined as unknown as Document);
    (this as { ownerDocument: Document }).ownerDocument = this;
  }

  get baseURI(): string {
    return this.documentURI;
  }

  get documentElement(): Element | null {
    return this.firstElementChild;
  }

  get head(): Element | null {
    return childNamed(this.documentElement, 'head');
  }

  get body(): Element | null {
    return childNamed(this.documentElement, 'body');
  }

  /** The text of the first `<title>`, white space collapsed. */
  get title(): string {
    const title = this.head ? firstDescendant(this.head, 'title') : firstDescendant(this, 'title');
    return (title?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  createElement(name: string): Element {
    return new Element(this, name.toLowerCase());
  }

  createTextNode(data: string): Text {
    return new Text(this, data);
  }
}

for (const [name, value] of [
  ['ELEMENT_NODE', ELEMENT_NODE],
  ['TEXT_NODE', TEXT_NODE],
  ['DOCUMENT_NODE', DOCUMENT_NODE],
] as const) {
  Object.defineProperty(Node.prototype, name, { value, enumerable: false });
}

/** Forgets the kept text of `node` and every element above it. */
function textChanged(node: ParentNode | null): void {
  if (!node?.ownerDocument.cachesText) return;
  for (let current: ParentNode | null = node; current; current = current.parentNode) current.cachedText = undefined;
}

function childNamed(parent: Element | null, name: string): Element | null {
  for (let node = parent?.firstChild ?? null; node; node = node.nextSibling) if (node instanceof Element && node.localName === name) return node;
  return null;
}

function firstDescendant(root: Container, name: string): Element | null {
  for (const node of descendants(root)) if (node instanceof Element && node.localName === name) return node;
  return null;
}

/** Every node under `root` in document order (not `root` itself), walking the links: no recursion, no arrays. */
export function* descendants(root: Node): Generator<Node> {
  let node = root instanceof Container ? root.firstChild : null;
  while (node) {
    yield node;
    node = nextInOrder(node, root);
  }
}

/** The node after `node` in document order within `root`, descending into its children first. */
export function nextInOrder(node: Node, root: Node): Node | null {
  if (node instanceof Container && node.firstChild) return node.firstChild;
  return nextSkippingChildren(node, root);
}

/** The node after `node` and everything inside it, within `root`. */
export function nextSkippingChildren(node: Node, root: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

const CSS_PROPERTIES: Record<string, RegExp> = {
  display: /(?:^|;)\s*display\s*:\s*([^;]*)/i,
  visibility: /(?:^|;)\s*visibility\s*:\s*([^;]*)/i,
};

function cssValue(style: string, property: 'display' | 'visibility'): string {
  if (!style) return '';
  const match = CSS_PROPERTIES[property].exec(style);
  return match ? match[1].trim().toLowerCase() : '';
}

/** HTML text of nodes, as `innerHTML` and `outerHTML` give it; a loop with an explicit stack, any depth. */
import { Element, type Node, Text } from './dom.js';
import { VOID_ELEMENTS } from './elements.js';

/** Elements whose text is written as it is; the text of every other element is escaped (`<title>` too). */
const UNESCAPED_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' };

function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attr of element.attributes) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

/** The HTML of a node's children. */
export function serializeChildren(parent: Node & { firstChild: Node | null }): string {
  const parts: string[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) serializeInto(node, parts);
  return parts.join('');
}

/** The HTML of a node with everything in it. */
export function serializeNode(node: Node): string {
  const parts: string[] = [];
  serializeInto(node, parts);
  return parts.join('');
}

function serializeInto(root: Node, parts: string[]): void {
  // Each entry is a node to write, or the end tag to close once its children are written.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item instanceof Text) {
      const parent = item.parentNode;
      parts.push(parent instanceof Element && UNESCAPED_TEXT.has(parent.localName) ? item.data : escapeText(item.data));
      continue;
    }
    if (!(item instanceof Element)) continue;
    parts.push(startTag(item));
    if (VOID_ELEMENTS.has(item.localName)) continue;
    stack.push(`</${item.localName}>`);
    const children: Node[] = [];
    for (let child = item.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'FORM']);
/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The visible text of an element, one line per block (paragraph, heading, list item, table
 * row...), white space inside a line collapsed, empty lines dropped. `textContent` would run
 * paragraphs together (`...จบย่อหน้าย่อหน้าใหม่...`), which breaks sentence and word boundaries.
 */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // An explicit stack: deeply nested pages must not overflow the call stack.
  const stack: (DomNode | 'end-block')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      breakLine();
      stack.push('end-block');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  breakLine();
  return lines.join('\n');
}

/** What the HTML standard says about kinds of elements, as far as parsing and reading text need it. */

/** Elements that never have content: no end tag, no children. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their end tag, markup included (`<script>if (a<b)</script>`). */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

/** Raw-text elements whose character references are still decoded (`<title>ข่าว &amp; บันเทิง</title>`). */
export const ESCAPABLE_RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['textarea', 'title']);

/** Elements that belong in the head when they come before any content. */
export const HEAD_ELEMENTS: ReadonlySet<string> = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/** Elements that start a new line of text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
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
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content a reader never sees as text. */
export const INVISIBLE_ELEMENTS: ReadonlySet<string> = new Set([
  'audio',
  'button',
  'canvas',
  'datalist',
  'embed',
  'form',
  'head',
  'iframe',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

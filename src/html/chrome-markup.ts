/**
 * Chrome by the markup around a line rather than its words: the class names of the boxes a page
 * puts its chrome in. Templates name these boxes in English whatever the language of the site
 * (`share-bar`, `post-follow`, `ud-ads__label`, `read-more-box`, `NewsDetail_meta__k3Hs0`,
 * `cookie-consent`), so one list serves every Thai site; Readability weighs the same names when it
 * picks the article, but keeps such boxes when they sit inside it.
 *
 * Only boxes of a few short lines count: the classes of the article's own containers (WordPress
 * writes `tag-…` and `category-…` on the `<article>`) never decide.
 */
import { Element, type Node, type ParentNode, Text, nextInOrder, nextSkippingChildren } from './dom.js';

/** What a box of chrome is called: the last word of its class name, or a word before a box's part. */
const CHROME_WORDS = new Set([
  'share',
  'sharing',
  'sharer',
  'social',
  'follow',
  'related',
  'recommend',
  'recommended',
  'readmore',
  'tags',
  'tag',
  'ads',
  'ad',
  'advert',
  'adverts',
  'advertisement',
  'adsense',
  'sponsor',
  'sponsored',
  'promo',
  'banner',
  'newsletter',
  'subscribe',
  'comment',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'pdpa',
  'meta',
  'byline',
  'source',
  'credit',
  'credits',
  'gallery',
  'video',
  'youtube',
  'player',
  'popular',
  'trending',
  'views',
  'counter',
  'print',
  'toolbar',
  'nav',
  'navigation',
  'menu',
  'footer',
  'sidebar',
  // what common templates and plug-ins call theirs: Jetpack's `sharedaddy` and `jp-relatedposts`,
  // AddToAny's `addtoany_share_save_container` and `a2a_kit`, tag clouds, previous/next links,
  // "most read" and "latest" lists, tickers, an author's box, reactions, bookmarks, tools
  'sharedaddy',
  'relatedposts',
  'addtoany',
  'a2a',
  'tagcloud',
  'hashtag',
  'hashtags',
  'keyword',
  'keywords',
  'prev',
  'pagination',
  'pager',
  'mostread',
  'latest',
  'recent',
  'ticker',
  'author',
  // the reporter's or writer's credit under the article (`news-reporter`, `post-writer`), and the
  // call to support the site (`donate-box`)
  'reporter',
  'writer',
  'donate',
  'donation',
  'reactions',
  'bookmark',
  'tools',
  'copyright',
  // a post or a clip of another site set into the page (`wp-block-embed`, `social-embed-twitter`)
  'embed',
  'embedded',
]);

/** Parts of a box that may follow its word: `share-bar`, `ads__label`, `follow-box`, `video__title`. */
const PART_WORDS = new Set([
  'box',
  'bar',
  'block',
  'wrap',
  'wrapper',
  'container',
  'list',
  'links',
  'link',
  'label',
  'title',
  'area',
  'section',
  'buttons',
  'button',
  'btn',
  'icons',
  'icon',
  'items',
  'item',
  'inner',
  'content',
  'text',
  'heading',
  'header',
  'head',
  'holder',
  'panel',
  'zone',
  'module',
  'line',
  'row',
  'inarticle',
  'inread',
  'top',
  'bottom',
  'more',
  'slot',
  'unit',
  'placeholder',
  'notice',
  'popup',
  'modal',
  'caption',
  'signup',
  'form',
  'cta',
  'widget',
  'kit',
  'posts',
  'news',
  'articles',
  'stories',
  'save',
  // the network a share button or an embedded post is of: `share-facebook`, `social-embed-twitter`
  'facebook',
  'twitter',
  'instagram',
  'tiktok',
]);

/** Boxes a cookie banner comes in: the one chrome that is as long as a paragraph. */
const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'pdpa']);
/**
 * What a box is by its ARIA role or its element, whatever its class (a consent banner under
 * generated class names, `css-1x2y3z`, still says `role="dialog"`): a dialog over the page, the
 * site's menus and search, its footer, a toolbar (not `banner`: pages write it on the article's own header, with its standfirst).
 */
const CHROME_ROLES = new Set(['dialog', 'alertdialog', 'navigation', 'menu', 'menubar', 'toolbar', 'search', 'contentinfo']);
/** Boxes that may hold a line as long as a paragraph: a cookie banner's, a dialog's. */
const LONG_BOX_WORDS = new Set([...CONSENT_WORDS, 'dialog', 'alertdialog']);

/** The words of a class name: camelCase and `-`/`_` split, a generated hash (`k3Hs0`, `1n7mhes`) dropped. */
function classWords(name: string): string[] {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/(?:read|see)[-_]?(?:more|also)/g, 'readmore')
    .replace(/most[-_]?(?:read|popular|viewed)/g, 'mostread')
    .split(/[-_]+/)
    .filter(Boolean);
  while (words.length > 1 && /\d/.test(words[words.length - 1])) words.pop();
  return words;
}

/** The chrome word a class name ends with, or that a box's part follows; null when none. */
export function chromeClassWord(name: string): string | null {
  const words = classWords(name);
  // a cookie banner's box is one whatever else its name says
  const consent = words.find((w) => CONSENT_WORDS.has(w));
  if (consent) return consent;
  for (let i = words.length - 1; i >= 0; i--) {
    if (CHROME_WORDS.has(words[i])) return words[i];
    if (!PART_WORDS.has(words[i])) return null;
  }
  return null;
}

/** A box of chrome holds a few short lines; a box this full holds the article (WordPress writes `tag-social` on the `<article>`). */
const MAX_BOX_TEXT = 400;
/** A cookie banner may be as long as a paragraph or two. */
const MAX_CONSENT_BOX_TEXT = 1200;

/** Whether the text under `element` is no longer than `limit`, read no further than that. */
function textWithin(element: Element, limit: number): boolean {
  let length = 0;
  for (let node: Node | null = element.firstChild; node; node = nextInOrder(node, element)) {
    if (node instanceof Text) {
      length += node.data.trim().length;
      if (length > limit) return false;
    }
  }
  return true;
}

/** The attribute that carries a box's word to its text through Readability. */
const BOX_ATTRIBUTE = 'data-chrome-box';

/**
 * Marks the text of the page's boxes of chrome with the word its box is named by, each run of
 * text in a `<span data-chrome-box="word">`. Done before Readability weighs the page: it folds a box
 * around a single paragraph into that paragraph, and its class with it, and may rebuild the page
 * from its markup to try again; a span in the text goes through both.
 */
export function markChromeBoxes(root: ParentNode): void {
  markFigureCredits(root);
  // A consent banner's or a dialog's box first: it may stand in a box of another word (an
  // embedded post's, `social-embed-twitter`, around the consent it asks for), whose short lines
  // go, while the banner's long one goes only by its own box's word.
  markBoxes(root, true);
  markBoxes(root, false);
}

/** Marks the text of the boxes of chrome (only those that may hold long lines, when `longOnly`) not marked yet. */
function markBoxes(root: ParentNode, longOnly: boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let word = node instanceof Element ? boxWord(node) : null;
    if (word && longOnly && !LONG_BOX_WORDS.has(word)) word = null;
    if (node instanceof Element && word && textWithin(node, LONG_BOX_WORDS.has(word) ? MAX_CONSENT_BOX_TEXT : MAX_BOX_TEXT)) {
      const texts: Text[] = [];
      for (let inner: Node | null = node.firstChild; inner; inner = nextInOrder(inner, node))
        if (inner instanceof Text && /\S/.test(inner.data) && !inner.parentElement?.hasAttribute(BOX_ATTRIBUTE)) texts.push(inner);
      for (const text of texts) {
        const span = node.ownerDocument.createElement('span');
        span.setAttribute(BOX_ATTRIBUTE, word);
        text.parentElement!.replaceChild(span, text);
        span.appendChild(text);
      }
      node = nextSkippingChildren(node, root);
    } else {
      node = nextInOrder(node, root);
    }
  }
}

/** A picture's credit beside its caption is a name or two (`ที่มาของภาพ, Getty Images`, `© Reuters`). */
const MAX_FIGURE_CREDIT = 80;
/** What a figure of a picture shows. */
const PICTURE_ELEMENTS = new Set(['img', 'picture', 'video', 'iframe', 'svg']);
/** A figure of a quotation (`<figure><blockquote>…</blockquote><figcaption>— who said it</figcaption></figure>`): all of it is the article's. */
const QUOTATION_ELEMENTS = new Set(['blockquote', 'q']);

/**
 * Marks, in a figure of a picture that has its caption (`<figcaption>`), the few words beside the
 * caption as its credit (`<p>ที่มาของภาพ, Getty Images</p>` laid over the picture): the caption
 * says what the picture shows, the rest of the figure who took it or a gallery's controls.
 */
function markFigureCredits(root: ParentNode): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (!(node instanceof Element) || node.localName !== 'figure') {
      node = nextInOrder(node, root);
      continue;
    }
    const figure = node;
    node = nextSkippingChildren(figure, root);
    let caption = false;
    let picture = false;
    let quotation = false;
    const beside: Text[] = [];
    let length = 0;
    for (let inner: Node | null = figure.firstChild; inner; ) {
      if (inner instanceof Element && inner.localName === 'figcaption') {
        caption = true;
        inner = nextSkippingChildren(inner, figure);
        continue;
      }
      if (inner instanceof Element && PICTURE_ELEMENTS.has(inner.localName)) picture = true;
      if (inner instanceof Element && QUOTATION_ELEMENTS.has(inner.localName)) quotation = true;
      if (inner instanceof Text && /\S/.test(inner.data)) {
        beside.push(inner);
        length += inner.data.trim().length;
      }
      inner = nextInOrder(inner, figure);
    }
    if (!caption || !picture || quotation || beside.length === 0 || length > MAX_FIGURE_CREDIT) continue;
    for (const text of beside) {
      const span = figure.ownerDocument.createElement('span');
      span.setAttribute(BOX_ATTRIBUTE, 'credit');
      text.parentElement!.replaceChild(span, text);
      span.appendChild(text);
    }
  }
}

/** The word of the box of chrome a line's text is in, or null. */
export function chromeBoxOf(text: Text | null): string | null {
  return text?.parentElement?.getAttribute(BOX_ATTRIBUTE) ?? null;
}

/**
 * Elements that are chrome by what they are (Readability removes most of them itself, not the
 * linear fallback): a site's menus and footer, buttons, a form (a newsletter's sign-up, a search
 * box, a comment form: a page's own form holds no article), a dialog.
 */
const CHROME_ELEMENTS = new Set(['nav', 'footer', 'button', 'form', 'dialog']);

/**
 * Attributes in which pages built from components name them, as a class would be where class
 * names are generated (`data-e2e="social-embed-twitter"`, `data-testid="share-bar"`).
 */
const DATA_NAMES = ['data-testid', 'data-test-id', 'data-e2e', 'data-qa', 'data-component', 'data-module', 'data-widget', 'data-block'];

/** The chrome word of an element's name, role, label, classes or id (`cookie-law-info-bar`, `role="dialog"`, `aria-label="Share"`). */
function boxWord(element: Element): string | null {
  if (CHROME_ELEMENTS.has(element.localName)) return element.localName;
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return role;
  if (element.getAttribute('aria-modal') === 'true') return 'dialog';
  // a label is words, as a class name's are: `Cookie consent`, `Related articles`, `Share this story`
  const label = element.getAttribute('aria-label')?.trim();
  const labelWord = label && label.length <= 60 ? chromeClassWord(label.replace(/\s+/g, '-')) : null;
  if (labelWord) return labelWord;
  const names = `${element.className} ${element.id} ${DATA_NAMES.map((name) => element.getAttribute(name) ?? '').join(' ')}`.trim();
  if (!names) return null;
  for (const name of names.split(/\s+/)) {
    const word = name ? chromeClassWord(name) : null;
    if (word) return word;
  }
  return null;
}

/**
 * Boxes whose captions are chrome too: a picture's credit (`cover-credit`) and a clip's title
 * (`video-caption`), which names another story. Other captions describe the article's pictures
 * and stay, whatever box they are in (a gallery's).
 */
const CAPTION_CHROME_WORDS = new Set(['credit', 'credits', 'source', 'video', 'youtube', 'player']);

/** Whether a caption in a box of chrome named by `word` is chrome. */
export function captionIsChrome(word: string): boolean {
  return CAPTION_CHROME_WORDS.has(word);
}

/**
 * Boxes of a call to the reader (`donate-box`, `newsletter-signup`): what they ask may take a
 * sentence or two (`ร่วมเป็นส่วนหนึ่ง… สนับสนุนเราได้ที่ ธนาคาร…`), and is never the article's.
 */
const READER_CALL_WORDS = new Set(['donate', 'donation', 'newsletter', 'subscribe']);

/** Whether a box of chrome named by `word` may hold a line as long as a paragraph: a cookie banner's, a dialog's, a call to the reader's. */
export function holdsLongChrome(word: string): boolean {
  return LONG_BOX_WORDS.has(word) || READER_CALL_WORDS.has(word);
}

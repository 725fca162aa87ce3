/**
 * Posts of social networks embedded in an article: the networks' own embed codes, the same on
 * every site that pastes them (Twitter/X `blockquote.twitter-tweet`, Instagram
 * `blockquote.instagram-media`, TikTok `blockquote.tiktok-embed`, Facebook `div.fb-post` and its
 * `fb-xfbml-parse-ignore` fallback, Threads `blockquote.text-post-media`), or a blockquote with
 * the post's address in an embed code's own attribute (`data-instgrm-permalink`,
 * `data-text-post-permalink`) when a page dropped the class. Before their scripts run, they print
 * the post as text: the account (`@somebody`), the post's words, its hashtags, a TikTok sound
 * (`♫ original sound - ...`), a tweet's `— Name (@handle) date`. That is someone else's post
 * quoted beside the story, not the story's prose: the reporter's words around it say what it is.
 * A plain `<blockquote cite="https://www.facebook.com/...">` stays: that is the site's own markup
 * for a quotation, and a post quoted so may be what the story reports.
 */
import type { Element } from './dom.js';

/** Class words of the networks' embed codes. */
const EMBED_CLASS =
  /(?:^|\s)(?:twitter-(?:tweet|video|timeline|moment)|instagram-media|tiktok-embed|fb-(?:post|video|comment-embed|xfbml-parse-ignore)|text-post-media|threads-embed)(?:\s|$)/i;

/** A post's address on a social network, as an embed code's `data-*` attribute gives it. */
const POST_ADDRESS =
  /^(?:https?:)?\/\/(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|instagram\.com|tiktok\.com|facebook\.com|fb\.watch|threads\.net|threads\.com)\/\S/i;

/** Where embed codes, and only they, keep the post's address. */
const ADDRESS_ATTRIBUTES = ['data-instgrm-permalink', 'data-text-post-permalink'];

/** Whether an element is an embedded social post (the block to take out whole). */
export function isSocialEmbed(element: Element): boolean {
  if (EMBED_CLASS.test(element.className)) return true;
  if (element.localName !== 'blockquote') return false;
  return ADDRESS_ATTRIBUTES.some((name) => POST_ADDRESS.test(element.getAttribute(name) ?? ''));
}

// What one page's cleaning got right against its checks.json (the fixtures' and the page sets'
// format): the headline, the publication date, which paragraphs were lost, which chrome strings
// leaked into the text. Shared by scripts/eval-pages.mjs (the built package) and
// scripts/ablate-pages.ts (the sources, with the vocabulary rules switched off).

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** @param {{ text: string, meta: { title?: string, published?: string | null } }} doc @param {{ title: string, published: string | null, body: string[], chrome: string[] }} checks */
export function checkPage(doc, checks) {
  const lines = new Set(doc.text.split('\n').map(collapse));
  return {
    titleRight: doc.meta.title === checks.title,
    dateRight: (doc.meta.published ?? null) === checks.published,
    lost: checks.body.map(collapse).filter((p) => !lines.has(p)),
    leaked: checks.chrome.filter((c) => doc.text.includes(c)),
  };
}

/** Sums over pages: pages, right headlines and dates, paragraphs and those kept, chrome strings and those leaked. */
export function newTally() {
  return { pages: 0, title: 0, date: 0, paragraphs: 0, kept: 0, chrome: 0, leaked: 0 };
}

/** Adds one page's result (checkPage) to a tally. */
export function addToTally(total, checks, result) {
  total.pages++;
  total.title += result.titleRight ? 1 : 0;
  total.date += result.dateRight ? 1 : 0;
  total.paragraphs += checks.body.length;
  total.kept += checks.body.length - result.lost.length;
  total.chrome += checks.chrome.length;
  total.leaked += result.leaked.length;
}

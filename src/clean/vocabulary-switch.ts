/**
 * Whether the cleaner's vocabulary rules (the chrome lines of `chrome-lines.ts`, the navigation
 * words of `line-kinds.ts`) are in force. Always on in use; `scripts/ablate-pages.ts` turns them
 * off to measure what the structural rules (link density, position, repetition, lists of other
 * articles' titles) catch alone: the nearest estimate, on pages we have, of a site whose words
 * the lists never saw.
 */
let vocabularyRules = true;

export function vocabularyRulesOn(): boolean {
  return vocabularyRules;
}

/** For measuring only: not a user option. */
export function setVocabularyRules(on: boolean): void {
  vocabularyRules = on;
}

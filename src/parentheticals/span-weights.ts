/**
 * The weights of the features that score a left edge of a Thai term (see thai-span.ts). They
 * were fitted by coordinate ascent (scripts/fit-paren-span-weights.ts) on hand-labelled
 * parenthetical candidates of thaigov.go.th news, on one half of them, the other half kept for
 * checking; the starting point was set by reading outputs.
 */
export interface SpanWeights {
  /** Thai characters per English letter or digit. */
  thaiPerLatin: number;
  /** How strongly a Thai length far from the expected one counts against the edge (per squared log ratio). */
  lengthFit: number;
  /** The edge is the start of the stretch searched (punctuation, a line break, Latin text before it). */
  hardBoundary: number;
  /** A stop word the English has no counterpart of ends right before the edge. */
  afterStopWord: number;
  /** A stop word the English translates ends right before the edge. */
  afterLicensedStopWord: number;
  /** A head noun or verb the English leaves untranslated ends right before the edge. */
  afterUntranslatedHead: number;
  /** A space comes right before the edge. */
  afterSpace: number;
  /** The term opens with a head noun the English translates. */
  translatedHead: number;
  /** The term opens with a head noun of a name (องค์การ, กระทรวง). */
  nameHead: number;
  /** The term opens with a nominaliser (การ, ความ). */
  nominaliser: number;
  /** Per stop word inside the term that the English does not license. */
  stopWordInside: number;
  /** The same for stop words that often sit inside a term (ที่, ณ). */
  weakStopWordInside: number;
  /** Per space inside the term that no list in the English accounts for. */
  spaceInside: number;
  /** The term's first word is one the English translates, by the lexicon. */
  firstWordTranslated: number;
  /** The term's first word is one the lexicon knows and the English does not translate. */
  firstWordUntranslated: number;
  /** The word left of the edge is one the English translates: the term stops too early. */
  leftWordTranslated: number;
  /** The word left of the edge is one the English does not translate. */
  leftWordUntranslated: number;
  /** Per further word inside the term that the English translates. */
  translatedInside: number;
  /** Per further word inside the term that the lexicon knows and the English does not translate. */
  untranslatedInside: number;
}

export const SPAN_WEIGHTS: SpanWeights = {
  thaiPerLatin: 1.25,
  lengthFit: 2.47,
  hardBoundary: 0.6,
  afterStopWord: 1.5,
  afterLicensedStopWord: 0.4,
  afterUntranslatedHead: 1.5,
  afterSpace: 0.6,
  translatedHead: 1.2,
  nameHead: 0.8,
  nominaliser: 0.3,
  stopWordInside: -1.2,
  weakStopWordInside: -0.4,
  spaceInside: -0.8,
  firstWordTranslated: 0.5,
  firstWordUntranslated: -0.4,
  leftWordTranslated: -0.3,
  leftWordUntranslated: 0.3,
  translatedInside: 0,
  untranslatedInside: 0,
};

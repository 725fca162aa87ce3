/**
 * The features that describe a possible left edge of a Thai term (see edge-features.ts). Their
 * weights (data/span-weights.json), with the learnt word weights of data/edge-word-weights.json,
 * are fitted from zero by scripts/fit-paren-span-weights.ts (a softmax over each
 * parenthetical's candidate terms, L2-regularised) on parenthetical candidates of thaigov.go.th
 * news that we labelled (scripts/data/paren-term-labels.jsonl, stand-off: no text); the command
 * is in the script's header, the label count in data/provenance.json.
 */
export const EDGE_FEATURES = [
  /** Minus the squared log ratio of the term's Thai length to the length the English suggests. */
  'lengthFit',
  /** The edge is the start of the stretch searched (punctuation, a line break, Latin text before it). */
  'hardBoundary',
  /** A stop word the English has no counterpart of ends right before the edge. */
  'afterStopWord',
  /** The same for a stop word that often sits inside a term (ที่ of a relative clause, ณ). */
  'afterWeakStopWord',
  /** A stop word the English translates ends right before the edge. */
  'afterLicensedStopWord',
  /** A head noun or verb the English leaves untranslated ends right before the edge. */
  'afterUntranslatedHead',
  /** A space comes right before the edge. */
  'afterSpace',
  /** The term opens with a head noun the English translates. */
  'translatedHead',
  /** The term opens with a head noun of a name (องค์การ, กระทรวง). */
  'nameHead',
  /** The term opens with a nominaliser (การ, ความ). */
  'nominaliser',
  /** Stop words inside the term that the English does not license. */
  'stopWordInside',
  /** The same for stop words that often sit inside a term (ที่, ณ). */
  'weakStopWordInside',
  /** Auxiliaries inside the term (ได้, จะ, ต้อง): they belong to a clause, which a term seldom holds. */
  'auxiliaryInside',
  /** Spaces inside the term that no list in the English accounts for. */
  'spaceInside',
  /** และ/หรือ after a space inside the term: they join list items, and clauses as well. */
  'spacedConjunctionInside',
  /** The term's first word is one the English translates, by the lexicon. */
  'firstWordTranslated',
  /** The term's first word is one the lexicon knows and the English does not translate. */
  'firstWordUntranslated',
  /** The word left of the edge is one the English translates: the term stops too early. */
  'leftWordTranslated',
  /** The word left of the edge is one the lexicon knows and the English does not translate. */
  'leftWordUntranslated',
  /** Further words inside the term that the English translates. */
  'translatedInside',
  /** Further words inside the term that the lexicon knows and the English does not translate. */
  'untranslatedInside',
  /** The share of the English word keys that words inside the term explain, by Model 1 alignment (lexicon-evidence.ts). */
  'alignedInside',
  /** The same for the words between the edge and the next candidate edge left of it: the term stops too early. */
  'alignedLeft',
  /**
   * The term's first word translates the English head noun, by Model 1: Thai puts the head first (บันทึก|ความเข้าใจ, Memorandum of Understanding);
   * or it is a noun glued to a bare verb that does, the two one noun (เครื่อง|อ่าน, Reader).
   */
  'firstWordIsHead',
  /** The learnt weight of the term's first word (data/edge-word-weights.json): verbs and nouns of the sentence seldom open a term. */
  'firstWordLearned',
  /** The learnt weight of the word right before the edge: a verb there is a sign the term starts after it. */
  'leftWordLearned',
  /** The term keeps a head noun the English leaves out (โครงการ, ศูนย์), which the other candidate from the same edge drops. */
  'opensWithUntranslatedHead',
  /** A nominalised word ends right before the edge (`การปฏิวัติ|อุตสาหกรรม`): Thai puts the head first, so the term most likely starts at it. */
  'afterNominalisedWord',
  /** How verb-like the term's first word is, when no nominaliser makes a noun of it (data/word-stats.json): a term seldom opens with a bare verb. */
  'firstWordVerb',
  /** How verb-like the word right before the edge is: a verb of the sentence ends there (ผลิต|รถยนต์ไฟฟ้า). */
  'leftWordVerb',
  /** The edge splits two words written together far more often than chance (จัด|ซื้อ), by their PMI over 10. */
  'splitsBond',
  /** The share of the sightings of the term's first word that have the word left of the edge right before it (สำนักงาน|ข้าหลวง, data/word-stats.json): the edge cuts a name. */
  'splitsPhrase',
  /** How verb-like the bare words inside the term after its first are, added up: a clause (เริ่ม|ผลิต|รถยนต์…) more than a name. */
  'verbsInside',
] as const;

export type EdgeFeature = (typeof EDGE_FEATURES)[number];

export interface SpanWeights {
  /** Thai characters per English letter or digit, for the expected length of the term. */
  thaiPerLatin: number;
  /** A weight per feature, in the order of EDGE_FEATURES. */
  features: Record<EdgeFeature, number>;
}

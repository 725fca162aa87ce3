/** The ThaiNER entity types, in the order the model's tag set lists them. */
export const ENTITY_LABELS = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'FACILITY',
  'DATE',
  'TIME',
  'MONEY',
  'PERCENT',
  'LAW',
  'LEN',
  'URL',
  'PHONE',
  'EMAIL',
  'ZIP',
  'AGO',
  'T',
] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The labels of names (people, bodies, places, buildings), as against dates, amounts and addresses. */
export const NAME_LABELS: ReadonlySet<EntityLabel> = new Set<EntityLabel>(['PERSON', 'ORGANIZATION', 'LOCATION', 'FACILITY']);

/** The labels of names that are no person's: bodies, places and buildings, which the model confuses with one another. */
export const PLACE_AND_BODY_LABELS: ReadonlySet<EntityLabel> = new Set<EntityLabel>(['ORGANIZATION', 'LOCATION', 'FACILITY']);

/** BIO tags: `O`, then `B-X`, `I-X` for each label. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((label) => [`B-${label}`, `I-${label}`])];

/**
 * BIOES tags (Ratinov & Roth 2009): `O`, then `B-X`, `I-X`, `E-X` (the last unit of a longer
 * entity) and `S-X` (an entity of one unit) for each label. A name's last unit and a one-unit
 * name get weights of their own: where a name ends is learnt apart from where it goes on.
 */
export const BIOES_TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((label) => [`B-${label}`, `I-${label}`, `E-${label}`, `S-${label}`])];

/** The tag sets a model may use, by name. */
export const TAG_SCHEMES = { bio: TAGS, bioes: BIOES_TAGS } as const;

/** A tag that continues an entity (`I-X`, `E-X`): only `B-X` or `I-X` may come before it. */
const continues = (tag: string): boolean => tag.startsWith('I-') || tag.startsWith('E-');

/** Whether `tags` close every entity with `E-X` or `S-X` (BIOES), so that `B-X` and `I-X` must be followed by `I-X` or `E-X`. */
function closesEntities(tags: readonly string[]): boolean {
  return tags.some((tag) => tag.startsWith('E-') || tag.startsWith('S-'));
}

/**
 * `allowed[from * n + to]`: I-X (and E-X) may only follow B-X or I-X; under BIOES nothing else
 * may follow B-X or I-X. Row `n` (one past the last tag) is the sentence start, where no I-X
 * (or E-X) may stand.
 */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const n = tags.length;
  const open = openTags(tags);
  // under BIO an entity may stop after any of its units; under BIOES only after E-X or S-X
  const mustGoOn = closesEntities(tags) ? open : new Uint8Array(n);
  const allowed = new Uint8Array((n + 1) * n);
  for (let from = 0; from <= n; from++) {
    for (let to = 0; to < n; to++) {
      if (continues(tags[to])) allowed[from * n + to] = from < n && open[from] && tags[from].slice(2) === tags[to].slice(2) ? 1 : 0;
      else allowed[from * n + to] = from === n || !mustGoOn[from] ? 1 : 0;
    }
  }
  return allowed;
}

/** `ends[t]`: whether a sentence may end on tag t (not on an open BIOES entity). */
export function allowedEnds(tags: readonly string[]): Uint8Array {
  const open = openTags(tags);
  return Uint8Array.from(tags, (_, t) => (closesEntities(tags) && open[t] ? 0 : 1));
}

/** Tags after which the entity goes on: B-X and I-X. */
function openTags(tags: readonly string[]): Uint8Array {
  return Uint8Array.from(tags, (tag) => (tag.startsWith('B-') || tag.startsWith('I-') ? 1 : 0));
}

/** Spans `[startUnit, endUnit)` with their label from a tag sequence (BIO or BIOES). */
export function spansFromTags(tags: readonly string[], sequence: ArrayLike<number>): { start: number; end: number; label: string }[] {
  // what each tag means, worked out once per call rather than once per unit
  const label = tags.map((tag) => (tag === 'O' ? '' : tag.slice(2)));
  const inside = tags.map(continues);
  const closes = tags.map((tag) => tag.startsWith('E-') || tag.startsWith('S-'));
  const spans: { start: number; end: number; label: string }[] = [];
  let open: { start: number; end: number; label: string } | null = null;
  for (let i = 0; i < sequence.length; i++) {
    const tag = sequence[i];
    if (inside[tag] && open && open.label === label[tag]) open.end = i + 1;
    else {
      if (open) spans.push(open);
      open = label[tag] === '' ? null : { start: i, end: i + 1, label: label[tag] };
    }
    if (closes[tag] && open) {
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans;
}

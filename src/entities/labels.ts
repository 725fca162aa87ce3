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

/** BIO tags: `O`, then `B-X`, `I-X` for each label. */
export const TAGS: readonly string[] = ['O', ...ENTITY_LABELS.flatMap((label) => [`B-${label}`, `I-${label}`])];

/**
 * `allowed[from * n + to]`: I-X may only follow B-X or I-X. Row `n` (one past the last tag)
 * is the sentence start, where no I-X may stand.
 */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let from = 0; from <= n; from++) {
    for (let to = 0; to < n; to++) {
      const target = tags[to];
      if (!target.startsWith('I-')) allowed[from * n + to] = 1;
      else if (from < n && tags[from].slice(2) === target.slice(2)) allowed[from * n + to] = 1;
    }
  }
  return allowed;
}

/** Spans `[startUnit, endUnit)` with their label from a tag sequence. */
export function spansFromTags(tags: readonly string[], sequence: ArrayLike<number>): { start: number; end: number; label: string }[] {
  // what each tag means, worked out once per call rather than once per unit
  const label = tags.map((tag) => (tag === 'O' ? '' : tag.slice(2)));
  const inside = tags.map((tag) => tag.startsWith('I-'));
  const spans: { start: number; end: number; label: string }[] = [];
  let open: { start: number; end: number; label: string } | null = null;
  for (let i = 0; i < sequence.length; i++) {
    const tag = sequence[i];
    if (inside[tag] && open && open.label === label[tag]) {
      open.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = label[tag] === '' ? null : { start: i, end: i + 1, label: label[tag] };
  }
  if (open) spans.push(open);
  return spans;
}

import { CodePointIndex } from '../core/code-points.js';
import type { DateMention, Entity, ThaiDocument, YearReading } from '../document/types.js';
import { diffDocuments } from '../fixtures/diff-documents.js';

/**
 * What the page needs of a document, compact (10,000 documents are embedded in one file) and
 * with offsets in UTF-16 units, which is how the browser slices strings; the code-point offsets
 * of the document are kept for display.
 */
export interface ViewDocument {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
  /** [start, end, label, id, source, value, code-point start, code-point end, change] */
  ents: [number, number, string, string | null, string, string | null, number, number, Change][];
  /** [start, end, type, value, years as written → CE, code-point start, code-point end, change] */
  dates: [number, number, string, string | null, string | null, number, number, Change][];
  /** [pair, part (thai english acronym), start, end, pattern] */
  parens: [number, string, number, number, string][];
  /** Starts of tokens and of sentences (UTF-16), for the boundary toggles; null when the layer is absent. */
  tokens: number[] | null;
  sents: number[] | null;
  /** `view --diff`: what vanished from the old document, and the difference as `check-fixtures` prints it. */
  vanished?: { layer: string; start: number; end: number; text: string; what: string }[];
  diff?: string[];
}

/** In a diff, whether a span is new (`+`); otherwise null. */
type Change = '+' | null;

function dateValue(value: DateMention['value'] | Entity['value']): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : `${value.start ?? '..'}/${value.end ?? '..'}`;
}

function years(date: DateMention): string | null {
  const read = [date.year, date.endYear].filter((y): y is YearReading => y !== undefined && (y.era !== 'CE' || y.written !== String(y.ce)));
  return read.length ? read.map((y) => `${y.written} → ${y.ce}`).join(', ') : null;
}

const entityKey = (e: Entity): string => `${e.start}:${e.end}:${e.label}:${e.id ?? ''}:${JSON.stringify(e.value ?? null)}`;
const dateKey = (d: DateMention): string => `${d.start}:${d.end}:${d.type}:${JSON.stringify(d.value)}`;

/** The page's form of a document; with `old`, spans that are not in it are marked new, and what it had that vanished is listed. */
export function viewDocument(doc: ThaiDocument, old?: ThaiDocument): ViewDocument {
  const index = new CodePointIndex(doc.text);
  const u = (cp: number): number => index.toUtf16(cp);
  const oldEntities = old ? new Set((old.entities ?? []).map(entityKey)) : null;
  const oldDates = old ? new Set((old.dates ?? []).map(dateKey)) : null;
  const parens: ViewDocument['parens'] = [];
  (doc.parentheticals ?? []).forEach((p, pair) => {
    for (const part of ['thai', 'english', 'acronym'] as const) {
      const span = p[part];
      if (span) parens.push([pair, part, u(span.start), u(span.end), p.pattern]);
    }
  });
  const view: ViewDocument = {
    id: doc.id,
    title: doc.meta?.title ?? null,
    published: doc.meta?.published ?? null,
    url: doc.meta?.url ?? null,
    text: doc.text,
    ents: (doc.entities ?? []).map((e) => [
      u(e.start),
      u(e.end),
      e.label,
      e.id ?? null,
      e.source,
      dateValue(e.value),
      e.start,
      e.end,
      oldEntities && !oldEntities.has(entityKey(e)) ? '+' : null,
    ]),
    dates: (doc.dates ?? []).map((d) => [
      u(d.start),
      u(d.end),
      d.type,
      dateValue(d.value),
      years(d),
      d.start,
      d.end,
      oldDates && !oldDates.has(dateKey(d)) ? '+' : null,
    ]),
    parens,
    tokens: doc.tokens ? doc.tokens.map((t) => u(t.start)) : null,
    sents: doc.sentences ? doc.sentences.map((s) => u(s.start)) : null,
  };
  if (old) {
    const newEntities = new Set((doc.entities ?? []).map(entityKey));
    const newDates = new Set((doc.dates ?? []).map(dateKey));
    view.vanished = [
      ...(old.entities ?? [])
        .filter((e) => !newEntities.has(entityKey(e)))
        .map((e) => ({ layer: 'entities', start: e.start, end: e.end, text: e.text, what: [e.label, e.id, dateValue(e.value)].filter(Boolean).join(' ') })),
      ...(old.dates ?? [])
        .filter((d) => !newDates.has(dateKey(d)))
        .map((d) => ({ layer: 'dates', start: d.start, end: d.end, text: d.text, what: `${d.type} ${dateValue(d.value) ?? 'unresolved'}` })),
    ];
    view.diff = diffDocuments(old, doc);
  }
  return view;
}

/** A document only the old or only the new side has, in a diff: shown as wholly vanished or new. */
export function viewMissing(doc: ThaiDocument, side: 'old' | 'new'): ViewDocument {
  const empty: ThaiDocument = { ...doc, entities: [], dates: [], parentheticals: [], tokens: [], sentences: [] };
  return side === 'new'
    ? viewDocument(doc, { ...empty, text: doc.text })
    : { ...viewDocument(empty, doc), diff: [`the new side has no document ${JSON.stringify(doc.id)}`] };
}

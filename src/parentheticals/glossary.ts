import type { Parenthetical } from '../document/types.js';

/** One term of a glossary: a Thai term, its English and its short form, as often as seen. */
export interface GlossaryEntry {
  thai: string | null;
  english: string | null;
  acronym: string | null;
  /** Parentheticals that gave this pairing. */
  count: number;
  /** Documents it was found in. */
  documents: number;
  /** Ids of the first documents it was found in. */
  examples: string[];
}

export interface GlossaryOptions {
  /** Document ids kept per entry (default 3). */
  examples?: number;
}

/** How the term is shown: as first written, with runs of spacing made one space. */
const shown = (text: string | undefined): string | null => (text ? text.normalize('NFC').replace(/\s+/gu, ' ').trim() : null);
/** Spacing and letter case differ between writers of the same term; the key ignores both. */
const keyPart = (text: string | undefined): string => (shown(text) ?? '').toLowerCase();

interface Tally {
  entry: GlossaryEntry;
  lastDocument: string | null;
}

/**
 * Aggregates the parentheticals of many documents into a deduplicated Thai ↔ English ↔ acronym
 * table, counting each pairing and remembering where it was seen.
 */
export class GlossaryBuilder {
  private readonly tallies = new Map<string, Tally>();
  private readonly maxExamples: number;
  private documentCount = 0;

  constructor(options: GlossaryOptions = {}) {
    this.maxExamples = options.examples ?? 3;
  }

  /** Adds the parentheticals of one document; those with neither English nor a short form are skipped. */
  add(documentId: string, parentheticals: readonly Parenthetical[]): void {
    this.documentCount++;
    for (const p of parentheticals) {
      if (!p.english && !p.acronym) continue;
      const key = [p.thai?.text, p.english?.text, p.acronym?.text].map(keyPart).join('\u0000');
      let tally = this.tallies.get(key);
      if (!tally) {
        const entry = { thai: shown(p.thai?.text), english: shown(p.english?.text), acronym: shown(p.acronym?.text), count: 0, documents: 0, examples: [] };
        tally = { entry, lastDocument: null };
        this.tallies.set(key, tally);
      }
      tally.entry.count++;
      if (tally.lastDocument !== documentId) {
        tally.lastDocument = documentId;
        tally.entry.documents++;
        if (tally.entry.examples.length < this.maxExamples) tally.entry.examples.push(documentId);
      }
    }
  }

  /** Documents added so far. */
  get documents(): number {
    return this.documentCount;
  }

  /** The entries, most frequent first, then by Thai, English and short form. */
  entries(minCount = 1): GlossaryEntry[] {
    const text = (e: GlossaryEntry): string => `${e.thai ?? ''}\u0000${e.english ?? ''}\u0000${e.acronym ?? ''}`;
    return Array.from(this.tallies.values(), (t) => t.entry)
      .filter((e) => e.count >= minCount)
      .sort((a, b) => b.count - a.count || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
  }
}

const CSV_COLUMNS = ['thai', 'english', 'acronym', 'count', 'documents', 'examples'] as const;

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** The glossary as CSV (RFC 4180, with a header line); example ids are joined by ` | `. */
export function glossaryToCsv(entries: readonly GlossaryEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const row = [e.thai ?? '', e.english ?? '', e.acronym ?? '', String(e.count), String(e.documents), e.examples.join(' | ')];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

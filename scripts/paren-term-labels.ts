// Our labels of the parenthetical candidates (scripts/data/paren-term-labels*.jsonl), kept apart
// from the corpus text they refer to: a line of the candidates file, the window of its `ctx`
// taken as the text, and the parenthesis and the Thai term in that window (UTF-16 offsets).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface ParenTermLabel {
  candidate: number;
  from: number;
  to: number;
  paren: [number, number];
  term: [number, number];
  confidence?: 'high' | 'low';
}

export const CANDIDATES_FILE = '../shared/corpora/parentheticals/candidates.jsonl';

const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export const readTermLabels = (file: string): ParenTermLabel[] => jsonLines<ParenTermLabel>(file);

/** The `ctx` of every candidate, by line; null when the corpora are not there. */
export function readCandidateContexts(file: string = CANDIDATES_FILE): string[] | null {
  return existsSync(file) ? jsonLines<{ ctx: string }>(file).map((c) => c.ctx) : null;
}

/** The text a label's offsets refer to. */
export const labelText = (label: ParenTermLabel, contexts: readonly string[]): string => contexts[label.candidate].slice(label.from, label.to);

/**
 * A parenthetical we labelled in full, kept aside for measuring: the window [from, to) of line
 * `line` of a corpus file in ../shared, and in it (UTF-16 offsets into the window) the
 * parenthesis, the Thai term (null when the parenthesis glosses none), the English and the short
 * form. For a short form before a Thai parenthesis (`กกต. (คณะกรรมการ...)`) the Thai term is the
 * inside and the short form comes before.
 */
export interface ParenLabel {
  id: string;
  source: string;
  line: number;
  from: number;
  to: number;
  paren: [number, number];
  thai: [number, number] | null;
  english: [number, number] | null;
  acronym: [number, number] | null;
  confidence: 'high' | 'low';
}

export const readTermLabelsWithParts = (file: string): ParenLabel[] => jsonLines<ParenLabel>(file);

/** The texts of the lines of every corpus file the labels refer to (`ctx` of candidates, else `text`). */
export function readSourceTexts(labels: readonly ParenLabel[]): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const source of new Set(labels.map((l) => l.source))) {
    const raw = source.endsWith('.gz') ? gunzipSync(readFileSync(source)).toString('utf8') : readFileSync(source, 'utf8');
    const records = raw
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { ctx?: string; text?: string });
    texts.set(
      source,
      records.map((r) => r.ctx ?? r.text ?? ''),
    );
  }
  return texts;
}

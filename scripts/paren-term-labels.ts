// Our labels of the parenthetical candidates (scripts/data/paren-term-labels*.jsonl), kept apart
// from the corpus text they refer to: a line of the candidates file, the window of its `ctx`
// taken as the text, and the parenthesis and the Thai term in that window (UTF-16 offsets).
import { existsSync, readFileSync } from 'node:fs';

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

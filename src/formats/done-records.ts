import { DOCUMENT_SCHEMA } from '../document/types.js';
import type { ScannedRecord } from '../io/record-scanner.js';
import type { DoneIds } from './output-format.js';

/**
 * The results an earlier run finished, as `--resume` reads them back: a complete document or
 * error record counts once; anything else, or a second result for an id, does not.
 */
export class DoneRecords {
  private readonly ids = new Set<string>();
  private readonly errorCodes = new Map<string, number>();
  private failed = 0;

  /** Counts a result read back; false when it is not one (null: not even JSON), or its id is done already. */
  add(record: ScannedRecord | null, accept: (id: string) => boolean = () => true): boolean {
    if (!record || record.id === null || this.ids.has(record.id) || !accept(record.id)) return false;
    const isError = record.hasError && record.errorCode !== null;
    if (!isError && record.schema !== DOCUMENT_SCHEMA) return false;
    this.ids.add(record.id);
    if (isError) {
      this.failed++;
      this.errorCodes.set(record.errorCode!, (this.errorCodes.get(record.errorCode!) ?? 0) + 1);
    }
    return true;
  }

  result(repairs: string[]): DoneIds {
    const ids = this.ids;
    return { has: (id) => ids.has(id), count: ids.size, failed: this.failed, errorCodes: this.errorCodes, repairs };
  }
}

/**
 * Keeps output ids unique: the second document with id `X` becomes `X#2`, the third `X#3`, so
 * every output line has its own id and `--resume` can tell them apart. Renaming depends only
 * on input order, so a resumed run renames the same documents the same way.
 */
export class UniqueIds {
  private readonly seen = new Set<string>();
  /**
   * For each renamed id, the suffix to try next. Every smaller suffix is taken already (ids are
   * never given back), so starting there gives the same name as counting from 2, in constant
   * time: 40,000 records with one id would otherwise probe 800 million names.
   */
  private readonly nextSuffix = new Map<string, number>();
  /** How many ids were renamed, and the first renaming, for the run's summary. */
  renamed = 0;
  firstRenaming: string | null = null;

  take(id: string): string {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return id;
    }
    let n = this.nextSuffix.get(id) ?? 2;
    while (this.seen.has(`${id}#${n}`)) n++;
    this.nextSuffix.set(id, n + 1);
    const unique = `${id}#${n}`;
    this.seen.add(unique);
    this.renamed++;
    this.firstRenaming ??= `${id} -> ${unique}`;
    return unique;
  }
}

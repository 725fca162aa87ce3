/**
 * Keeps output ids unique: the second document with id `X` becomes `X#2`, the third `X#3`, so
 * every output line has its own id and `--resume` can tell them apart. Renaming depends only
 * on input order, so a resumed run renames the same documents the same way.
 */
export class UniqueIds {
  private readonly seen = new Set<string>();
  /** How many ids were renamed, and the first renaming, for the run's summary. */
  renamed = 0;
  firstRenaming: string | null = null;

  take(id: string): string {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return id;
    }
    let n = 2;
    while (this.seen.has(`${id}#${n}`)) n++;
    const unique = `${id}#${n}`;
    this.seen.add(unique);
    this.renamed++;
    this.firstRenaming ??= `${id} -> ${unique}`;
    return unique;
  }
}

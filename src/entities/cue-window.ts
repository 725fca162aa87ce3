/**
 * Whether spans, asked about in text order, lie within `reach` UTF-16 units of one of
 * `positions` (ascending): where a rule reads a name only near words of its kind of news
 * (football's, boxing's). One pointer over the positions, so a text is read once.
 */
export class CueWindow {
  private at = 0;

  constructor(
    private readonly positions: readonly number[],
    private readonly reach: number,
  ) {}

  near(start: number, end: number): boolean {
    while (this.at < this.positions.length && this.positions[this.at] < start - this.reach) this.at++;
    return this.at < this.positions.length && this.positions[this.at] <= end + this.reach;
  }
}

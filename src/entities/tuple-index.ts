/**
 * Numbers the distinct triples of small non-negative integers it is given (0, 1, 2, ... in
 * the order they are added), with an open-addressing table: finding one is a multiply-hash
 * and a probe or two, and nothing is allocated per lookup. The tagger keys its caches of
 * what the model says about combinations of word types with it.
 */
export class TupleIndex {
  /** Number of each slot's triple, -1 for an empty slot. */
  private slots = new Int32Array(1 << 10).fill(-1);
  /** A triple's slot is the top bits of its hash: 32 minus log2 of the slot count. */
  private shift = 22;
  /** The triples by number, three integers each. */
  private keys = new Int32Array(3 << 9);
  private count = 0;

  /** How many triples are numbered. */
  get size(): number {
    return this.count;
  }

  /** The number of `(a, b, c)`, or -1 if it has none. */
  get(a: number, b: number, c: number): number {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = slotOf(a, b, c, this.shift); ; slot = (slot + 1) & mask) {
      const at = slots[slot];
      if (at < 0 || (keys[3 * at] === a && keys[3 * at + 1] === b && keys[3 * at + 2] === c)) return at;
    }
  }

  /** Numbers `(a, b, c)`, which has no number yet, and returns its number. */
  add(a: number, b: number, c: number): number {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const at = this.count++;
    if (3 * this.count > this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys[3 * at] = a;
    this.keys[3 * at + 1] = b;
    this.keys[3 * at + 2] = c;
    this.place(at);
    return at;
  }

  /** Forgets every triple; numbering starts again from 0. */
  clear(): void {
    this.slots.fill(-1);
    this.count = 0;
  }

  private place(at: number): void {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    let slot = slotOf(keys[3 * at], keys[3 * at + 1], keys[3 * at + 2], this.shift);
    while (slots[slot] >= 0) slot = (slot + 1) & mask;
    slots[slot] = at;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.shift--;
    for (let at = 0; at < this.count; at++) this.place(at);
  }
}

function slotOf(a: number, b: number, c: number, shift: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c, 0x9e3779b1) >>> shift;
}

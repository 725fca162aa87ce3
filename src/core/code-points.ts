/**
 * Offsets in documents are code points; JavaScript strings index UTF-16 units. Thai text is
 * all in the Basic Multilingual Plane, so most documents take the identity fast path and only
 * texts with emoji or other astral characters pay for a lookup table.
 */
export class CodePointIndex {
  readonly text: string;
  /** UTF-16 index of each code point, plus text.length at the end; null when identical. */
  private readonly utf16Of: Uint32Array | null;
  /** Code point index of each UTF-16 unit, plus the length at the end; null when identical. */
  private readonly codePointOf: Uint32Array | null;
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.utf16Of = null;
      this.codePointOf = null;
      this.length = text.length;
      return;
    }
    const utf16Of: number[] = [];
    const codePointOf = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      utf16Of.push(i);
      codePointOf[i] = cp;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          codePointOf[i] = cp;
        }
      }
      cp++;
    }
    utf16Of.push(text.length);
    codePointOf[text.length] = cp;
    this.utf16Of = Uint32Array.from(utf16Of);
    this.codePointOf = codePointOf;
    this.length = cp;
  }

  /** UTF-16 index of code point `cp`. */
  toUtf16(cp: number): number {
    return this.utf16Of ? this.utf16Of[cp] : cp;
  }

  /** Code point index of UTF-16 index `u` (a unit inside a surrogate pair maps to its pair). */
  toCodePoint(u: number): number {
    return this.codePointOf ? this.codePointOf[u] : u;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** Slices `text` by code point offsets, as every span in a document is given. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  return new CodePointIndex(text).length;
}

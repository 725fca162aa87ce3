/** A line of the text with its UTF-16 offsets (without the newline). */
export interface Line {
  /** 1-based line number in the text. */
  number: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ number, start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
    number++;
  }
}

/** Words in a run of Latin-script text: one more than its spaces, tabs and no-break spaces. */
export function wordCount(run: string): number {
  let words = 1;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) words++;
  }
  return words;
}

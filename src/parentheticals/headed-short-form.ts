import type { Range } from './split-inside.js';
import { SHORT_FORM_HEADS, isThaiShortForm } from './thai-short-form.js';

/** The head nouns, longest first, so that กรมการ is read before กรม. */
const HEADS = [...SHORT_FORM_HEADS].sort((a, b) => b.length - a.length);

/**
 * A Thai short form after the head noun of its body (`สำนักงาน คปภ.`, the office of the
 * commission คปภ.; `กรม สบส.`): the head noun and the short form, or null.
 */
export function splitHeadedShortForm(form: string): { head: string; shortForm: string } | null {
  for (const head of HEADS) {
    if (!form.startsWith(head)) continue;
    const shortForm = form.slice(head.length).trimStart();
    return isThaiShortForm(shortForm) ? { head, shortForm } : null;
  }
  return null;
}

/**
 * The full name of a headed short form, found by `nameBefore` from its letters: the body's name
 * opens with the same head noun (`สำนักงานคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย
 * (สำนักงาน คปภ.)`); null when it does not, or when none is found.
 */
export function headedNameBefore(text: string, open: number, head: string, nameBefore: (end: number) => Range | null): Range | null {
  const name = nameBefore(open);
  return name && text.startsWith(head, name[0]) ? name : null;
}

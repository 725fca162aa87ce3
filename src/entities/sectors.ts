import { alternationOf } from '../text/alternation.js';
import { BUSINESS_KINDS } from '../thai/business-kinds.js';
import { REGION_WORDS } from '../thai/regions.js';
import type { Candidate } from './candidate.js';

/**
 * `ภาค` and what makes it a region: a compass word or `อีสาน` (`ภาคใต้`; `ภาคลาง`, a slip for
 * `ภาคกลาง`), a number (`ภาค 4`, `ภาคที่ 2`), or `วิชา` and a subject, a university's department
 * (`ภาควิชาชีววิทยา`, ThaiNER's ORGANIZATION), but not `ภาควิชาการ`, the academic sector.
 */
const REGION_OR_DEPARTMENT = new RegExp(`^ภาค(?:[ \\u00A0]?(?:${alternationOf([...REGION_WORDS, 'ลาง'])}|ที่|[0-9๐-๙])|วิชา(?!การ$))`, 'u');

/** `ภาค` opening a word of its own: not `ภาคี` (a partner), which opens bodies' names (`ภาคีเครือข่าย…`). */
const SECTOR = /^ภาค(?!ี)/u;

const BUSINESS_KIND = new Set(BUSINESS_KINDS);

/**
 * `ภาค` before any other word names a sector (`ภาคเอกชน`, `ภาคอุตสาหกรรม`, `ภาคประชาสังคม`,
 * `ภาคเกษตรไทย`), which ThaiNER never tags: every LOCATION and ORGANIZATION of its that opens with
 * `ภาค` is a region or a department. The model, which knows `ภาค` opens regions, tags sectors as
 * places or bodies. So is a word for a kind of business (`เอสเอ็มอี`, `สตาร์ทอัพไทย`: BUSINESS_KINDS)
 * alone, which the model, having seen it in bodies' names, tags as one. Returns the entities
 * without them.
 */
export function dropSectors(text: string, entities: readonly Candidate[]): Candidate[] {
  // a loop, not filter() with an arrow made per document, which is compiled over and over
  const kept: Candidate[] = [];
  for (const e of entities) if (!isSectorOrBusinessKind(text, e)) kept.push(e);
  return kept;
}

function isSectorOrBusinessKind(text: string, e: Candidate): boolean {
  if (e.label !== 'LOCATION' && e.label !== 'ORGANIZATION') return false;
  const name = text.slice(e.start, e.end);
  return BUSINESS_KIND.has(name) || (SECTOR.test(name) && !REGION_OR_DEPARTMENT.test(name));
}

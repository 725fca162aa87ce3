import type { Entity, EntityLabel, Parenthetical, Span, Token } from '../document/types.js';
import { type AcronymMention, findAcronymMentions, tableEntryOfDefinition } from '../parentheticals/acronym-mentions.js';
import { ENTITY_LABELS } from './labels.js';

// The callbacks are functions of the module: an arrow made per document is compiled again and again.
const copyOf = (e: Entity): Entity => ({ ...e });
const bySpan = (e: Entity): [string, Entity] => [`${e.start}:${e.end}`, e];
const byStartThenEnd = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;

/**
 * Adds to `entities` the short form in the parenthesis that defines it after a body's name
 * (definedShortForms) and the later bare mentions of short forms the document defines (`กกต.` after
 * `คณะกรรมการการเลือกตั้ง (กกต.)`), and names the common short forms of the built-in table that the
 * model tagged; code-point offsets throughout. A mention the model already tagged with the same
 * span keeps its label and gains the id it lacks; one that overlaps another entity is left out (the
 * model saw the context, the table did not); the other defined ones become entities with the label
 * of the full name: the entity over the definition's span, else the table's.
 */
export function addAcronymEntities(entities: readonly Entity[], text: string, parentheticals: readonly Parenthetical[], tokens: readonly Token[]): Entity[] {
  const mentions = findAcronymMentions(text, parentheticals, { tokens });
  const result = entities.map(copyOf);
  const same = new Map(result.map(bySpan));
  // A definition of a common short form names its body whether or not the short form comes again.
  for (const p of parentheticals) {
    const fullName = p.thai ?? p.english;
    const entry = p.acronym && fullName ? tableEntryOfDefinition(p.acronym.text, fullName.text) : undefined;
    if (entry && fullName) nameDefinition(fullName, entry.id, parentheticals, same);
  }
  const defined = definedShortForms(result, parentheticals, same);
  const added: Entity[] = [...defined];
  let next = 0; // entities are in text order, and so are the mentions
  for (const mention of mentions) {
    const { label, id } = fullNameReading(mention, same);
    if (id && mention.definition) nameDefinition(mention.definition, id, parentheticals, same);
    const existing = same.get(`${mention.start}:${mention.end}`);
    if (existing) {
      if (!existing.id && id && (!label || existing.label === label)) existing.id = id;
      continue;
    }
    // ThaiNER leaves the common short forms untagged where they are not names (ครม. as the
    // cabinet's meeting): the model decides those, the table only names what it tagged.
    if (!mention.definition || !label) continue;
    while (next < result.length && result[next].end <= mention.start) next++;
    if (next < result.length && result[next].start < mention.end) continue;
    // (no mention overlaps a short form of `defined`: findAcronymMentions takes none inside a parenthetical)
    const entity: Entity = { start: mention.start, end: mention.end, text: mention.text, label, source: 'acronym' };
    if (id) entity.id = id;
    added.push(entity);
  }
  return added.length ? [...result, ...added].sort(byStartThenEnd) : result;
}

/**
 * The short form in the parenthesis that defines it after a body's name (`กรมสอบสวนคดีพิเศษ (DSI)`,
 * `สำนักงานตำรวจแห่งชาติ (สตช.)`) is an ORGANIZATION, as ThaiNER tags all 21 of its Latin ones
 * after an organisation, where the name is one and nothing covers the short form; the model, which
 * reads a Latin acronym by its letters, misses some. With the name's id.
 */
function definedShortForms(entities: readonly Entity[], parentheticals: readonly Parenthetical[], same: ReadonlyMap<string, Entity>): Entity[] {
  const found: Entity[] = [];
  for (const p of parentheticals) {
    const fullName = p.thai ?? p.english;
    const named = p.acronym && fullName && same.get(`${fullName.start}:${fullName.end}`);
    if (!p.acronym || !named || named.label !== 'ORGANIZATION') continue;
    const { start, end, text } = p.acronym;
    if (overlapsAny(entities, start, end)) continue;
    const entity: Entity = { start, end, text, label: 'ORGANIZATION', source: 'acronym' };
    if (named.id) entity.id = named.id;
    found.push(entity);
  }
  return found;
}

/** Whether any of `entities` overlaps [start, end): a loop, as no arrow is made per parenthetical. */
function overlapsAny(entities: readonly Entity[], start: number, end: number): boolean {
  for (const e of entities) if (e.start < end && e.end > start) return true;
  return false;
}

/** The full name and its short form in the parenthesis that defines them take the id the mentions have. */
function nameDefinition(definition: Span, id: string, parentheticals: readonly Parenthetical[], entities: Map<string, Entity>): void {
  const defining = parentheticals.find((p) => [p.thai, p.english].some((name) => name?.start === definition.start && name.end === definition.end));
  for (const span of [definition, defining?.acronym]) {
    const entity = span && entities.get(`${span.start}:${span.end}`);
    if (entity && !entity.id) entity.id = id;
  }
}

/**
 * The label and id a mention takes: those of the entity over its definition, else the table's.
 * A full name that is neither an entity nor in the table (an event, a project, a law: MotoGP,
 * EEC) gives no label: its mentions are not names of the kinds ThaiNER tags.
 */
function fullNameReading(mention: AcronymMention, entities: Map<string, Entity>): { label?: EntityLabel; id?: string } {
  const named = mention.definition && entities.get(`${mention.definition.start}:${mention.definition.end}`);
  const label = named?.label ?? (isEntityLabel(mention.label) ? mention.label : undefined);
  const id = named?.id ?? mention.id;
  return { ...(label && { label }), ...(id && { id }) };
}

function isEntityLabel(label: string | undefined): label is EntityLabel {
  return label !== undefined && (ENTITY_LABELS as readonly string[]).includes(label);
}

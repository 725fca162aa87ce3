/**
 * Date values as the document format writes them: ISO-like strings at the expression's own
 * precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `THH:MM`, `YYYY-MM-DDTHH:MM`); `XXXX`
 * for a year that neither the text nor the document date gives.
 */
import type { ParsingComponents } from 'chrono-node';
import { isoWeek, pad } from '../thai/calendar.js';
import { hasWeekPrecision } from './result-tags.js';

export function formatValue(components: ParsingComponents, anchored: boolean): string {
  const year = components.get('year')!;
  if (hasWeekPrecision(components)) {
    const week = isoWeek({ year, month: components.get('month')!, day: components.get('day')! });
    return `${pad(week.year, 4)}-W${pad(week.week, 2)}`;
  }
  const yearText = components.isCertain('year') || anchored ? pad(year, 4) : 'XXXX';
  let date = '';
  if (components.isCertain('day')) date = `${yearText}-${pad(components.get('month')!, 2)}-${pad(components.get('day')!, 2)}`;
  else if (components.isCertain('month')) date = `${yearText}-${pad(components.get('month')!, 2)}`;
  else if (components.isCertain('year')) date = yearText;
  if (!components.isCertain('hour')) return date;
  return `${date}T${pad(components.get('hour')!, 2)}:${pad(components.get('minute') ?? 0, 2)}`;
}

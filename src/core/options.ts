import type { OptionsSpec, StageOptions } from './stage.js';

/**
 * Checks options given in a pipeline definition against a stage's declared options and fills
 * in defaults. Returns the resolved options and a list of problems (empty when all is well).
 */
export function resolveOptions(spec: OptionsSpec, given: unknown): { options: StageOptions; problems: string[] } {
  const problems: string[] = [];
  const options: StageOptions = {};
  if (given !== undefined && (given === null || typeof given !== 'object' || Array.isArray(given))) {
    return { options, problems: [`"options" must be an object, got ${JSON.stringify(given)}`] };
  }
  const values = (given ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!(key in spec)) {
      const known = Object.keys(spec);
      problems.push(`unknown option "${key}" (${known.length ? `known: ${known.join(', ')}` : 'this stage takes no options'})`);
    }
  }
  for (const [key, option] of Object.entries(spec)) {
    if (!(key in values)) {
      if (option.default !== undefined) options[key] = option.default;
      continue;
    }
    const value = values[key];
    const problem = checkValue(option.type, value, option.values, option.min, option.max);
    if (problem) problems.push(`option "${key}" ${problem}`);
    else options[key] = value;
  }
  return { options, problems };
}

function checkValue(type: OptionsSpec[string]['type'], value: unknown, allowed?: readonly string[], min?: number, max?: number): string | null {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, got ${JSON.stringify(value)}`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`;
      if (min !== undefined && value < min) return `must be at least ${min}, got ${value}`;
      if (max !== undefined && value > max) return `must be at most ${max}, got ${value}`;
      return null;
    case 'string':
      if (typeof value !== 'string') return `must be a string, got ${JSON.stringify(value)}`;
      if (allowed && !allowed.includes(value)) return `must be one of ${allowed.map((v) => `"${v}"`).join(', ')}, got "${value}"`;
      return null;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : `must be a list of strings, got ${JSON.stringify(value)}`;
  }
}

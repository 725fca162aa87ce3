import path from 'node:path';

/**
 * Wraps a file reader so that each file is read once per process: models are large, documents
 * many, and every pipeline built in the process shares the same copy.
 */
export function readOncePerPath<T>(read: (file: string) => T): (file: string) => T {
  const cache = new Map<string, T>();
  return (file) => {
    // the path as given first: resolving it on every call cost more than the lookup, and some
    // loaders are called at every position a stage weighs
    let value = cache.get(file);
    if (value !== undefined) return value;
    const key = path.resolve(file);
    value = cache.get(key);
    if (value === undefined) {
      value = read(key);
      cache.set(key, value);
    }
    cache.set(file, value);
    return value;
  };
}

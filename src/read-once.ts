import path from 'node:path';

/**
 * Wraps a file reader so that each file is read once per process: models are large, documents
 * many, and every pipeline built in the process shares the same copy.
 */
export function readOncePerPath<T>(read: (file: string) => T): (file: string) => T {
  const cache = new Map<string, T>();
  return (file) => {
    const key = path.resolve(file);
    let value = cache.get(key);
    if (value === undefined) {
      value = read(key);
      cache.set(key, value);
    }
    return value;
  };
}

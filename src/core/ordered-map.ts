export interface OrderedMapLimits<T> {
  /** Calls in flight at most. */
  concurrency: number;
  /** With `weight`: the in-flight items' total weight at most (one heavier item may still run alone). */
  maxWeight?: number;
  weight?: (item: T) => number;
}

/**
 * Applies `fn` to every item with bounded work in flight and yields the results in input
 * order. Input is pulled only as results are taken, so memory stays bounded by the limits
 * whatever the input's length. `fn` must not reject. When the input's iterator throws, the
 * results of every item it gave before are yielded first, then its error is thrown: nothing
 * already read is lost.
 */
export async function* mapOrdered<T, R>(items: Iterable<T> | AsyncIterable<T>, fn: (item: T) => Promise<R>, limits: OrderedMapLimits<T>): AsyncGenerator<R> {
  const pending: { result: Promise<R>; weight: number }[] = [];
  const maxWeight = limits.maxWeight ?? Infinity;
  let weight = 0;
  let inputError: { error: unknown } | null = null;
  try {
    for await (const item of items) {
      const w = limits.weight?.(item) ?? 0;
      pending.push({ result: fn(item), weight: w });
      weight += w;
      while (pending.length >= limits.concurrency || (pending.length > 1 && weight > maxWeight)) {
        const head = pending.shift()!;
        weight -= head.weight;
        yield await head.result;
      }
    }
  } catch (error) {
    inputError = { error };
  }
  while (pending.length) yield await pending.shift()!.result;
  if (inputError) throw inputError.error;
}

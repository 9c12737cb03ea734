/**
 * @module
 * Cutting a list into batches under a size cap, shared by the two places that
 * batch D1 writes: the request path's group commit (write-together.ts, capped
 * in statements) and the queue consumer's folds (src/queue/consumer.ts, capped
 * in checks).
 */

/**
 * `items` in order, cut into groups whose sizes add up to at most `max`. An
 * item is never cut: one larger than `max` is a group of its own.
 */
export function inGroups<T>(items: readonly T[], sizeOf: (item: T) => number, max: number): T[][] {
  const groups: T[][] = [];
  let total = 0;
  for (const item of items) {
    const size = sizeOf(item);
    const last = groups.at(-1);
    if (last && total + size <= max) {
      last.push(item);
      total += size;
    } else {
      groups.push([item]);
      total = size;
    }
  }
  return groups;
}

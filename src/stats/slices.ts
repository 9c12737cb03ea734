/**
 * @module
 * Which counts an answer needs from the database: the slices (lists of
 * dimensions in canonical order; [] is the total) that ./tabulate.ts reads.
 */
import { canonicalOrder, type DimensionName } from "./dimensions";

export type Slice = readonly DimensionName[];

export const sliceKey = (slice: Slice): string => slice.join(",");

/** The key of one combination of values (one per dimension of a slice, in its order). */
export const cellKey = (values: readonly string[]): string => values.join(KEY_SEPARATOR);
/** Never part of a value: values are option ids, codes and dates. */
export const KEY_SEPARATOR = "\u0001";

/** Every slice needed to answer a count by these dimensions (zero, one or two): the total, each one, the pair. */
export function slicesFor(dimensions: readonly DimensionName[]): Slice[] {
  const slices: Slice[] = [[], ...dimensions.map((d) => [d])];
  if (dimensions.length === 2) slices.push(canonicalOrder(dimensions));
  return slices;
}

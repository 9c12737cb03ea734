/**
 * @module
 * Which counts an answer needs from the database: the slices (lists of
 * dimensions in canonical order; [] is the total) that ./week-tables.ts reads
 * to suppress the asked table consistently with its margins and its linked
 * parents.
 */
import { DIMENSIONS, canonicalOrder, type DimensionName } from "./dimensions";

export type Slice = readonly DimensionName[];

export const sliceKey = (slice: Slice): string => slice.join(",");

/** The key of one combination of values (one per dimension of a slice, in its order). */
export const cellKey = (values: readonly string[]): string => values.join(KEY_SEPARATOR);
/** Never part of a value: values are option ids, codes and dates. */
export const KEY_SEPARATOR = "\u0001";

/** Every slice needed to answer a count by these dimensions (zero, one or two). */
export function slicesFor(dimensions: readonly DimensionName[]): Slice[] {
  const needed = new Map<string, Slice>();
  const add = (slice: Slice) => needed.set(sliceKey(slice), slice);
  const oneWay = (name: DimensionName) => {
    add([name]);
    const link = DIMENSIONS[name].link;
    if (link) oneWay(link.parent);
  };
  const twoWay = (x: DimensionName, y: DimensionName) => {
    const [a, b] = canonicalOrder([x, y]) as [DimensionName, DimensionName];
    add([a, b]);
    oneWay(a);
    oneWay(b);
    const linkA = DIMENSIONS[a].link;
    const linkB = DIMENSIONS[b].link;
    if (linkB && linkB.parent !== a) twoWay(a, linkB.parent);
    if (linkA && linkA.parent !== b) twoWay(linkA.parent, b);
    if (linkA && linkB && linkA.parent !== linkB.parent) twoWay(linkA.parent, linkB.parent);
  };
  add([]);
  const [first, second] = dimensions;
  if (first && second) twoWay(first, second);
  else if (first) oneWay(first);
  return [...needed.values()];
}

/**
 * @module
 * Stats never answer zeros for weeks a dimension was not counted in yet. A
 * dimension counted from a later week than the one asked refuses an explicit
 * `from` before it (naming the dimension and its first week); without `from`,
 * the answer starts at the latest first week of the dimensions asked, so a
 * default query never fails. Dimensions that are not stored answers (channel,
 * day, week, month) have been counted since the start.
 */
import { DIMENSIONS, type DimensionName } from "./dimensions";
import type { QueryProblem } from "./query";
import type { StatsQuery } from "./tabulate";

export type Covered =
  | { readonly ok: true; readonly query: StatsQuery }
  | { readonly ok: false; readonly problems: readonly QueryProblem[] };

/** The asked dimensions whose first week is recorded (the others count from the start). */
export function coveredDimensions(dimensions: readonly DimensionName[]): DimensionName[] {
  return dimensions.filter((d) => DIMENSIONS[d].source === "answer");
}

/**
 * Checks a parsed query against each dimension's first week (`firstWeeks`,
 * which must hold every covered dimension asked). `fromGiven`: the request
 * named `from` itself, rather than taking the default.
 */
export function checkCoverage(query: StatsQuery, fromGiven: boolean, firstWeeks: ReadonlyMap<string, string>): Covered {
  const asked = coveredDimensions(query.dimensions).map((dim) => ({ dim, firstWeek: firstWeeks.get(dim)! }));
  const late = asked.filter(({ firstWeek }) => firstWeek > query.from);
  if (!late.length) return { ok: true, query };
  if (fromGiven) {
    const problems = late.map(({ dim, firstWeek }) => ({
      parameter: "from",
      code: "not_yet_counted" as const,
      message: `${dim} is counted from the week of ${firstWeek}; ask from ${firstWeek} or later, or run npm run counts:rebuild`,
    }));
    return { ok: false, problems };
  }
  // The latest first week: from there on every dimension asked is counted.
  const from = late
    .map(({ firstWeek }) => firstWeek)
    .sort()
    .at(-1)!;
  return { ok: true, query: { ...query, from } };
}

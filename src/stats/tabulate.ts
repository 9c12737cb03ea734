/**
 * @module
 * An answer over a range of whole weeks, built from its weeks. Each week is
 * suppressed on its own (./week-tables.ts); a count over several weeks is the
 * sum of its weekly counts and is shown only when it is shown in every one of
 * them. So whatever two answers (or twenty) are subtracted from each other,
 * the result is a sum of weekly counts that were each shown: never a count from
 * 1 to 10 that a weekly table hid. That is the defence against differencing
 * two date ranges; see the README.
 */
import type { Channel } from "../check/vocabulary";
import { DIMENSIONS, canonicalOrder, isTimeDimension, timeValues, type DimensionName } from "./dimensions";
import { isSmall } from "./protect";
import { cellKey } from "./slices";
import { weekTables, type WeekCounts } from "./week-tables";

/** What was asked, with dates already snapped to whole weeks. */
export interface StatsQuery {
  readonly dimensions: readonly DimensionName[];
  /** A Monday. */
  readonly from: string;
  /** A Sunday. */
  readonly to: string;
  readonly channel: Channel | null;
}

export interface Tally {
  readonly count: number;
  readonly hidden: boolean;
}

/** The suppressed answer: a tally per combination of values, per value of each dimension, and in all. */
export interface StatsTable {
  readonly query: StatsQuery;
  /** Each asked dimension's values, in display order. */
  readonly values: readonly (readonly string[])[];
  /** Keyed by `cellKey` of the values, in the asked order. */
  readonly cells: ReadonlyMap<string, Tally>;
  /** For two dimensions: each one's own counts, exactly as the one-way answer gives them. */
  readonly margins: readonly ReadonlyMap<string, Tally>[];
  readonly total: Tally;
}

export { cellKey } from "./slices";

class Tallies {
  readonly map = new Map<string, { count: number; hidden: boolean }>();
  add(key: string, count: number, hidden: boolean) {
    const tally = this.map.get(key) ?? { count: 0, hidden: false };
    tally.count += count;
    tally.hidden ||= hidden;
    this.map.set(key, tally);
  }
  /** Belt and braces: by construction a sum of shown weekly counts is never small. */
  sealed(): Map<string, Tally> {
    for (const tally of this.map.values()) if (isSmall(tally.count)) tally.hidden = true;
    return this.map;
  }
}

/** Suppresses each week in the range (weeks without counts are all zeros) and adds them up. */
export function tabulate(query: StatsQuery, weeks: ReadonlyMap<string, WeekCounts>): StatsTable {
  const { dimensions } = query;
  const cells = new Tallies();
  const margins = dimensions.map(() => new Tallies());
  const total = new Tallies();
  const seen = dimensions.map(() => new Set<string>());
  for (const [week, counts] of weeks) {
    if (week < query.from || week > query.to) continue;
    const tables = weekTables(week, counts);
    const weekTotal = tables.total();
    total.add("", weekTotal.value, weekTotal.hidden);
    if (weekTotal.value === 0 || dimensions.length === 0) continue;
    const ones = dimensions.map((d) => tables.oneWay(d));
    ones.forEach((one, d) => one.values.forEach((v, i) => (seen[d]!.add(v), margins[d]!.add(v, one.counts[i]!, one.hidden[i]!))));
    if (dimensions.length === 1) {
      ones[0]!.values.forEach((v, i) => cells.add(cellKey([v]), ones[0]!.counts[i]!, ones[0]!.hidden[i]!));
      continue;
    }
    const [a, b] = canonicalOrder(dimensions) as [DimensionName, DimensionName];
    const cross = tables.twoWay(a, b);
    const asked = a === dimensions[0];
    cross.rows.forEach((r, i) =>
      cross.cols.forEach((c, j) => {
        const k = i * cross.cols.length + j;
        cells.add(cellKey(asked ? [r, c] : [c, r]), cross.counts[k]!, cross.hidden[k]!);
      }),
    );
  }
  const values = dimensions.map((name, d) => {
    if (isTimeDimension(name)) return timeValues(name, query.from, query.to);
    const listed = DIMENSIONS[name].values;
    return [...listed, ...[...seen[d]!].filter((v) => !listed.includes(v)).sort()];
  });
  return {
    query,
    values,
    cells: cells.sealed(),
    margins: dimensions.length === 2 ? margins.map((m) => m.sealed()) : [],
    total: total.sealed().get("") ?? { count: 0, hidden: false },
  };
}

/** Whether anything in the answer is hidden (for the audit log). */
export function anySuppressed(table: StatsTable): boolean {
  const hiddenIn = (map: ReadonlyMap<string, Tally>) => [...map.values()].some((t) => t.hidden);
  return table.total.hidden || hiddenIn(table.cells) || table.margins.some(hiddenIn);
}

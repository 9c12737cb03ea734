/**
 * @module
 * An answer over a range of whole weeks, every published number a fixed noisy
 * count of one set of responses (./cell-key.ts), and the sets kept few, so that
 * no combination of answers gives many independent looks at the same responses:
 *
 * - A count over a range (no time dimension asked) is the difference of two
 *   **cumulative** counts: everything from the first week counted to the last
 *   week asked, minus everything before the first week asked. Each cumulative
 *   count is one set of responses with its own fixed noise, so whatever ranges
 *   are asked, only one such set exists per week and cell: ranges
 *   [W-j..W] and [W-j..W-1] for every j give the same two noisy numbers for
 *   week W, not j fresh looks. The default range (from the first week) is a
 *   single cumulative count: noise of one standard deviation, however long.
 * - By week: each week's own cell. By day: each day's own cell. By month: a
 *   whole month inside the range is one cell; a month cut by the range is the
 *   sum of its weeks' parts (each part one cell: a whole week, or the days of a
 *   week that fall in that month).
 * - A channel filter or a pair of dimensions is just another set of responses:
 *   the same set reached by two queries has the same key sum, so the same noise.
 *
 * See README, "Counts for analysts", for the residual risk.
 */
import type { Channel } from "../check/vocabulary";
import { EMPTY, addCells, perturb, type Cell } from "./cell-key";
import { addDays } from "./calendar";
import { DIMENSIONS, canonicalOrder, isTimeDimension, timeValues, type DimensionName } from "./dimensions";
import { KEY_SEPARATOR, cellKey } from "./slices";
import type { WeekCounts } from "./week-counts";

export { cellKey } from "./slices";

/** What was asked, with dates already snapped to whole weeks. */
export interface StatsQuery {
  readonly dimensions: readonly DimensionName[];
  /** A Monday. */
  readonly from: string;
  /** A Sunday. */
  readonly to: string;
  readonly channel: Channel | null;
}

/** The published answer: a noisy count per combination of values, per value of each dimension, and in all. */
export interface StatsTable {
  readonly query: StatsQuery;
  /** Each asked dimension's values, in display order. */
  readonly values: readonly (readonly string[])[];
  /** Keyed by `cellKey` of the values, in the asked order; absent is 0. */
  readonly cells: ReadonlyMap<string, number>;
  /** For two dimensions: each one's own counts, exactly as the one-way answer gives them. */
  readonly margins: readonly ReadonlyMap<string, number>[];
  readonly total: number;
}

/** One week's cells for these dimensions, keyed in the asked order. */
function weekCells(counts: WeekCounts, dimensions: readonly DimensionName[]): Map<string, Cell> {
  const canonical = canonicalOrder(dimensions);
  const stored = counts.slice(canonical);
  if (dimensions.every((d, i) => d === canonical[i])) return new Map(stored);
  const cells = new Map<string, Cell>();
  for (const [key, cell] of stored) cells.set(cellKey([...key.split(KEY_SEPARATOR)].reverse()), cell);
  return cells;
}

const lastDayOfMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`, -1);
};

/** The published counts by these dimensions (asked order) over the query's weeks. */
function publish(
  query: StatsQuery,
  dimensions: readonly DimensionName[],
  weeks: ReadonlyMap<string, WeekCounts>,
): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, value: number) => out.set(key, (out.get(key) ?? 0) + value);
  const timed = dimensions.filter(isTimeDimension);
  if (!timed.length) {
    // Cumulative counts: to the last week asked, and before the first.
    const upTo = new Map<string, Cell>();
    const before = new Map<string, Cell>();
    for (const [week, counts] of weeks) {
      if (week > query.to) continue;
      const into = week < query.from ? before : upTo;
      for (const [key, cell] of weekCells(counts, dimensions)) {
        upTo.set(key, addCells(upTo.get(key) ?? EMPTY, cell));
        if (into === before) before.set(key, addCells(before.get(key) ?? EMPTY, cell));
      }
    }
    for (const [key, cell] of upTo) out.set(key, Math.max(0, perturb(cell) - perturb(before.get(key) ?? EMPTY)));
    return out;
  }
  const inRange = [...weeks].filter(([week]) => week >= query.from && week <= query.to);
  if (timed.includes("day") || timed.includes("week")) {
    // Each entry is one day's, one week's or one week-part-of-a-month's cell.
    for (const [, counts] of inRange) for (const [key, cell] of weekCells(counts, dimensions)) add(key, perturb(cell));
    return out;
  }
  // By month (alone or with a category): a whole month in range is one cell; a cut month, its weeks' parts.
  const monthAt = dimensions.indexOf("month");
  const wholeMonth = new Map<string, Cell>();
  for (const [, counts] of inRange) {
    for (const [key, cell] of weekCells(counts, dimensions)) {
      const month = key.split(KEY_SEPARATOR)[monthAt]!;
      const whole = `${month}-01` >= query.from && lastDayOfMonth(month) <= query.to;
      if (whole) wholeMonth.set(key, addCells(wholeMonth.get(key) ?? EMPTY, cell));
      else add(key, perturb(cell));
    }
  }
  for (const [key, cell] of wholeMonth) add(key, perturb(cell));
  return out;
}

/** The answer to a query from its weeks' counts (weeks before the range are needed for cumulative counts). */
export function tabulate(query: StatsQuery, weeks: ReadonlyMap<string, WeekCounts>): StatsTable {
  const { dimensions } = query;
  const values = dimensions.map((name) => {
    if (isTimeDimension(name)) return timeValues(name, query.from, query.to);
    const listed = DIMENSIONS[name].values;
    const seen = new Set([...weeks.values()].flatMap((counts) => counts.seen(name)));
    return [...listed, ...[...seen].filter((v) => !listed.includes(v)).sort()];
  });
  return {
    query,
    values,
    cells: publish(query, dimensions, weeks),
    margins: dimensions.length === 2 ? dimensions.map((d) => publish(query, [d], weeks)) : [],
    total: publish(query, [], weeks).get("") ?? 0,
  };
}

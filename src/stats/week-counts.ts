/**
 * @module
 * The counts read from the database, grouped by week into the `WeekCounts`
 * that ./week-tables.ts suppresses. Pure: the rows come from src/db/stats.ts.
 */
import type { DimensionName } from "./dimensions";
import { cellKey, sliceKey, type Slice } from "./slices";
import type { WeekCounts } from "./week-tables";

/** One count: in this week, for these values of the slice's dimensions (in the slice's order). */
export interface SliceRow {
  readonly week: string;
  readonly values: readonly string[];
  readonly count: number;
}

const NONE: ReadonlyMap<string, number> = new Map();

/** Each week that has any response, with its counts by slice. */
export function groupByWeek(slices: readonly Slice[], rows: readonly (readonly SliceRow[])[]): Map<string, WeekCounts> {
  const byWeek = new Map<string, Map<string, Map<string, number>>>();
  slices.forEach((slice, s) => {
    const key = sliceKey(slice);
    for (const row of rows[s] ?? []) {
      if (row.count === 0) continue;
      const week = byWeek.get(row.week) ?? new Map<string, Map<string, number>>();
      byWeek.set(row.week, week);
      const counts = week.get(key) ?? new Map<string, number>();
      week.set(key, counts);
      const values = cellKey(row.values);
      counts.set(values, (counts.get(values) ?? 0) + row.count);
    }
  });
  const loaded = new Set(slices.map(sliceKey));
  const weeks = new Map<string, WeekCounts>();
  for (const [week, counts] of byWeek) {
    const slice = (dimensions: readonly DimensionName[]) => {
      const key = sliceKey(dimensions);
      if (!loaded.has(key)) throw new Error(`The counts by "${key}" were not read`);
      return counts.get(key);
    };
    weeks.set(week, {
      slice: (dimensions) => slice(dimensions) ?? NONE,
      seen: (dimension) => [...(slice([dimension])?.keys() ?? [])],
    });
  }
  return weeks;
}

/**
 * @module
 * The counts read from the database, grouped by week: per slice (a list of
 * dimensions in canonical order; [] is the total), per combination of values,
 * a count and the sum of its responses' record keys (./cell-key.ts). Pure: the
 * rows come from src/db/stats.ts.
 */
import { addCells, type Cell } from "./cell-key";
import type { DimensionName } from "./dimensions";
import { cellKey, sliceKey, type Slice } from "./slices";

/** One week's counts by slice. */
export interface WeekCounts {
  /** Each combination of values the week's responses have, keyed by `cellKey` in the slice's order (absent: none). */
  slice(dimensions: readonly DimensionName[]): ReadonlyMap<string, Cell>;
  /** The values of a dimension this week's responses have, to catch ones the questionnaire no longer lists. */
  seen(dimension: DimensionName): readonly string[];
}

/** One count: in this week, for these values of the slice's dimensions (in the slice's order), with its key sum. */
export interface SliceRow {
  readonly week: string;
  readonly values: readonly string[];
  readonly count: number;
  readonly keys: number;
}

const NONE: ReadonlyMap<string, Cell> = new Map();

/** Each week that has any response, with its counts by slice. */
export function groupByWeek(slices: readonly Slice[], rows: readonly (readonly SliceRow[])[]): Map<string, WeekCounts> {
  const byWeek = new Map<string, Map<string, Map<string, Cell>>>();
  slices.forEach((slice, s) => {
    const key = sliceKey(slice);
    for (const row of rows[s] ?? []) {
      if (row.count === 0) continue;
      const week = byWeek.get(row.week) ?? new Map<string, Map<string, Cell>>();
      byWeek.set(row.week, week);
      const counts = week.get(key) ?? new Map<string, Cell>();
      week.set(key, counts);
      const values = cellKey(row.values);
      counts.set(values, addCells(counts.get(values) ?? { count: 0, keys: 0 }, row));
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

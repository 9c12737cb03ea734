/**
 * @module
 * An answer as the stats API writes it: JSON
 * `{ protection, group_by, from, to, channel, rows: [{ <dimension>: value, count }], total, subtotals? }`
 * or CSV with a header row. Every count is perturbed (./cell-key.ts): close to
 * the real count, never exactly known; "not asked / not answered" is a `null` value.
 */
import { NOISE_SD } from "./cell-key";
import { NOT_ASKED, type DimensionName } from "./dimensions";
import { cellKey, type StatsTable } from "./tabulate";

export type StatsRow = Record<string, string | number | null>;

/** How the counts are protected, as each answer states it. */
export const PROTECTION = { method: "cell_key_perturbation", noise_sd: NOISE_SD } as const;

const valueOut = (value: string) => (value === NOT_ASKED ? null : value);

/** Every combination of the dimensions' values, the first dimension outermost. */
function combinations(values: readonly (readonly string[])[]): string[][] {
  return values.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/** The answer's rows: one per combination of values (one row in all for no dimension). */
export function statsRows(table: StatsTable): StatsRow[] {
  const { dimensions } = table.query;
  if (!dimensions.length) return [{ count: table.total }];
  return combinations(table.values).map((combo) => ({
    ...Object.fromEntries(dimensions.map((d, i) => [d, valueOut(combo[i]!)])),
    count: table.cells.get(cellKey(combo)) ?? 0,
  }));
}

function marginRows(dimension: DimensionName, values: readonly string[], margin: ReadonlyMap<string, number>): StatsRow[] {
  return values.map((v) => ({ [dimension]: valueOut(v), count: margin.get(v) ?? 0 }));
}

/** The JSON body of an answer. */
export function statsJson(table: StatsTable) {
  const { dimensions, from, to, channel } = table.query;
  return {
    protection: PROTECTION,
    group_by: dimensions,
    from,
    to,
    channel,
    rows: statsRows(table),
    total: table.total,
    ...(dimensions.length === 2 && {
      subtotals: Object.fromEntries(dimensions.map((d, i) => [d, marginRows(d, table.values[i]!, table.margins[i]!)])),
    }),
  };
}

const csvField = (value: string | number | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV body of an answer: a header row, then the rows. */
export function statsCsv(table: StatsTable): string {
  const header = [...table.query.dimensions, "count"];
  const lines = [header, ...statsRows(table).map((row) => header.map((h) => row[h] ?? null))];
  return `${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}

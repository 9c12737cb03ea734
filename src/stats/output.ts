/**
 * @module
 * A suppressed answer as the stats API writes it: JSON
 * `{ k, group_by, from, to, channel, rows: [{ <dimension>: value, count, suppressed }], total, subtotals? }`
 * or CSV with a header row. A hidden count is `null` (empty in CSV) with
 * `suppressed: true`; "not asked / not answered" is a `null` value.
 */
import { NOT_ASKED, type DimensionName } from "./dimensions";
import { K } from "./protect";
import { cellKey, type StatsTable, type Tally } from "./tabulate";

export type StatsRow = Record<string, string | number | boolean | null>;

const valueOut = (value: string) => (value === NOT_ASKED ? null : value);
const countOut = (tally: Tally) => ({ count: tally.hidden ? null : tally.count, suppressed: tally.hidden });
const ZERO: Tally = { count: 0, hidden: false };

/** Every combination of the dimensions' values, the first dimension outermost. */
function combinations(values: readonly (readonly string[])[]): string[][] {
  return values.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/** The answer's rows: one per combination of values (one row in all for no dimension). */
export function statsRows(table: StatsTable): StatsRow[] {
  const { dimensions } = table.query;
  if (!dimensions.length) return [countOut(table.total)];
  return combinations(table.values).map((combo) => ({
    ...Object.fromEntries(dimensions.map((d, i) => [d, valueOut(combo[i]!)])),
    ...countOut(table.cells.get(cellKey(combo)) ?? ZERO),
  }));
}

function marginRows(dimension: DimensionName, values: readonly string[], margin: ReadonlyMap<string, Tally>): StatsRow[] {
  return values.map((v) => ({ [dimension]: valueOut(v), ...countOut(margin.get(v) ?? ZERO) }));
}

/** The JSON body of an answer. */
export function statsJson(table: StatsTable) {
  const { dimensions, from, to, channel } = table.query;
  return {
    k: K,
    group_by: dimensions,
    from,
    to,
    channel,
    rows: statsRows(table),
    total: table.total.hidden ? null : table.total.count,
    ...(dimensions.length === 2 && {
      subtotals: Object.fromEntries(dimensions.map((d, i) => [d, marginRows(d, table.values[i]!, table.margins[i]!)])),
    }),
  };
}

const csvField = (value: string | number | boolean | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV body of an answer: a header row, then the rows. */
export function statsCsv(table: StatsTable): string {
  const header = [...table.query.dimensions, "count", "suppressed"];
  const lines = [header, ...statsRows(table).map((row) => header.map((h) => row[h] ?? null))];
  return `${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * @module
 * Reading the counts a stats answer needs (the slices of src/stats/slices.ts)
 * in one batch: per slice, per week, how many responses have each combination
 * of values. Only the weekly and daily counts are read, never responses, so the
 * cost follows weeks × values, not the number of responses, and an answer is
 * the same before and after old responses are purged.
 */
import { and, between, eq, gt, sql, type SQL, type Subquery } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { STATS_START, weekOf } from "../stats/calendar";
import { DIMENSIONS, isTimeDimension, timeKey, type DimensionName } from "../stats/dimensions";
import type { Slice } from "../stats/slices";
import type { StatsQuery } from "../stats/tabulate";
import type { SliceRow } from "../stats/week-counts";
import type { Database } from "./client";
import { coverageQuery } from "./coverage";
import { dailyCounts, weeklyCounts } from "./schema";

const stored = (slice: Slice) => slice.filter((d) => DIMENSIONS[d].source === "answer");
const byChannel = (slice: Slice) => slice.includes("channel");
/** Days and months cut across weeks, so they need the daily counts. */
const needsDays = (slice: Slice) => slice.some((d) => d === "day" || d === "month");

// Rows travel packed, one string a week (or a day): a cross-tab can have 100,000
// counts, and turning each into a row of its own costs more than the query.
// Separators never found in a value (option ids, codes, dates), written once for SQL and for unpack().
const SEPARATORS = { value: "\u0001", count: "\u0002", cell: "\u0003", keys: "\u0004" } as const;
const charSql = (separator: string) => sql.raw(`char(${separator.charCodeAt(0)})`);
const [VALUE, COUNT, CELL, KEYS] = [
  charSql(SEPARATORS.value),
  charSql(SEPARATORS.count),
  charSql(SEPARATORS.cell),
  charSql(SEPARATORS.keys),
];

/**
 * Counts with no time dimension are the difference of two cumulative counts
 * (src/stats/tabulate.ts): everything up to `to`, minus everything before
 * `from`. A cumulative count is by definition a sum over every week since the
 * first one counted, so those weeks must be scanned (nothing stores running
 * totals), but they are added up in SQL into two buckets, not sent week by
 * week: `before` (every week before `from`, labelled STATS_START) and `asked`
 * (`from` to `to`, labelled `from`). tabulate() only asks of a week whether it
 * is before `from`, so the answer is the same as from every week's counts, and
 * what crosses from D1 to the Worker follows the values, not weeks × values.
 * By day, week or month, only the weeks asked are read.
 */
const firstDay = (slice: Slice, query: StatsQuery) => (slice.some(isTimeDimension) ? query.from : STATS_START);

/** The week a weekly count is reported under: its own, or for cumulative slices its bucket (see firstDay). */
function reportedWeek(slice: Slice, query: StatsQuery) {
  const w = weeklyCounts;
  if (slice.some(isTimeDimension)) return sql<string>`${w.week}`;
  return sql<string>`case when ${w.week} < ${query.from} then ${STATS_START} else ${query.from} end`;
}

function weeklyQuery(db: Database, slice: Slice, query: StatsQuery) {
  const w = weeklyCounts;
  // Pairs are stored under dim_a < dim_b (as SQLite compares text).
  const [dimA = "", dimB = ""] = stored(slice).sort();
  const filters: (SQL | undefined)[] = [
    eq(w.dimA, dimA),
    eq(w.dimB, dimB),
    between(w.week, firstDay(slice, query), weekOf(query.to)),
    query.channel ? eq(w.channel, query.channel) : undefined,
  ];
  const channel = byChannel(slice);
  const week = reportedWeek(slice, query);
  const cells = db
    .select({
      day: week.as("day"),
      a: w.valueA,
      b: w.valueB,
      channel: (channel ? sql<string>`${w.channel}` : sql<string>`''`).as("channel"),
      count: sql<number>`sum(${w.responses})`.as("count"),
      keys: sql<number>`sum(${w.keySum})`.as("keys"),
    })
    .from(w)
    .where(and(...filters))
    // In key order (channel last), so SQLite adds up channels without sorting (by week; buckets need one sort).
    .groupBy(week, w.valueA, w.valueB, ...(channel ? [w.channel] : []))
    .having(gt(sql`sum(${w.responses})`, 0))
    .as("cells");
  return packedByDay(db, cells);
}

/** One row a day (or week): its cells packed into one string, which unpack() reads. */
function packedByDay<
  Cells extends Subquery & Record<"day" | "a" | "b" | "channel" | "count" | "keys", SQLiteColumn | SQL.Aliased>,
>(db: Database, cells: Cells) {
  const packed = sql<string>`group_concat(${cells.a} || ${VALUE} || ${cells.b} || ${VALUE} || ${cells.channel} || ${COUNT} || ${cells.count} || ${KEYS} || ${cells.keys}, ${CELL})`;
  const day = sql<string>`${cells.day}`;
  return db.select({ day, packed }).from(cells).groupBy(day);
}

function dailyQuery(db: Database, slice: Slice, query: StatsQuery) {
  const d = dailyCounts;
  const filters = [
    eq(d.dim, stored(slice)[0] ?? ""),
    between(d.day, firstDay(slice, query), query.to),
    query.channel ? eq(d.channel, query.channel) : undefined,
  ];
  const channel = byChannel(slice);
  const cells = db
    .select({
      day: d.day,
      a: d.value,
      // One dimension: the second value is always empty.
      b: sql<string>`''`.as("b"),
      channel: (channel ? sql<string>`${d.channel}` : sql<string>`''`).as("channel"),
      count: sql<number>`sum(${d.responses})`.as("count"),
      keys: sql<number>`sum(${d.keySum})`.as("keys"),
    })
    .from(d)
    .where(and(...filters))
    .groupBy(d.day, d.value, ...(channel ? [d.channel] : []))
    .having(gt(sql`sum(${d.responses})`, 0))
    .as("cells");
  return packedByDay(db, cells);
}

/** Unpacks one week's (or day's) counts of a slice into rows, values in the slice's order. */
function unpack(slice: Slice, day: string, packed: string): SliceRow[] {
  const sorted = [...stored(slice)].sort();
  const week = weekOf(day);
  // Where each of the slice's values comes from: a time key, the channel, or stored value a or b.
  const sources = slice.map((name: DimensionName) =>
    isTimeDimension(name) ? timeKey(name, day) : name === "channel" ? 2 : sorted.indexOf(name),
  );
  return packed.split(SEPARATORS.cell).map((cell) => {
    const [key, numbers] = cell.split(SEPARATORS.count) as [string, string];
    const [count, keys] = numbers.split(SEPARATORS.keys) as [string, string];
    const parts = key.split(SEPARATORS.value);
    return {
      week,
      values: sources.map((s) => (typeof s === "string" ? s : parts[s]!)),
      count: Number(count),
      keys: Number(keys),
    };
  });
}

/**
 * Which stored counts a slice reads. Time dimensions are not stored (unpack adds
 * them from the day), so slices such as [] and ["week"] read the same rows.
 */
const readKey = (slice: Slice) =>
  `${needsDays(slice)}|${stored(slice).sort()}|${byChannel(slice)}|${slice.some(isTimeDimension)}`;

/**
 * The counts of each slice for the query's weeks and channel, and each
 * dimension's first week (src/db/coverage.ts), in one batch that reads each set
 * of rows once.
 */
export async function readSlices(
  db: Database,
  slices: readonly Slice[],
  query: StatsQuery,
): Promise<{ rows: SliceRow[][]; firstWeeks: Map<string, string> }> {
  const keys = slices.map(readKey);
  const distinct = slices.filter((_, s) => keys.indexOf(keys[s]!) === s);
  const reads = distinct.map((slice) => (needsDays(slice) ? dailyQuery(db, slice, query) : weeklyQuery(db, slice, query)));
  const [coverage, ...results] = await db.batch([coverageQuery(db), ...reads]);
  const rowsOf = new Map(distinct.map((slice, d) => [readKey(slice), results[d]!]));
  return {
    rows: slices.map((slice, s) => rowsOf.get(keys[s]!)!.flatMap(({ day, packed }) => unpack(slice, day, packed))),
    firstWeeks: new Map(coverage.map((row) => [row.dim, row.firstWeek])),
  };
}

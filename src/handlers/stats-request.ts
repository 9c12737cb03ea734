/**
 * @module
 * What the stats API and the analyst dashboard share: reading the parameters,
 * answering from the counts, and the audit entry every answer gets.
 */
import type { Context } from "hono";
import type { BatchItem } from "drizzle-orm/batch";
import { utcDay } from "../check/dates";
import type { Staff } from "../auth/middleware";
import { auditInsert } from "../db/audit";
import type { Database } from "../db/client";
import { readSlices } from "../db/stats";
import { parseStatsQuery, type ParsedQuery } from "../stats/query";
import { sliceKey, slicesFor } from "../stats/slices";
import { anySuppressed, tabulate, type StatsQuery, type StatsTable } from "../stats/tabulate";
import { groupByWeek } from "../stats/week-counts";

/** The request's stats parameters, checked. */
export function readStatsQuery(c: Context): ParsedQuery {
  return parseStatsQuery(c.req.queries(), utcDay(new Date()));
}

/**
 * Counts by each query's dimensions, suppressed, from the weekly and daily
 * counts. The queries share their weeks and channel (the dashboard's five
 * charts), so the counts they need are read once, in one batch.
 */
export async function answerStatsMany(db: Database, queries: readonly [StatsQuery, ...StatsQuery[]]): Promise<StatsTable[]> {
  const slices = [...new Map(queries.flatMap((q) => slicesFor(q.dimensions)).map((slice) => [sliceKey(slice), slice])).values()];
  const weeks = groupByWeek(slices, await readSlices(db, slices, queries[0]));
  return queries.map((query) => tabulate(query, weeks));
}

/** Counts by the query's dimensions, suppressed. */
export async function answerStats(db: Database, query: StatsQuery): Promise<StatsTable> {
  const [table] = await answerStatsMany(db, [query]);
  return table!;
}

/** The audit entry for an answer: who asked, what, and whether anything was hidden. Enumerated values only. */
export function statsAudit(db: Database, staff: Staff, table: StatsTable): BatchItem<"sqlite"> {
  const { dimensions, from, to, channel } = table.query;
  return auditInsert(db, {
    staff: staff.email,
    role: staff.role,
    action: "stats.queried",
    detail: { dimensions: [...dimensions], from, to, channel: channel ?? "all", suppressed: anySuppressed(table) },
  });
}

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
import { slicesFor } from "../stats/slices";
import { anySuppressed, tabulate, type StatsQuery, type StatsTable } from "../stats/tabulate";
import { groupByWeek } from "../stats/week-counts";

/** The request's stats parameters, checked (`allowed`: other parameters the surface accepts). */
export function readStatsQuery(c: Context, allowed: readonly string[] = []): ParsedQuery {
  return parseStatsQuery(c.req.queries(), utcDay(new Date()), allowed);
}

/** Counts by the query's dimensions, suppressed, from the weekly and daily counts. */
export async function answerStats(db: Database, query: StatsQuery): Promise<StatsTable> {
  const slices = slicesFor(query.dimensions);
  return tabulate(query, groupByWeek(slices, await readSlices(db, slices, query)));
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

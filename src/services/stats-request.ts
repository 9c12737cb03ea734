import type { BatchItem } from "drizzle-orm/batch";
import { utcDay } from "../check/dates";
import type { Staff } from "../auth/middleware";
import { auditInsert } from "../db/audit";
import type { Database } from "../db/client";
import { readSlices } from "../db/stats";
import { registerDimensions, mondayAfter } from "../db/coverage";
import { checkCoverage, coveredDimensions } from "../stats/coverage";
import type { QueryProblem } from "../stats/query";
import { sliceKey, slicesFor } from "../stats/slices";
import { tabulate, type StatsQuery, type StatsTable } from "../stats/tabulate";
import { groupByWeek } from "../stats/week-counts";
import { oldestUncountedDay } from "../db/pending";
import { publishingDay, weekOf } from "../stats/calendar";

/**
 * The day stats take as today. A published week must never change (README,
 * "Counts for analysts"), so:
 * - It is yesterday (PUBLISH_AFTER_DAYS, src/stats/calendar.ts): a week ending
 *   on Sunday is published on Tuesday (UTC). A check that D1 could not take is
 *   in the checks queue, where nothing can see it; the queue retries it for
 *   about 12 hours (README, "How late counts can be"), after which it is stored
 *   as pending or parked as a dead letter, and either holds its week back.
 *   A day's wait lets a check queued in a week's last moments get that far.
 * - While a check of an earlier week is not counted yet (pending, or parked as a
 *   dead letter), that week is held back, as if it were still under way.
 */
export async function statsToday(d1: D1Database, now = utcDay(new Date())): Promise<string> {
  const today = publishingDay(now);
  const oldest = await oldestUncountedDay(d1);
  return oldest && weekOf(oldest) < weekOf(today) ? weekOf(oldest) : today;
}

/** Tables for every query, or the problems that refuse them (a dimension not counted yet in the weeks asked). */
export type Answered<T> =
  | { readonly ok: true; readonly tables: T }
  | { readonly ok: false; readonly problems: readonly QueryProblem[] };

/**
 * Counts by each query's dimensions, perturbed, from the weekly and daily
 * counts. The queries share their weeks and channel (the dashboard's five
 * charts), so the counts they need are read once, in one batch, with each
 * dimension's first week; they also share `from`, moved or refused together
 * (src/stats/coverage.ts). A dimension asked with no first week yet is
 * registered first (src/db/coverage.ts). `fromGiven` as parseStatsQuery says.
 */
export async function answerStatsMany(
  db: Database,
  queries: readonly [StatsQuery, ...StatsQuery[]],
  fromGiven: boolean,
): Promise<Answered<StatsTable[]>> {
  const slices = [...new Map(queries.flatMap((q) => slicesFor(q.dimensions)).map((slice) => [sliceKey(slice), slice])).values()];
  const { rows, firstWeeks } = await readSlices(db, slices, queries[0]);
  const today = utcDay(new Date());
  const unregistered = [...new Set(queries.flatMap((q) => coveredDimensions(q.dimensions)))].filter((d) => !firstWeeks.has(d));
  await registerDimensions(db, unregistered, today);
  for (const dim of unregistered) firstWeeks.set(dim, mondayAfter(today));
  // All dimensions at once, so the shared `from` suits every query.
  const all = { ...queries[0], dimensions: [...new Set(queries.flatMap((q) => q.dimensions))] };
  const covered = checkCoverage(all, fromGiven, firstWeeks);
  if (!covered.ok) return covered;
  const weeks = groupByWeek(slices, rows);
  return { ok: true, tables: queries.map((query) => tabulate({ ...query, from: covered.query.from }, weeks)) };
}

/** Counts by the query's dimensions, perturbed. */
export async function answerStats(db: Database, query: StatsQuery, fromGiven: boolean): Promise<Answered<StatsTable>> {
  const answered = await answerStatsMany(db, [query], fromGiven);
  return answered.ok ? { ok: true, tables: answered.tables[0]! } : answered;
}

/** The audit entry for an answer: who asked and what. Enumerated values only. */
export function statsAudit(db: Database, staff: Staff, table: StatsTable): BatchItem<"sqlite"> {
  const { dimensions, from, to, channel } = table.query;
  return auditInsert(db, {
    staff: staff.email,
    role: staff.role,
    action: "stats.queried",
    detail: { dimensions: [...dimensions], from, to, channel: channel ?? "all" },
  });
}

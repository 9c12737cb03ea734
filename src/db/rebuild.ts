/**
 * @module
 * Recomputing the weekly and daily counts from the stored responses, week by
 * week (`npm run counts:rebuild`, scripts/counts-rebuild.ts): after a counted
 * question is added, its weeks before the app counted it get their counts.
 *
 * Takes the bare D1 binding (prepare, bind, batch), which the Worker, the
 * tests (inside workerd) and the script (Node, through wrangler's
 * getPlatformProxy) all have, and imports only files Node can load as they
 * are (with their extensions). Each week is one batch, so one transaction:
 * its counts are deleted and recounted by the same SQL every write uses
 * (src/db/aggregate-sql.ts), and a write landing meanwhile is either in the
 * recount or after it, never both.
 *
 * Weeks whose responses may have been purged are never touched: their counts
 * are all that is left of them. When anything was purged, the oldest stored
 * response's week may be partial, so the rebuild starts the week after it.
 */
import { addDays, weekOf } from "../stats/calendar.ts";
import { DAILY_COUNTS_SQL, FACT_DIMENSIONS, WEEKLY_COUNTS_SQL } from "./aggregate-sql.ts";

/** The part of the D1 binding the rebuild uses. */
export interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  first<T>(): Promise<T | null>;
  all<T>(): Promise<{ results: T[] }>;
}
export interface D1Like {
  prepare(query: string): D1Statement;
  batch(statements: D1Statement[]): Promise<unknown[]>;
}

/**
 * References per counting statement. Each statement must finish within D1's
 * limit on one query's time; a JSON array is one bound parameter (D1 allows
 * 100), 5,000 codes about 55 KB. A week of any size is still one batch.
 */
export const CHUNK = 5_000;

/** Where a rebuild is: the first week it recounted and the next week to recount. Resuming needs only this. */
export interface RebuildProgress {
  readonly firstWeek: string;
  readonly nextWeek: string;
}

/** The weeks that may be recounted (Mondays, oldest and newest); null when none may. */
export async function rebuildableWeeks(db: D1Like): Promise<{ from: string; to: string } | null> {
  const row = await db
    .prepare("SELECT min(day) AS oldest, max(day) AS newest, EXISTS (SELECT 1 FROM purged_references) AS purged FROM responses")
    .first<{ oldest: string | null; newest: string | null; purged: number }>();
  if (!row?.oldest || !row.newest) return null;
  const from = row.purged ? addDays(weekOf(row.oldest), 7) : weekOf(row.oldest);
  const to = weekOf(row.newest);
  return from > to ? null : { from, to };
}

// Fails the batch (week 'purged' breaks weekly_counts' CHECK, so D1 rolls the
// whole transaction back) when the oldest stored response is in this week or
// later and anything was purged: the purge has reached this week since the run
// was planned. The one atomic guard D1 allows, since a batch cannot branch.
const GUARD_SQL = `INSERT INTO weekly_counts (week, channel, dim_a, value_a, dim_b, value_b, responses)
SELECT 'purged', 'web', '', '', '', '', 0
WHERE EXISTS (SELECT 1 FROM purged_references) AND coalesce((SELECT min(day) FROM responses), '9999-12-31') >= ?`;

// By key prefix (every counted dimension and "" on both sides), so a week's
// rows are found by seeks, not by scanning every week's counts.
const DELETE_WEEKLY_SQL = `DELETE FROM weekly_counts
WHERE dim_a IN (SELECT value FROM json_each(?1)) AND dim_b IN (SELECT value FROM json_each(?1)) AND week = ?2`;
const DELETE_DAILY_SQL = "DELETE FROM daily_counts WHERE dim IN (SELECT value FROM json_each(?1)) AND day BETWEEN ?2 AND ?3";

/** Lowers the first week of every fact dimension to `week`, never raising one (see src/db/coverage.ts). */
const LOWER_COVERAGE_SQL = `INSERT INTO dimension_coverage (dim, first_week) SELECT value, ?2 FROM json_each(?1) WHERE true
ON CONFLICT (dim) DO UPDATE SET first_week = min(first_week, excluded.first_week)`;

/**
 * Recounts one week (a Monday) in one batch: deletes its weekly counts and its
 * days' daily counts, then adds every response of the week back. Returns how
 * many responses it counted. Rejects, changing nothing, if the week may hold
 * purged responses.
 */
export async function rebuildWeek(db: D1Like, week: string, chunk = CHUNK): Promise<number> {
  const sunday = addDays(week, 6);
  const { results } = await db
    .prepare("SELECT reference FROM responses WHERE day BETWEEN ? AND ?")
    .bind(week, sunday)
    .all<{ reference: string }>();
  const references = results.map((r) => r.reference);
  const dims = JSON.stringify(["", ...FACT_DIMENSIONS]);
  const counting: D1Statement[] = [];
  for (let i = 0; i < references.length; i += chunk) {
    const part = JSON.stringify(references.slice(i, i + chunk));
    counting.push(db.prepare(WEEKLY_COUNTS_SQL).bind(part, 1), db.prepare(DAILY_COUNTS_SQL).bind(part, 1));
  }
  try {
    await db.batch([
      db.prepare(GUARD_SQL).bind(week),
      db.prepare(DELETE_WEEKLY_SQL).bind(dims, week),
      db.prepare(DELETE_DAILY_SQL).bind(dims, week, sunday),
      ...counting,
    ]);
  } catch (error) {
    if (/CHECK constraint failed/.test(String(error)))
      throw new Error(`The week of ${week} may hold purged responses: its counts were left as they are`);
    throw error;
  }
  return references.length;
}

export interface RebuildOptions {
  /** Where an interrupted run stopped (saved from `onWeek`). */
  readonly resume?: RebuildProgress;
  /** Called once the weeks are known: the first and last this run recounts, and the responses in them. */
  readonly onStart?: (run: { from: string; to: string; responses: number }) => void;
  /** Called after each week is committed: save the progress to resume from there. */
  readonly onWeek?: (progress: RebuildProgress, responses: number) => void | Promise<void>;
}

export interface RebuildResult {
  readonly firstWeek: string | null;
  readonly weeks: number;
  readonly responses: number;
}

/**
 * Recounts every week that may be recounted, oldest first, then lowers every
 * fact dimension's first week to the first week recounted. Resumed, it goes on
 * from `resume.nextWeek`, unless the purge has passed it since: the weeks from
 * there on were never recounted, so the run starts again after the purge.
 */
export async function rebuildCounts(db: D1Like, { resume, onStart, onWeek }: RebuildOptions = {}): Promise<RebuildResult> {
  const plan = await rebuildableWeeks(db);
  if (!plan) return { firstWeek: null, weeks: 0, responses: 0 };
  const goOn = resume !== undefined && resume.nextWeek >= plan.from;
  const firstWeek = goOn ? resume.firstWeek : plan.from;
  const from = goOn ? resume.nextWeek : plan.from;
  if (onStart) {
    const total = await db.prepare("SELECT count(*) AS n FROM responses WHERE day >= ?").bind(from).first<{ n: number }>();
    onStart({ from, to: plan.to, responses: total!.n });
  }
  let weeks = 0;
  let responses = 0;
  for (let week = from; week <= plan.to; week = addDays(week, 7)) {
    const counted = await rebuildWeek(db, week);
    weeks += 1;
    responses += counted;
    await onWeek?.({ firstWeek, nextWeek: addDays(week, 7) }, counted);
  }
  await db.prepare(LOWER_COVERAGE_SQL).bind(JSON.stringify(FACT_DIMENSIONS), firstWeek).all();
  return { firstWeek, weeks, responses };
}

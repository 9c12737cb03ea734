/**
 * @module
 * Proves the counts are right: for every week whose responses are all still
 * stored (the weeks `npm run counts:rebuild` may recount, src/db/rebuild.ts),
 * the weekly and daily counts, counts and key sums, must equal a fresh fold of
 * the responses stored in that week, computed by the same SQL every fold uses.
 * Checks still pending are in neither (not stored in `responses`, not counted
 * yet), so a healthy database shows no difference at any moment.
 *
 * `npm run counts:check` (scripts/counts-check.ts) prints the result; the daily
 * cron logs any difference (src/handlers/scheduled.ts). Reads only. Each week is
 * read in one batch, so one transaction: a fold landing meanwhile is on both
 * sides or neither. Files Node loads as they are.
 */
import { addDays } from "../stats/calendar.ts";
import { DAILY_CELLS_BETWEEN_SQL, FACT_DIMENSIONS, WEEKLY_CELLS_BETWEEN_SQL } from "./aggregate-sql.ts";
import { rebuildableWeeks, type D1Like } from "./rebuild.ts";

/** One cell that differs: which table, its key, and the count and key sum on each side. */
export interface CountDifference {
  readonly table: "weekly_counts" | "daily_counts";
  readonly cell: string;
  readonly stored: { readonly responses: number; readonly keySum: number };
  readonly fresh: { readonly responses: number; readonly keySum: number };
}

export interface CountsCheck {
  readonly from: string | null;
  readonly to: string | null;
  readonly weeks: number;
  readonly responses: number;
  readonly cells: number;
  readonly differences: readonly CountDifference[];
}

type Row = Record<string, string | number>;

const STORED_WEEKLY_SQL = `SELECT week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum FROM weekly_counts
WHERE dim_a IN (SELECT value FROM json_each(?1)) AND dim_b IN (SELECT value FROM json_each(?1)) AND week = ?2`;
const STORED_DAILY_SQL = `SELECT day, channel, dim, value, responses, key_sum FROM daily_counts
WHERE dim IN (SELECT value FROM json_each(?1)) AND day BETWEEN ?2 AND ?3`;

/** Cells by key; a stored cell at zero (a response counted out by an edit) is the same as no cell. */
function cells(rows: readonly Row[], keyColumns: number): Map<string, { responses: number; keySum: number }> {
  const out = new Map<string, { responses: number; keySum: number }>();
  for (const row of rows) {
    const values = Object.values(row);
    const responses = Number(values[keyColumns]);
    const keySum = Number(values[keyColumns + 1]);
    if (responses === 0 && keySum === 0) continue;
    out.set(values.slice(0, keyColumns).join("|"), { responses, keySum });
  }
  return out;
}

function compare(
  table: CountDifference["table"],
  stored: Map<string, { responses: number; keySum: number }>,
  fresh: Map<string, { responses: number; keySum: number }>,
): CountDifference[] {
  const zero = { responses: 0, keySum: 0 };
  const differences: CountDifference[] = [];
  for (const cell of new Set([...stored.keys(), ...fresh.keys()])) {
    const a = stored.get(cell) ?? zero;
    const b = fresh.get(cell) ?? zero;
    if (a.responses !== b.responses || a.keySum !== b.keySum) differences.push({ table, cell, stored: a, fresh: b });
  }
  return differences;
}

/** Compares one week's counts (a Monday) with a fresh fold of its stored responses. */
export async function checkWeek(
  db: D1Like,
  week: string,
): Promise<{ responses: number; cells: number; differences: CountDifference[] }> {
  const sunday = addDays(week, 6);
  const dims = JSON.stringify(["", ...FACT_DIMENSIONS]);
  const [weeklyFresh, weeklyStored, dailyFresh, dailyStored, total] = (await db.batch([
    db.prepare(WEEKLY_CELLS_BETWEEN_SQL).bind(week, 1, sunday),
    db.prepare(STORED_WEEKLY_SQL).bind(dims, week),
    db.prepare(DAILY_CELLS_BETWEEN_SQL).bind(week, 1, sunday),
    db.prepare(STORED_DAILY_SQL).bind(dims, week, sunday),
    db.prepare("SELECT count(*) AS n FROM responses WHERE day BETWEEN ? AND ?").bind(week, sunday),
  ])) as { results: Row[] }[];
  const weekly = [cells(weeklyStored!.results, 6), cells(weeklyFresh!.results, 6)] as const;
  const daily = [cells(dailyStored!.results, 4), cells(dailyFresh!.results, 4)] as const;
  return {
    responses: Number(total!.results[0]?.n ?? 0),
    cells: weekly[1].size + daily[1].size,
    differences: [...compare("weekly_counts", ...weekly), ...compare("daily_counts", ...daily)],
  };
}

/** Checks every week whose responses are all still stored, oldest first. */
export async function checkCounts(db: D1Like, onWeek?: (week: string, responses: number) => void): Promise<CountsCheck> {
  const plan = await rebuildableWeeks(db);
  if (!plan) return { from: null, to: null, weeks: 0, responses: 0, cells: 0, differences: [] };
  let weeks = 0;
  let responses = 0;
  let cellCount = 0;
  const differences: CountDifference[] = [];
  for (let week = plan.from; week <= plan.to; week = addDays(week, 7)) {
    const result = await checkWeek(db, week);
    weeks += 1;
    responses += result.responses;
    cellCount += result.cells;
    differences.push(...result.differences);
    onWeek?.(week, result.responses);
  }
  return { from: plan.from, to: plan.to, weeks, responses, cells: cellCount, differences };
}

/** Seeded responses and snapshots of the counts, for the counts:rebuild and coverage tests. */
import { env } from "cloudflare:test";
import { RESPONSE_COLUMNS, drawDays, random, referenceCode, seedResponse } from "../../scripts/seed-data";
import { DAILY_COUNTS_SQL, FACT_DIMENSIONS, WEEKLY_COUNTS_SQL } from "../../src/db/aggregate-sql";

/**
 * Stores `count` synthetic responses from 2024-06-17 to `end` with their
 * counts, in one batch, by the SQL scripts/seed.ts uses (the app's own count SQL).
 */
export async function seedResponses(count: number, end: string, seedNumber = 1): Promise<void> {
  const rand = random(seedNumber);
  const batch = drawDays(rand, count, end).map((day, i) => seedResponse(rand, referenceCode(seedNumber * 100_000, i), day));
  const references = JSON.stringify(batch.map((r) => r.row[0]));
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO responses (${RESPONSE_COLUMNS.join(", ")}) SELECT ${RESPONSE_COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`,
    ).bind(JSON.stringify(batch.map((r) => r.row))),
    env.DB.prepare(
      "INSERT INTO response_choices (reference, question, option) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)",
    ).bind(JSON.stringify(batch.flatMap((r) => r.choices))),
    env.DB.prepare(WEEKLY_COUNTS_SQL).bind(references, 1),
    env.DB.prepare(DAILY_COUNTS_SQL).bind(references, 1),
  ]);
}

export interface Counts {
  readonly weekly: unknown[][];
  readonly daily: unknown[][];
}

/** Both count tables, every row (zeros included), in key order. */
export async function snapshot(): Promise<Counts> {
  const weekly = await env.DB.prepare(
    "SELECT week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum FROM weekly_counts ORDER BY 1, 2, 3, 4, 5, 6",
  ).raw();
  const daily = await env.DB.prepare(
    "SELECT day, channel, dim, value, responses, key_sum FROM daily_counts ORDER BY 1, 2, 3, 4",
  ).raw();
  return { weekly, daily };
}

/** The rows of a snapshot for the weeks from `from` (a Monday) on, or before it. */
export function weeksOf(counts: Counts, part: "before" | "from", from: string): Counts {
  const keep = (day: unknown) => (part === "from" ? String(day) >= from : String(day) < from);
  return { weekly: counts.weekly.filter((r) => keep(r[0])), daily: counts.daily.filter((r) => keep(r[0])) };
}

/** Puts dimension_coverage back as migration 0006 left it: every fact dimension from 2024-06-17. */
export async function resetCoverage(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare("DELETE FROM dimension_coverage"),
    env.DB.prepare("INSERT INTO dimension_coverage (dim, first_week) SELECT value, '2024-06-17' FROM json_each(?)").bind(
      JSON.stringify(FACT_DIMENSIONS),
    ),
  ]);
}

export async function firstWeekOf(dim: string): Promise<string | undefined> {
  const row = await env.DB.prepare("SELECT first_week FROM dimension_coverage WHERE dim = ?")
    .bind(dim)
    .first<{ first_week: string }>();
  return row?.first_week;
}

/**
 * @module
 * Fills the local D1 (the one `npm start` serves, in .wrangler/state) with
 * synthetic responses, their choices and their weekly and daily counts:
 *
 *   npm run seed -- --responses 1000000 [--persist-to .wrangler/state] [--seed 1]
 *
 * Adds to what is there. Stop `npm start` first: two local servers on one D1
 * file do not mix. The mix of responses is described in scripts/seed-data.ts.
 * Writes go through the D1 binding (wrangler's getPlatformProxy) in batches
 * of 5,000 responses; the counts come from the same SQL the app's writes use
 * (src/db/aggregate-sql.ts).
 */
import { join } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { getPlatformProxy } from "wrangler";
import { DAILY_COUNTS_SQL, FACT_DIMENSIONS, WEEKLY_COUNTS_SQL } from "../src/db/aggregate-sql.ts";
import { STATS_START, lastCompleteWeekEnd, publishingDay } from "../src/stats/calendar.ts";
import { progress } from "./lib/progress.ts";
import { RESPONSE_COLUMNS, drawDays, random, referenceCode, seedResponse } from "./seed-data.ts";

const BATCH = 5_000;

/** The little of the D1 binding this script uses (Node has no Workers types). */
interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  first<T>(): Promise<T | null>;
}
interface D1 {
  prepare(sql: string): D1Statement;
  batch(statements: D1Statement[]): Promise<unknown[]>;
}

/** The Sunday that ended the last week published (the stats API stops there too, src/services/stats-request.ts). */
function lastPublishedSunday(now = new Date()): string {
  return lastCompleteWeekEnd(publishingDay(now.toISOString().slice(0, 10)));
}

/** Adds `count` responses to the D1 at `persistTo`; resolves when all are written. */
export async function seed({ count, persistTo, seedNumber }: { count: number; persistTo: string; seedNumber: number }) {
  const { env, dispose } = await getPlatformProxy<{ DB: D1 }>({
    persist: { path: join(persistTo, "v3") },
    remoteBindings: false,
  });
  try {
    const existing = (await env.DB.prepare("select count(*) as n from responses").first<{ n: number }>())!.n;
    // A different stretch of codes for each run, so adding to a seeded database never repeats one.
    const offset = Math.floor(random(seedNumber + existing)() * 2 ** 40);
    const rand = random(seedNumber + existing);
    const days = drawDays(rand, count, lastPublishedSunday());
    const insertResponses = `INSERT INTO responses (${RESPONSE_COLUMNS.join(", ")}) SELECT ${RESPONSE_COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;
    const insertChoices =
      "INSERT INTO response_choices (reference, question, option) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)";
    const started = Date.now();
    for (let from = 0; from < count; from += BATCH) {
      const batch = days.slice(from, from + BATCH).map((day, i) => seedResponse(rand, referenceCode(offset, from + i), day));
      const references = JSON.stringify(batch.map((r) => r.row[0]));
      // One transaction a batch: responses, choices and their counts together, as the app writes them.
      await env.DB.batch([
        env.DB.prepare(insertResponses).bind(JSON.stringify(batch.map((r) => r.row))),
        env.DB.prepare(insertChoices).bind(JSON.stringify(batch.flatMap((r) => r.choices))),
        env.DB.prepare(WEEKLY_COUNTS_SQL).bind(references, 1),
        env.DB.prepare(DAILY_COUNTS_SQL).bind(references, 1),
      ]);
      progress(Math.min(from + BATCH, count), count, started);
    }
    process.stderr.write("\n");
    // Seeded into an empty D1, every dimension of today's registry was counted for every response, so each is
    // counted from the start, including one added after migration 0006 (installed_on), which the app would
    // otherwise count only from the Monday after it first sees it (src/db/coverage.ts).
    if (existing === 0) {
      const coverage =
        "INSERT INTO dimension_coverage (dim, first_week) SELECT value, ?2 FROM json_each(?1) WHERE true ON CONFLICT (dim) DO UPDATE SET first_week = excluded.first_week";
      await env.DB.batch([env.DB.prepare(coverage).bind(JSON.stringify(FACT_DIMENSIONS), STATS_START)]);
    }
    return { before: existing, after: existing + count, seconds: (Date.now() - started) / 1000 };
  } finally {
    await dispose();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      responses: { type: "string", default: "10000" },
      "persist-to": { type: "string", default: ".wrangler/state" },
      seed: { type: "string", default: "1" },
    },
  });
  const count = Number(values.responses);
  if (!Number.isInteger(count) || count < 1) {
    console.error("Usage: npm run seed -- --responses <how many> [--persist-to .wrangler/state] [--seed 1]");
    process.exit(2);
  }
  const result = await seed({ count, persistTo: values["persist-to"]!, seedNumber: Number(values.seed) });
  console.log(
    `Seeded ${count.toLocaleString("en-US")} responses in ${result.seconds.toFixed(0)} s; the local D1 now holds ${result.after.toLocaleString("en-US")}.`,
  );
}

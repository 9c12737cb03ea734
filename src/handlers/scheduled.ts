/**
 * @module
 * The Cron Triggers (wrangler.toml `[triggers]`). Every 10 minutes, the sweep:
 * any check left pending (its fold message lost or not yet delivered) is folded
 * (src/db/pending.ts). Daily: the sweep, the retention purge, then the counts
 * check (src/db/counts-check.ts), which logs any difference.
 *
 * The retention purge:
 * Raw responses from before today minus RETENTION_DAYS are deleted; their
 * counts stay in the aggregates, so no stats answer changes. It also gives a
 * dimension newly added to the registry its first week (src/db/coverage.ts),
 * so its weeks start the Monday after the deploy, asked for or not.
 */
import { addDays, utcDay } from "../check/dates";
import { configOf, type ConfigEnv } from "../config";
import { database } from "../db/client";
import { registerFactDimensions } from "../db/coverage";
import { purgeResponsesBefore } from "../db/retention";
import { checkCounts } from "../db/counts-check";
import { sweepPending } from "../db/pending";

/** Runs the purge as of `now`; returns how many responses it deleted. */
export async function purgeExpired(env: Pick<Env, "DB"> & Pick<ConfigEnv, "RETENTION_DAYS">, now: Date): Promise<number> {
  const retention = configOf(env).retention;
  // A typo must not delete anything: refuse to run rather than guess.
  if (!retention.ok) {
    console.error(`${retention.problem}. Nothing was purged.`);
    return 0;
  }
  const { days } = retention;
  const cutoff = addDays(utcDay(now), -days);
  const deleted = await purgeResponsesBefore(database(env.DB), cutoff);
  console.log(`Retention: deleted ${deleted} responses from before ${cutoff} (kept ${days} days).`);
  return deleted;
}

/** The sweep's cron (wrangler.toml); any other is the daily one. */
export const SWEEP_CRON = "*/10 * * * *";

/** Folds every check left pending; logs what it did when there was anything. */
export async function sweep(env: Pick<Env, "DB">): Promise<void> {
  const { folded, failed } = await sweepPending(env.DB);
  if (folded || failed) console.log(`Sweep: folded ${folded} pending checks${failed ? `; ${failed} could not be folded` : ""}.`);
}

/** Compares the counts of every week not purged with a fresh fold; logs every difference (never a reference). */
export async function checkCountsAndLog(env: Pick<Env, "DB">): Promise<number> {
  const result = await checkCounts(env.DB);
  for (const d of result.differences.slice(0, 50)) {
    console.error(
      `Counts check: ${d.table} ${d.cell}: stored ${d.stored.responses} (keys ${d.stored.keySum}), ` +
        `fresh fold ${d.fresh.responses} (keys ${d.fresh.keySum})`,
    );
  }
  const summary = `${result.weeks} weeks (${result.from ?? "-"} to ${result.to ?? "-"}), ${result.responses} responses, ${result.cells} cells`;
  if (result.differences.length)
    console.error(`Counts check: ${result.differences.length} cells differ over ${summary}; run npm run counts:rebuild`);
  else console.log(`Counts check: the counts equal a fresh fold over ${summary}.`);
  return result.differences.length;
}

/** The Worker's `scheduled` handler. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  if (controller.cron === SWEEP_CRON) return sweep(env);
  const now = new Date(controller.scheduledTime);
  await registerFactDimensions(database(env.DB), utcDay(now));
  // Before the purge: a check is counted before its week can be purged.
  await sweep(env);
  await purgeExpired(env, now);
  await checkCountsAndLog(env);
};

/**
 * @module
 * The daily Cron Trigger (wrangler.toml `[triggers]`): the retention purge.
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

/** The Worker's `scheduled` handler. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const now = new Date(controller.scheduledTime);
  await registerFactDimensions(database(env.DB), utcDay(now));
  await purgeExpired(env, now);
};

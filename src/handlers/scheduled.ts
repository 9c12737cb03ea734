/**
 * @module
 * The daily Cron Trigger (wrangler.toml `[triggers]`): the retention purge.
 * Raw responses from before today minus RETENTION_DAYS are deleted; their
 * counts stay in the aggregates, so no stats answer changes. It also gives a
 * dimension newly added to the registry its first week (src/db/coverage.ts),
 * so its weeks start the Monday after the deploy, asked for or not.
 */
import { addDays, utcDay } from "../check/dates";
import { database } from "../db/client";
import { registerFactDimensions } from "../db/coverage";
import { purgeResponsesBefore } from "../db/retention";

/** Used when RETENTION_DAYS is not set: a little over a year. */
export const DEFAULT_RETENTION_DAYS = 400;

/** RETENTION_DAYS as a whole number of days, or undefined when it is not one. */
export function retentionDays(setting: string | undefined): number | undefined {
  if (setting === undefined || setting.trim() === "") return DEFAULT_RETENTION_DAYS;
  return /^\d+$/.test(setting.trim()) && Number(setting) >= 1 ? Number(setting) : undefined;
}

/** Runs the purge as of `now`; returns how many responses it deleted. */
export async function purgeExpired(env: Pick<Env, "DB"> & { RETENTION_DAYS?: string }, now: Date): Promise<number> {
  const days = retentionDays(env.RETENTION_DAYS);
  // A typo must not delete anything: refuse to run rather than guess.
  if (days === undefined) {
    console.error(`RETENTION_DAYS must be a whole number of days; "${env.RETENTION_DAYS}" is not. Nothing was purged.`);
    return 0;
  }
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

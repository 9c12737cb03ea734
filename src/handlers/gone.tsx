/**
 * @module
 * "410 Gone" for a reference whose check the retention purge deleted: the
 * public result page, the JSON API and the hotline desk say so, and why,
 * instead of "not found". Only the bare code was kept (src/db/retention.ts).
 */
import type { Context } from "hono";
import { database } from "../db/client";
import { wasPurged } from "../db/retention";
import { fill } from "../i18n";
import { MessagePage } from "../ui/pages/message";
import { apiError } from "./api-errors";
import { pageContext } from "./locale";
import { DEFAULT_RETENTION_DAYS, retentionDays } from "./scheduled";

type RetentionEnv = { Bindings: Pick<Env, "DB"> & { RETENTION_DAYS?: string } };

/** Whether this reference's check existed and was deleted by the retention purge. */
export function isGone<E extends RetentionEnv>(c: Context<E>, reference: string | undefined): Promise<boolean> {
  return reference ? wasPurged(database(c.env.DB), reference) : Promise.resolve(false);
}

const days = <E extends RetentionEnv>(c: Context<E>) => String(retentionDays(c.env.RETENTION_DAYS) ?? DEFAULT_RETENTION_DAYS);

/** The public page for a deleted check. */
export function gonePage<E extends RetentionEnv>(c: Context<E>) {
  const page = pageContext(c);
  const { gone } = page.catalog.retention;
  return c.html(<MessagePage page={page} title={gone.title} body={fill(gone.body, { days: days(c) })} />, 410);
}

/** The API's answer for a deleted check. */
export function goneJson<E extends RetentionEnv>(c: Context<E>) {
  return apiError(c, 410, `The check with that reference code was deleted ${days(c)} days after it was made (data retention); its answers are no longer kept`);
}

/** What the hotline desk tells an agent about a deleted check. */
export function hotlineGoneMessage<E extends RetentionEnv>(c: Context<E>, reference: string, page = pageContext(c)): string {
  return fill(page.catalog.retention.hotlineGone, { reference, days: days(c) });
}

/** The hotline desk's page for a deleted check (script, outcome, edit). */
export function hotlineGonePage<E extends RetentionEnv>(c: Context<E>, reference: string) {
  const page = pageContext(c);
  return c.html(<MessagePage page={page} title={page.catalog.retention.gone.title} body={hotlineGoneMessage(c, reference, page)} />, 410);
}

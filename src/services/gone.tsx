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
import type { Refusal } from "../middleware/refusals";
import { pageContext } from "../middleware/locale";
import { DEFAULT_RETENTION_DAYS, configOf } from "../config";

type RetentionEnv = { Bindings: Pick<Env, "DB"> & { RETENTION_DAYS?: string } };

/** Whether this reference's check existed and was deleted by the retention purge. */
export function isGone<E extends RetentionEnv>(c: Context<E>, reference: string | undefined): Promise<boolean> {
  return reference ? wasPurged(database(c.env.DB), reference) : Promise.resolve(false);
}

/** The retention period people are told about (the default when RETENTION_DAYS is misconfigured, as the purge then keeps more). */
const days = <E extends RetentionEnv>(c: Context<E>) => {
  const retention = configOf(c.env).retention;
  return String(retention.ok ? retention.days : DEFAULT_RETENTION_DAYS);
};

/** The refusal for a deleted check: the public result page and the JSON API say why, not "not found". */
export function goneRefusal<E extends RetentionEnv>(c: Context<E>): Refusal {
  const kept = days(c);
  return {
    api: `The check with that reference code was deleted ${kept} days after it was made (data retention); its answers are no longer kept`,
    page: (catalog) => ({ title: catalog.retention.gone.title, body: fill(catalog.retention.gone.body, { days: kept }) }),
  };
}

/** What the hotline desk tells an agent about a deleted check. */
export function hotlineGoneMessage<E extends RetentionEnv>(c: Context<E>, reference: string, page = pageContext(c)): string {
  return fill(page.catalog.retention.hotlineGone, { reference, days: days(c) });
}

/** The hotline desk's page for a deleted check (script, outcome, edit). */
export function hotlineGonePage<E extends RetentionEnv>(c: Context<E>, reference: string) {
  const page = pageContext(c);
  return c.html(
    <MessagePage page={page} title={page.catalog.retention.gone.title} body={hotlineGoneMessage(c, reference, page)} />,
    410,
  );
}

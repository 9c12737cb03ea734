/**
 * @module
 * The words of every page (src/i18n), read once per Worker instance from the
 * static file scripts/build-css.mjs writes (public/assets/words.<hash>.json),
 * before the first request is answered: kept out of the bundle, they would be a
 * quarter of it. The file's name carries a hash of its content, so a Worker
 * always reads the words it was built with. Where the catalogs are already
 * provided (tests import src/i18n/bundled.ts), nothing is read.
 */
import { createMiddleware } from "hono/factory";
import { catalogsProvided, provideCatalogs } from "../i18n";
import { CATALOGS_PATH } from "../ui/styles/generated";

let loading: Promise<void> | undefined;

async function readCatalogs(assets: Fetcher): Promise<void> {
  const res = await assets.fetch(new Request(`https://assets.invalid${CATALOGS_PATH}`));
  if (!res.ok) throw new Error(`${CATALOGS_PATH} answered ${res.status}`);
  provideCatalogs(await res.json());
}

export const loadCatalogs = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  if (!catalogsProvided()) {
    loading ??= readCatalogs(c.env.ASSETS).finally(() => {
      loading = undefined;
    });
    try {
      await loading;
    } catch (error) {
      // No words, no page: a plain refusal, and the next request tries again.
      console.error(`catalogs: ${error instanceof Error ? error.message : String(error)}`);
      return c.text("The service is starting; try again in a moment.", 503, { "Retry-After": "1" });
    }
  }
  await next();
});

/**
 * @module
 * Rate limits with the Workers Rate Limiting bindings in wrangler.toml, each
 * counting per client (client-key.ts: an IPv4 address or an IPv6 /64):
 * - `SUBMISSION_LIMITER` on public submissions (a completed web check, POST /api/v1/checks);
 * - `LOOKUP_LIMITER` on reference lookups (/result/{ref}, GET /api/v1/checks/{ref}), so
 *   reference codes cannot be guessed at hundreds a second. Found or not, every lookup
 *   counts: a guesser's requests are nearly all misses.
 * Past a limit: 429 with Retry-After, as JSON under /api/ and a page elsewhere.
 */
import { createMiddleware } from "hono/factory";
import type { Catalog } from "../i18n";
import { MessagePage } from "../ui/pages/message";
import { apiError } from "./api-errors";
import { clientKey } from "./client-key";
import { pageContext } from "./locale";

/** Both limiters' period (wrangler.toml): a refused client may try again after this many seconds. */
const PERIOD_SECONDS = 60;

interface Limit {
  readonly limiter: (env: Env) => RateLimit;
  /** The API's message, before "; try again in N seconds". */
  readonly apiMessage: string;
  readonly words: (catalog: Catalog) => { readonly title: string; readonly body: string };
}

function rateLimit({ limiter, apiMessage, words }: Limit) {
  return createMiddleware<{ Bindings: Env }>(async (c, next) => {
    const { success } = await limiter(c.env).limit({ key: clientKey(c.req.header("cf-connecting-ip")) });
    if (success) return next();
    c.header("Retry-After", String(PERIOD_SECONDS));
    if (c.req.path.startsWith("/api/")) return apiError(c, 429, `${apiMessage}; try again in ${PERIOD_SECONDS} seconds`);
    const page = pageContext(c);
    const { title, body } = words(page.catalog);
    return c.html(<MessagePage page={page} title={title} body={body} />, 429);
  });
}

export const limitSubmissions = rateLimit({
  limiter: (env) => env.SUBMISSION_LIMITER,
  apiMessage: "Too many checks from this address",
  words: (catalog) => catalog.pages.tooMany,
});

export const limitLookups = rateLimit({
  limiter: (env) => env.LOOKUP_LIMITER,
  apiMessage: "Too many lookups from this address",
  words: (catalog) => catalog.pages.tooManyLookups,
});

/**
 * @module
 * Rate limits with the Workers Rate Limiting bindings in wrangler.toml, each
 * counting per client (client-key.ts: an IPv4 address or an IPv6 /64):
 * - `SUBMISSION_LIMITER` on public submissions (a completed web check, POST /api/v1/checks);
 * - `LOOKUP_LIMITER` on reference lookups (/result/{ref}, GET /api/v1/checks/{ref}), so
 *   reference codes cannot be guessed at hundreds a second. Found or not, every lookup
 *   counts: a guesser's requests are nearly all misses.
 * - `FEEDBACK_LIMITER` on "Was this useful?" answers (POST /result/{ref}/feedback).
 * Past a limit: 429 with Retry-After, refused as the surface speaks (JSON or a page).
 */
import { createMiddleware } from "hono/factory";
import { clientKey } from "./client-key";
import { refuse, type Refusal } from "./refusals";

/** Both limiters' period (wrangler.toml): a refused client may try again after this many seconds. */
const PERIOD_SECONDS = 60;

interface Limit {
  readonly limiter: (env: Env) => RateLimit;
  /** The API's message, before "; try again in N seconds". */
  readonly apiMessage: string;
  readonly words: Refusal["page"];
}

function rateLimit({ limiter, apiMessage, words }: Limit) {
  return createMiddleware<{ Bindings: Env }>(async (c, next) => {
    const { success } = await limiter(c.env).limit({ key: clientKey(c.req.header("cf-connecting-ip")) });
    if (success) return next();
    c.header("Retry-After", String(PERIOD_SECONDS));
    return refuse(c, 429, { api: `${apiMessage}; try again in ${PERIOD_SECONDS} seconds`, page: words });
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

/** "Was this useful?" answers: each is one more in a count, so a script must not be able to fill the counts. */
export const limitFeedback = rateLimit({
  limiter: (env) => env.FEEDBACK_LIMITER,
  apiMessage: "Too many answers from this address",
  words: (catalog) => catalog.feedback.tooMany,
});

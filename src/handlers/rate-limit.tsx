/**
 * @module
 * Rate limiting of public submissions with the Workers Rate Limiting binding
 * (`SUBMISSION_LIMITER` in wrangler.toml). The key is the client's IP address as
 * Cloudflare reports it: handed to the limiter, never stored, never logged.
 */
import { createMiddleware } from "hono/factory";
import { MessagePage } from "../ui/pages/message";
import { apiError } from "./api-errors";
import { pageContext } from "./locale";

/** The limiter's period: a refused client may try again after this many seconds. */
const PERIOD_SECONDS = 60;

export const limitSubmissions = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  // Cloudflare always sets CF-Connecting-IP in production; only local tools may lack it.
  const key = c.req.header("cf-connecting-ip") ?? "no-client-address";
  const { success } = await c.env.SUBMISSION_LIMITER.limit({ key });
  if (success) return next();
  c.header("Retry-After", String(PERIOD_SECONDS));
  if (c.req.path.startsWith("/api/")) {
    return apiError(c, 429, `Too many checks from this address; try again in ${PERIOD_SECONDS} seconds`);
  }
  const page = pageContext(c);
  const { tooMany } = page.catalog.pages;
  return c.html(<MessagePage page={page} title={tooMany.title} body={tooMany.body} />, 429);
});

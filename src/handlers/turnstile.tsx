/**
 * @module
 * Optional Cloudflare Turnstile on public submissions. Off unless both
 * `TURNSTILE_SITE_KEY` (a var) and `TURNSTILE_SECRET_KEY` (a secret) are set;
 * then the check-your-answers page shows the widget (and only that page loads
 * Turnstile's script), and the web form's final step and POST /api/v1/checks
 * need a token that Cloudflare's siteverify accepts. Off, no page makes any
 * request to another origin. Note: the widget needs JavaScript, so turning
 * Turnstile on closes the no-JavaScript path to completing a check.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { MessagePage } from "../ui/pages/message";
import { apiError } from "./api-errors";
import { formValues, readForm } from "./form-answers";
import { pageContext } from "./locale";

export interface TurnstileEnv {
  TURNSTILE_SITE_KEY?: string;
  TURNSTILE_SECRET_KEY?: string;
}

export const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";
export const TURNSTILE_SCRIPT = `${TURNSTILE_ORIGIN}/turnstile/v0/api.js`;
export const SITEVERIFY_URL = `${TURNSTILE_ORIGIN}/turnstile/v0/siteverify`;
/** The page that shows the widget: the only one whose CSP admits Turnstile. */
export const TURNSTILE_PAGE = "/check/answers";
/** Where API clients put the token. */
export const TURNSTILE_HEADER = "CF-Turnstile-Response";

/** The site key when Turnstile is on (both keys set), else undefined. */
export function turnstileSiteKey(bindings: object | undefined): string | undefined {
  // Optional settings, so typed here rather than in the generated Env.
  const env = bindings as TurnstileEnv | undefined;
  return env?.TURNSTILE_SITE_KEY && env.TURNSTILE_SECRET_KEY ? env.TURNSTILE_SITE_KEY : undefined;
}

/** For the CSP: Turnstile's origin on the widget's page when Turnstile is on, nothing otherwise. */
export function turnstileSource(c: Context): string {
  return turnstileSiteKey(c.env) && c.req.path === TURNSTILE_PAGE ? TURNSTILE_ORIGIN : "";
}

/**
 * Asks Cloudflare whether the token is good. The client's IP address is not
 * sent (siteverify does not need it). Resolves "unavailable" when siteverify
 * cannot be reached, so the caller can say "try again" rather than "you failed".
 */
export async function verifyTurnstile(secret: string, token: string): Promise<"valid" | "invalid" | "unavailable"> {
  try {
    const res = await fetch(SITEVERIFY_URL, { method: "POST", body: new URLSearchParams({ secret, response: token }) });
    if (!res.ok) return "unavailable";
    const outcome = (await res.json()) as { success?: unknown };
    return outcome.success === true ? "valid" : "invalid";
  } catch {
    return "unavailable";
  }
}

/** Lets a public submission through when Turnstile is off, or when its token is valid. */
export const requireTurnstile = createMiddleware<{ Bindings: TurnstileEnv }>(async (c, next) => {
  const secret = turnstileSiteKey(c.env) && c.env.TURNSTILE_SECRET_KEY;
  if (!secret) return next();
  const isApi = c.req.path.startsWith("/api/");
  const token = isApi ? c.req.header(TURNSTILE_HEADER) : formValues(await readForm(c), "cf-turnstile-response")[0];
  const verdict = token && token.length <= 2048 ? await verifyTurnstile(secret, token) : "invalid";
  if (verdict === "valid") return next();
  const status = verdict === "unavailable" ? 503 : 400;
  if (isApi) {
    const message =
      verdict === "unavailable"
        ? "The human check could not be verified right now; try again in a minute"
        : `A valid Turnstile token is required in the ${TURNSTILE_HEADER} header`;
    return apiError(c, status, message);
  }
  const page = pageContext(c);
  const words = verdict === "unavailable" ? page.catalog.pages.humanCheckUnavailable : page.catalog.pages.humanCheckFailed;
  return c.html(<MessagePage page={page} title={words.title} body={words.body} />, status);
});

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
import { configOf } from "../config";
import { formValues, readForm } from "../contracts/form-answers";
import { refuse, respondsInJson } from "./refusals";

export const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";
export const TURNSTILE_SCRIPT = `${TURNSTILE_ORIGIN}/turnstile/v0/api.js`;
export const SITEVERIFY_URL = `${TURNSTILE_ORIGIN}/turnstile/v0/siteverify`;
/** The page that shows the widget: the only one whose CSP admits Turnstile. */
export const TURNSTILE_PAGE = "/check/answers";
/** Where API clients put the token. */
export const TURNSTILE_HEADER = "CF-Turnstile-Response";

/** The site key when Turnstile is on (both keys set, src/config.ts), else undefined. */
export function turnstileSiteKey(env: object | undefined): string | undefined {
  return configOf(env).turnstile?.siteKey;
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
export const requireTurnstile = createMiddleware(async (c, next) => {
  const secret = configOf(c.env).turnstile?.secret;
  if (!secret) return next();
  // API clients send the token in a header; the web form posts the widget's field.
  const token = respondsInJson(c) ? c.req.header(TURNSTILE_HEADER) : formValues(await readForm(c), "cf-turnstile-response")[0];
  const verdict = token && token.length <= 2048 ? await verifyTurnstile(secret, token) : "invalid";
  if (verdict === "valid") return next();
  if (verdict === "unavailable") {
    const api = "The human check could not be verified right now; try again in a minute";
    return refuse(c, 503, { api, page: (catalog) => catalog.pages.humanCheckUnavailable });
  }
  const api = `A valid Turnstile token is required in the ${TURNSTILE_HEADER} header`;
  return refuse(c, 400, { api, page: (catalog) => catalog.pages.humanCheckFailed });
});

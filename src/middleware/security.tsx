/**
 * @module
 * What every response gets, whatever the surface: security headers (a strict
 * CSP: nothing inline, nothing from another origin unless Turnstile is on),
 * CSRF protection for form posts, a body size limit, and no shared caching.
 */
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { refuse } from "./refusals";
import { SECURITY_HEADERS, contentSecurityPolicy } from "./static-headers";
import { turnstileSource } from "./turnstile";

/** A check is a few hundred bytes; anything much larger is not a check. */
export const MAX_BODY_BYTES = 8 * 1024;

/**
 * Hardens every response the Worker gives (static files get the same headers from
 * public/_headers): a strict Content-Security-Policy that names Turnstile only on
 * the page that shows it, HSTS, no referrer, no sniffing, no framing.
 */
const POLICY = contentSecurityPolicy();

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const headers = c.res.headers;
  const turnstile = turnstileSource(c);
  headers.set("Content-Security-Policy", turnstile ? contentSecurityPolicy(turnstile) : POLICY);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
});

/** Form posts must come from our own pages (Origin / Sec-Fetch-Site); the API takes JSON only. */
export const sameOriginForms = csrf();

export const limitBodySize = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) =>
    refuse(c, 413, { api: `The request body is larger than ${MAX_BODY_BYTES} bytes`, page: (catalog) => catalog.pages.tooLarge }),
});

/** Pages reflect one person's answers: never keep them in shared caches. */
export const noSharedCaching = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
});

/**
 * @module
 * What every response gets, whatever the surface: security headers (a strict
 * CSP: nothing inline, nothing from another origin unless Turnstile is on),
 * CSRF protection for form posts, a body size limit, and no shared caching.
 */
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { refuse } from "./refusals";
import { turnstileSource } from "./turnstile";

/** A check is a few hundred bytes; anything much larger is not a check. */
export const MAX_BODY_BYTES = 8 * 1024;

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    // Only the hotline screen has a script (/assets/hotline.js); nothing inline, ever. Turnstile,
    // when it is turned on, adds its origin on the one page that shows its widget.
    scriptSrc: ["'self'", turnstileSource],
    frameSrc: [(c) => turnstileSource(c) || "'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  referrerPolicy: "no-referrer",
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

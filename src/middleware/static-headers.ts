/**
 * @module
 * The security headers every response carries, in one place: the Worker sends
 * them with every page and API answer (security.tsx), and the static files
 * (stylesheet, images, the hotline script, the icon), which Workers Static
 * Assets serves before the Worker runs, get the same ones from the `_headers`
 * file scripts/build-css.mjs writes from this module. Import-free, so that
 * script can load it in Node.
 */

/**
 * A strict Content-Security-Policy: nothing inline, nothing from another origin.
 * `turnstile` is Turnstile's origin on the one page that shows its widget, when it is turned on.
 */
export function contentSecurityPolicy(turnstile = ""): string {
  return [
    "default-src 'none'",
    // Only the hotline screen has a script (/assets/hotline.js); nothing inline, ever.
    `script-src 'self'${turnstile && ` ${turnstile}`}`,
    `frame-src ${turnstile || "'none'"}`,
    "style-src 'self'",
    "img-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** The other security headers, the same on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Origin-Agent-Cluster": "?1",
  "X-DNS-Prefetch-Control": "off",
  // Not sent: X-XSS-Protection (no browser has the filter it switched off any more), X-Download-Options
  // (Internet Explorer 8) and X-Permitted-Cross-Domain-Policies (Flash): bytes on every answer for nothing.
};

/** What a static file gets: the policy without Turnstile, and the rest. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": contentSecurityPolicy(),
  ...SECURITY_HEADERS,
};

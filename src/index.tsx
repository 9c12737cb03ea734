/**
 * @module
 * The Worker: shared middleware (security headers, CSRF, body size) and the
 * surfaces, each a Hono sub-app mounted here.
 */
// hono/tiny has one small router (PatternRouter) instead of two large ones, which keeps the bundle
// (npm run build prints its size) under its 100 KB goal; our few dozen routes need no more. Every
// sub-app uses it too.
import { Hono } from "hono/tiny";
import { HTTPException } from "hono/http-exception";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import { devSignIn } from "./auth/dev-sign-in";
import { apiError } from "./handlers/api-errors";
import { UnreadableForm } from "./handlers/form-answers";
import { loggableError, loggablePath } from "./handlers/log-safe";
import { turnstileSource } from "./handlers/turnstile";
import { analyst } from "./handlers/analyst";
import { api } from "./handlers/api";
import { assets } from "./handlers/assets";
import { hotline } from "./handlers/hotline";
import { hotlineApi } from "./handlers/hotline-api";
import { pageContext } from "./handlers/locale";
import { notFound, publicPages } from "./handlers/public";
import { scheduled } from "./handlers/scheduled";
import { statsApi } from "./handlers/stats-api";
import { MessagePage } from "./ui/pages/message";

/** A check is a few hundred bytes; anything much larger is not a check. */
const MAX_BODY_BYTES = 8 * 1024;

const app = new Hono<{ Bindings: Env }>();

app.use(
  secureHeaders({
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
  }),
);
// Form posts must come from our own pages (Origin / Sec-Fetch-Site); JSON API
// calls are not forms, and the API refuses any other content type.
app.use(csrf());
app.use(
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      if (c.req.path.startsWith("/api/")) return apiError(c, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes`);
      const page = pageContext(c);
      const { tooLarge } = page.catalog.pages;
      return c.html(<MessagePage page={page} title={tooLarge.title} body={tooLarge.body} />, 413);
    },
  }),
);
app.use(async (c, next) => {
  await next();
  // Pages reflect one person's answers: never keep them in shared caches.
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
});

app.route("/api/v1/hotline", hotlineApi);
app.route("/api/v1/stats", statsApi);
app.route("/api/v1", api);
app.route("/hotline", hotline);
app.route("/analyst", analyst);
app.route("/assets", assets);
// Answers only where local configuration turns it on; a 404 everywhere else.
app.route("/dev", devSignIn);
app.route("/", publicPages);

app.notFound((c) => (c.req.path.startsWith("/api/") ? apiError(c, 404, "Not found") : notFound(c)));

app.onError((error, c) => {
  const isApi = c.req.path.startsWith("/api/");
  const page = pageContext(c);
  // The CSRF check refuses a cross-site form with a 403 HTTPException.
  if (error instanceof HTTPException && error.status === 403) {
    const { forbidden } = page.catalog.pages;
    if (isApi) return apiError(c, 403, "Form posts from another website are refused; send JSON from your own client");
    return c.html(<MessagePage page={page} title={forbidden.title} body={forbidden.body} />, 403);
  }
  if (error instanceof UnreadableForm) {
    const { unreadable } = page.catalog.pages;
    if (isApi) return apiError(c, 400, "The form body could not be read");
    return c.html(<MessagePage page={page} title={unreadable.title} body={unreadable.body} />, 400);
  }
  // A line, not the error object: Drizzle's message and fields carry the query's values (log-safe.ts).
  console.error(`${c.req.method} ${loggablePath(c.req.path)}: ${loggableError(error)}`);
  if (isApi) return apiError(c, 500, "Something went wrong on our side; nothing was stored");
  const { serverError } = page.catalog.pages;
  return c.html(<MessagePage page={page} title={serverError.title} body={serverError.body} />, 500);
});

// Cloudflare calls fetch for requests and scheduled for the daily Cron Trigger (retention).
export default { fetch: app.fetch, scheduled };

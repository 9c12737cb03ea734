/**
 * @module
 * The Worker: what every request goes through, then the surfaces, each a
 * Hono sub-app mounted at its path. The API's mount answers in JSON and every
 * other surface with pages (src/middleware/refusals.tsx), so refusals,
 * not-found and errors speak the surface's language without looking at paths.
 */
// hono/tiny has one small router (PatternRouter) instead of two large ones, which keeps the bundle
// (npm run build prints its size) under its 100 KB goal; our few dozen routes need no more. Every
// sub-app uses it too.
import { Hono } from "hono/tiny";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { devSignIn } from "./auth/dev-sign-in";
import { UnreadableForm } from "./contracts/form-answers";
import { analyst } from "./handlers/analyst";
import { api } from "./handlers/api";
import { hotline } from "./handlers/hotline";
import { hotlineApi } from "./handlers/hotline-api";
import { ivr } from "./handlers/ivr";
import { publicPages } from "./handlers/public";
import { scheduled } from "./handlers/scheduled";
import { queue } from "./queue/consumer";
import { statsApi } from "./handlers/stats-api";
import { FAVICON_PATH } from "./ui/favicon";
import { loadCatalogs } from "./middleware/catalogs";
import { loggableError, loggablePath } from "./middleware/log-safe";
import { NOT_FOUND, refuse, respondsWith } from "./middleware/refusals";
import { limitBodySize, noSharedCaching, sameOriginForms, securityHeaders } from "./middleware/security";

/** Where the API lives: every route under it, and every unknown address there, answers in JSON. */
const API_ROOT = "/api";

const app = new Hono<{ Bindings: Env }>();

// First: every answer (refusals and errors included) is worded from the catalogs.
app.use(loadCatalogs);
app.use(`${API_ROOT}/*`, respondsWith("json"));
app.use("/ivr/*", respondsWith("twiml"));
app.use(securityHeaders, limitBodySize, noSharedCaching);
// Twilio's webhooks are not browser forms: they prove themselves with Twilio's signature
// (src/handlers/ivr.ts), so they are mounted before the same-origin check for forms, which
// they could never pass (no Origin, no Sec-Fetch-Site), and answer TwiML themselves.
app.route("/ivr", ivr);
app.use(sameOriginForms);

app.route(`${API_ROOT}/v1/hotline`, hotlineApi);
app.route(`${API_ROOT}/v1/stats`, statsApi);
app.route(`${API_ROOT}/v1`, api);
// Static files (public/) are served before the Worker runs: these routes answer only where
// nothing stands in front of the Worker (vitest's workerd), from the same files and headers.
// (A copy of the response: the binding's headers are immutable, and the middleware above sets the same ones.)
const staticFile = async (c: Context<{ Bindings: Env }>) => {
  const file = await c.env.ASSETS.fetch(c.req.raw);
  return new Response(file.body, file);
};
app.get("/assets/*", staticFile);
app.get(FAVICON_PATH, staticFile);
app.route("/hotline", hotline);
app.route("/analyst", analyst);
// Answers only where local configuration turns it on; a 404 everywhere else.
app.route("/dev", devSignIn);
app.route("/", publicPages);

app.notFound((c) => refuse(c, 404, NOT_FOUND));

app.onError((error, c) => {
  // The CSRF check refuses a cross-site form with a 403 HTTPException.
  if (error instanceof HTTPException && error.status === 403) {
    const api = "Form posts from another website are refused; send JSON from your own client";
    return refuse(c, 403, { api, page: (catalog) => catalog.pages.forbidden });
  }
  if (error instanceof UnreadableForm) {
    return refuse(c, 400, { api: "The form body could not be read", page: (catalog) => catalog.pages.unreadable });
  }
  // Hono's JSON validator throws a 400 for a body that does not parse (src/contracts/check-request.ts).
  if (error instanceof HTTPException && error.status === 400) {
    return refuse(c, 400, { api: "The request body is not valid JSON", page: (catalog) => catalog.pages.unreadable });
  }
  // A line, not the error object: Drizzle's message and fields carry the query's values (log-safe.ts).
  console.error(`${c.req.method} ${loggablePath(c.req.path)}: ${loggableError(error)}`);
  const api = "Something went wrong on our side; nothing was stored";
  return refuse(c, 500, { api, page: (catalog) => catalog.pages.serverError });
});

// Cloudflare calls fetch for requests, scheduled for the Cron Triggers (sweep, retention, counts check)
// and queue for the checks queue and its dead letters (src/queue/consumer.ts).
export default { fetch: app.fetch, scheduled, queue };

/**
 * The app itself with its submission rate limiter answering "allowed" without
 * asking anything, for `npm run bench` only: it shows how much of the gap
 * between a submission and a bare D1 insert is the limiter's call (under
 * `wrangler dev` the binding is emulated by a separate local service, a round
 * trip per request). Started as `wrangler dev bench/app-unlimited/worker.ts`
 * with the app's own wrangler.toml; nothing in src/ imports it.
 */
import app from "../../src/index";

const allowed: RateLimit = { limit: async () => ({ success: true }) };

export default {
  fetch: (request, env, ctx) => app.fetch(request, { ...env, SUBMISSION_LIMITER: allowed }, ctx),
  queue: app.queue,
  scheduled: app.scheduled,
} satisfies ExportedHandler<Env>;

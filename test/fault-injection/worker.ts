/**
 * The app's Worker with fault injection on the request path, for
 * `npm run load -- --d1-fail-rate 0.2` only: scripts/load.ts starts
 * `wrangler dev test/fault-injection/worker.ts --var D1_FAIL_RATE:0.2`
 * with the app's own wrangler.toml (same bindings, queues and consumer).
 * Requests see a D1 whose batches fail at that rate (faulty-d1.ts); the queue
 * consumer and crons see the real one, as D1 recovering would look.
 */
import app from "../../src/index";
import { faultyD1 } from "./faulty-d1";

type FaultEnv = Env & { D1_FAIL_RATE?: string };

// One wrapper per binding, as the real binding is one object per instance: the request path groups
// concurrent writes per binding (src/db/write-together.ts), and a fresh wrapper per request would not.
const wrappers = new WeakMap<D1Database, D1Database>();
function faulty(db: D1Database, rate: number): D1Database {
  let wrapped = wrappers.get(db);
  if (!wrapped) {
    wrapped = faultyD1(db, rate);
    wrappers.set(db, wrapped);
  }
  return wrapped;
}

export default {
  fetch(request, env, ctx) {
    const rate = Number(env.D1_FAIL_RATE ?? 0);
    return app.fetch(request, rate > 0 ? { ...env, DB: faulty(env.DB, rate) } : env, ctx);
  },
  queue: app.queue,
  scheduled: app.scheduled,
} satisfies ExportedHandler<FaultEnv>;

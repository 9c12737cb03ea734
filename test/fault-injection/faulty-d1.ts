/**
 * @module
 * Fault injection for the write path: a D1 binding whose batches fail at a
 * given rate, half before anything is written (D1 down or overloaded) and half
 * after the batch committed (the reply lost on the way back), the two ways a
 * write can fail. Only tests and `npm run load -- --d1-fail-rate` use it: it
 * lives outside src/, and the production Worker (src/index.tsx, wrangler.toml's
 * `main`) never imports it, so no configuration of the production Worker can
 * turn it on (test/integration/write-path.test.ts proves both).
 */

/** Wraps `db` so that `batch()` fails at `rate` (0 to 1). `random` is for tests. */
export function faultyD1(db: D1Database, rate: number, random: () => number = Math.random): D1Database {
  return new Proxy(db, {
    get(target, property) {
      if (property === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          const draw = random();
          if (draw < rate / 2) throw new Error("D1_ERROR: injected fault: overloaded, nothing written");
          const results = await target.batch(statements);
          if (draw < rate) throw new Error("D1_ERROR: injected fault: written, but the reply was lost");
          return results;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

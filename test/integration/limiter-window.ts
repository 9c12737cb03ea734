/**
 * The period of every [[ratelimits]] binding in wrangler.toml: 60 seconds.
 *
 * A limiter counts in fixed windows aligned to the clock (miniflare's emulation keys its
 * counters by `floor(now / period)`; Cloudflare's simple limiter also counts per period),
 * so a burst of requests that crosses a window's boundary starts counting again there,
 * and the request meant to be refused is let through. That is the limiter working, not failing.
 */
const LIMITER_PERIOD_MS = 60_000;

const windowOf = (ms: number) => Math.floor(ms / LIMITER_PERIOD_MS);

/**
 * Runs `burst` so that all of its requests fall in one limiter window, and returns what it returned.
 * A burst that crossed a boundary is run once more from the start; `burst` must make its own fresh
 * client (and anything it counts) each time. The second run starts just after the boundary, so it
 * fits unless a burst takes a whole period, which is then an error.
 *
 * The clock read before the burst is no later than the limiter's first count, and the one read
 * after the last response is no earlier than its last count (the Worker and the limiter share the
 * process's clock), so equal windows at both ends mean one window throughout.
 */
export async function inOneLimiterWindow<T>(burst: () => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = Date.now();
    const result = await burst();
    if (windowOf(started) === windowOf(Date.now())) return result;
  }
  throw new Error("two bursts in a row crossed a rate limiter's window: each took longer than its period");
}

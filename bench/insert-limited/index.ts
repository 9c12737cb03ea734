/**
 * The bare insert (../insert) after one rate-limit call per client, as every public
 * submission makes (src/middleware/rate-limit.tsx; issue 6 asks for it): the most a
 * rate-limited submission can reach under `wrangler dev`, where the binding is
 * emulated by a local Durable Object. Beside the bare insert in `npm run bench`.
 */
import insert from "../insert/index";

interface Env {
  DB: D1Database;
  SUBMISSION_LIMITER: RateLimit;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { success } = await env.SUBMISSION_LIMITER.limit({ key: request.headers.get("cf-connecting-ip") ?? "" });
    if (!success) return new Response("Too many", { status: 429 });
    return insert.fetch(request, env);
  },
} satisfies ExportedHandler<Env>;

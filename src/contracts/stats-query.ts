/**
 * @module
 * The contract of a stats request's query string, as a Hono validator: the
 * route reads the parsed query with `c.req.valid("query")`; an unknown,
 * repeated or malformed parameter is a 400 naming each problem
 * (src/stats/query.ts has the rules). The dashboard parses the same way but
 * shows problems on its form instead.
 */
import type { Context } from "hono";
import { validator } from "hono/validator";
import { statsToday } from "../services/stats-request";
import { apiError } from "../middleware/refusals";
import { parseStatsQuery, type ParsedQuery } from "../stats/query";

/** The request's stats query as of the day stats take as today (statsToday), read from every value of every parameter. */
export async function readStatsQuery(c: Context<{ Bindings: Env }>): Promise<ParsedQuery> {
  return parseStatsQuery(c.req.queries(), await statsToday(c.env.DB));
}

/** The validator for the stats API. */
export const statsQuery = validator("query", async (_value, c) => {
  // Hono folds repeated parameters; the rules need every value, so read them from the request.
  const parsed = await readStatsQuery(c);
  if (parsed.ok) return parsed;
  return apiError(c, 400, parsed.problems.map((p) => p.message).join("; "), parsed.problems);
});

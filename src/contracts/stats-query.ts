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
import { utcDay } from "../check/dates";
import { apiError } from "../middleware/refusals";
import { parseStatsQuery, type ParsedQuery } from "../stats/query";

/** The request's stats query as of today (UTC), read from every value of every parameter. */
export function readStatsQuery(c: Context): ParsedQuery {
  return parseStatsQuery(c.req.queries(), utcDay(new Date()));
}

/** The validator for the stats API. */
export const statsQuery = validator("query", (_value, c) => {
  // Hono folds repeated parameters; the rules need every value, so read them from the request.
  const parsed = readStatsQuery(c);
  if (parsed.ok) return parsed;
  return apiError(c, 400, parsed.problems.map((p) => p.message).join("; "), parsed.problems);
});

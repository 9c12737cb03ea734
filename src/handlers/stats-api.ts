/**
 * @module
 * The stats API for analysts (role `analyst`):
 * `GET /api/v1/stats?group_by=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD&channel=web|hotline|api[&format=csv]`.
 * Counts of responses by zero, one or two dimensions over whole weeks, every
 * count from 1 to 10 hidden along with whatever would give it away (see
 * src/stats/). JSON by default; CSV with `format=csv` or `Accept: text/csv`.
 * Each answer is written to the audit log.
 */
import { Hono } from "hono/tiny";
import { requireStaff, type StaffVariables } from "../auth/middleware";
import { database } from "../db/client";
import { statsCsv, statsJson } from "../stats/output";
import { apiError } from "../middleware/refusals";
import { statsQuery } from "../contracts/stats-query";
import { answerStats, statsAudit } from "../services/stats-request";
import { onlyFromThisSite } from "../middleware/same-site";

export const statsApi = new Hono<{ Bindings: Env; Variables: StaffVariables }>();
statsApi.use(requireStaff("analyst"));

const wantsCsv = (format: string | undefined, accept: string | undefined) =>
  format === "csv" || (format === undefined && /\btext\/csv\b/i.test(accept ?? ""));

// Writes an audit entry: never for a request another site started (same-site.tsx).
statsApi.get("/", onlyFromThisSite, statsQuery, async (c) => {
  const parsed = c.req.valid("query");
  const db = database(c.env.DB);
  const answered = await answerStats(db, parsed.query, parsed.fromGiven);
  if (!answered.ok) return apiError(c, 400, answered.problems.map((p) => p.message).join("; "), answered.problems);
  const table = answered.tables;
  await statsAudit(db, c.get("staff"), table);
  if (!wantsCsv(parsed.format, c.req.header("Accept"))) return c.json(statsJson(table));
  const { dimensions, from, to } = table.query;
  const name = `responses-${dimensions.join("-by-") || "total"}-${from}-to-${to}.csv`;
  return c.body(statsCsv(table), 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}"`,
  });
});

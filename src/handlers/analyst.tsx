/**
 * @module
 * The analyst dashboard (role `analyst`): `/analyst?from=&to=&channel=`. Five
 * stats answers drawn as charts with their tables; each answer is written to
 * the audit log, exactly as if asked through the stats API (whose CSV the
 * download links fetch).
 */
import { Hono } from "hono/tiny";
import { requireStaff, type StaffVariables } from "../auth/middleware";
import { database } from "../db/client";
import { fill, formatDay } from "../i18n";
import { STATS_START, lastCompleteWeekEnd } from "../stats/calendar";
import { parseStatsQuery, type QueryProblem } from "../stats/query";
import type { StatsQuery } from "../stats/tabulate";
import type { FieldError } from "../ui/components/error-summary";
import type { PageContext } from "../ui/page-context";
import { AnalystPage } from "../ui/pages/analyst";
import { SECTIONS, sectionRows, type Section } from "../ui/pages/analyst-sections";
import { mondayAfter, readCoverage } from "../db/coverage";
import { coveredDimensions } from "../stats/coverage";
import { pageContext, rememberLocale } from "../middleware/locale";
import { answerStatsMany, statsAudit, statsToday } from "../services/stats-request";
import { onlyFromThisSite } from "../middleware/same-site";
import { feedbackTable } from "../db/feedback";
import { LOCALES } from "../i18n";

type AnalystEnv = { Bindings: Env; Variables: StaffVariables };
export const analyst = new Hono<AnalystEnv>();
analyst.use(requireStaff("analyst"), rememberLocale);

/** The form fields the page reads; anything else in the address (such as `lang`) is not a filter. */
const FILTERS = ["from", "to", "channel"] as const;

/** A problem with the filters, in the page's language, linked to its field. */
function fieldError({ catalog, locale }: PageContext, today: string, problem: QueryProblem): FieldError {
  const start = formatDay(STATS_START, locale);
  const last = formatDay(lastCompleteWeekEnd(today), locale);
  const message = fill(catalog.analyst.errors[problem.code as keyof typeof catalog.analyst.errors] ?? problem.message, {
    start,
    last,
  });
  return { field: problem.parameter === "channel" ? "channel-all" : problem.parameter, message };
}

/** The stats API address of a section's CSV, for the same weeks and channel. */
function csvHref(query: StatsQuery, dimension: string): string {
  const params = new URLSearchParams({ group_by: dimension, from: query.from, to: query.to, format: "csv" });
  if (query.channel) params.set("channel", query.channel);
  return `/api/v1/stats?${params}`;
}

// Writes an audit entry: never for a request another site started (same-site.tsx).
analyst.get("/", onlyFromThisSite, async (c) => {
  const page = pageContext(c);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, c.req.query(f) ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const asked = Object.fromEntries(FILTERS.flatMap((f) => (filters[f] ? [[f, [filters[f]]]] : [])));
  const today = await statsToday(c.env.DB);
  const parsed = parseStatsQuery(asked, today);
  if (!parsed.ok) {
    const errors = parsed.problems.map((p) => fieldError(page, today, p));
    return c.html(<AnalystPage page={page} filters={filters} errors={errors} />, 400);
  }
  const db = database(c.env.DB);
  // A chart whose dimension is counted from a later week than `from` (a question added since) is not drawn but
  // said in place, so the other charts still cover the weeks asked; the stats API refuses such a query instead.
  const firstWeeks = await readCoverage(db);
  const firstWeekOf = (section: Section) =>
    coveredDimensions([section.dimension]).length ? (firstWeeks.get(section.dimension) ?? mondayAfter(today)) : STATS_START;
  const later = SECTIONS.flatMap((section) => {
    const firstWeek = firstWeekOf(section);
    return firstWeek > parsed.query.from ? [{ section, firstWeek }] : [];
  });
  const drawn = SECTIONS.filter((section) => !later.some((l) => l.section === section));
  const queries = drawn.map((section) => ({ section, query: { ...parsed.query, dimensions: [section.dimension] } }));
  const [first, ...rest] = queries.map(({ query }) => query);
  const answered = await answerStatsMany(db, [first!, ...rest], parsed.fromGiven);
  if (!answered.ok) {
    // A dimension not counted yet in the weeks asked: the same message as the API, on the date filter.
    const errors = answered.problems.map((p) => fieldError(page, today, p));
    return c.html(<AnalystPage page={page} filters={filters} errors={errors} />, 400);
  }
  const { tables } = answered;
  const [firstAudit, ...moreAudits] = tables.map((table) => statsAudit(db, c.get("staff"), table));
  await db.batch([firstAudit!, ...moreAudits]);
  const total = tables[0]!.total;
  const feedback = await feedbackTable(
    db,
    { from: tables[0]!.query.from, to: parsed.query.to, fromGiven: parsed.fromGiven },
    LOCALES,
  );
  const result = {
    from: tables[0]!.query.from,
    to: parsed.query.to,
    channel: parsed.query.channel,
    total,
    feedback,
    sections: queries.map(({ section }, i) => ({
      section,
      rows: sectionRows(section, tables[i]!, page.catalog, page.locale),
      csvHref: csvHref(tables[i]!.query, section.dimension),
    })),
    later,
  };
  return c.html(<AnalystPage page={page} filters={filters} errors={[]} result={result} />);
});

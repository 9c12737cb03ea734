/**
 * @module
 * The analyst dashboard: filters, the total, and five charts (responses over
 * time; by respondent type, product and where Kaspersky is
 * installed; by state as a tile map),
 * each with a text alternative, its data table, a CSV download, how its
 * numbers are protected and, where most of its counts are small, how to see
 * more. Layout (site.scss): the page uses the wide container; from 1024 px
 * each chart has its table beside it; where a chart would get less than
 * 40rem, it is hidden and its table stands in for it, so chart text is never
 * drawn under 12 px (src/ui/charts/chart-data.tsx, MIN_TEXT).
 */
import type { Channel } from "../../check/vocabulary";
import { fill, formatDay } from "../../i18n";
import { DIMENSIONS } from "../../stats/dimensions";
import { BarChart } from "../charts/bar-chart";
import { formatCount, highestRow, type ChartRow } from "../charts/chart-data";
import { TileMap } from "../charts/tile-map";
import { TimeChart } from "../charts/time-chart";
import { ErrorSummary, type FieldError } from "../components/error-summary";
import { Layout } from "../layout";
import type { PageContext } from "../page-context";
import type { FeedbackTable } from "../../check/feedback";
import { AnalystFeedback } from "./analyst-feedback";
import { AnalystFilters, type FilterValues } from "./analyst-filters";
import type { Section } from "./analyst-sections";
import { AnalystTable } from "./analyst-table";

export interface SectionResult {
  readonly section: Section;
  readonly rows: readonly ChartRow[];
  readonly csvHref: string;
}

export interface DashboardResult {
  readonly from: string;
  readonly to: string;
  readonly channel: Channel | null;
  /** null when suppressed. */
  readonly total: number | null;
  readonly sections: readonly SectionResult[];
  /**
   * Charts of a dimension counted from a week after `from` (a question added
   * since, src/db/coverage.ts), with that week: said in place, not drawn, so
   * the other charts still cover the weeks asked.
   */
  readonly later?: readonly { readonly section: Section; readonly firstWeek: string }[];
  /** "Was this useful?" answers in the same weeks (every channel). */
  readonly feedback: FeedbackTable;
}

export interface AnalystPageProps {
  readonly page: PageContext;
  readonly filters: FilterValues;
  readonly errors: readonly FieldError[];
  readonly result?: DashboardResult;
}

function Chart({
  result,
  page,
  range,
  total,
}: {
  result: SectionResult;
  page: PageContext;
  range: { from: string; to: string };
  total: number | null;
}) {
  const { catalog, locale } = page;
  const words = catalog.analyst.charts[result.section.id];
  const id = `chart-${result.section.id}`;
  const highest = highestRow(result.rows);
  const description = fill(words.description, {
    ...range,
    highest: highest ? `${highest.label}, ${formatCount(highest.count!, locale)}` : catalog.analyst.none,
    suppressed: formatCount(result.rows.filter((r) => r.count === null).length, locale),
  });
  const common = { id, title: words.title, description, rows: result.rows, locale };
  const suppressed = { suppressed: catalog.analyst.suppressed };
  const { kind } = result.section;
  return kind === "time" ? (
    <TimeChart {...common} axes={{ x: words.column, y: catalog.analyst.count }} />
  ) : kind === "map" ? (
    <TileMap
      {...common}
      words={{
        ...suppressed,
        legend: catalog.analyst.charts.state.legend,
        territories: catalog.analyst.charts.state.territories,
      }}
    />
  ) : (
    <BarChart {...common} words={{ ...suppressed, axis: catalog.analyst.barAxis }} total={total} />
  );
}

/**
 * Counts under this are mostly noise (src/stats/cell-key.ts: sd 2, up to ±12): the
 * protection note says so, and a chart mostly of them says how to see more.
 */
const SMALL_COUNT = 11;

/** Whether at least half a chart's rows are small (zero included: a published 0 may hide a few). */
function mostlySmall(rows: readonly ChartRow[]): boolean {
  return rows.length > 0 && 2 * rows.filter((r) => r.count === null || r.count < SMALL_COUNT).length >= rows.length;
}

function Results({ page, result }: { page: PageContext; result: DashboardResult }) {
  const { catalog, locale } = page;
  const { analyst } = catalog;
  const range = { from: formatDay(result.from, locale), to: formatDay(result.to, locale) };
  const channel = analyst.filters.channels[result.channel ?? "all"];
  return (
    <>
      <section class="usa-summary-box" aria-labelledby="summary-title">
        <div class="usa-summary-box__body">
          <p class="usa-summary-box__heading" id="summary-title">
            {fill(analyst.showing, { ...range, channel })}
          </p>
          <p class="usa-summary-box__text">
            {fill(analyst.total, { count: result.total === null ? analyst.suppressed : formatCount(result.total, locale) })}
          </p>
        </div>
      </section>
      {result.sections.map((r) => {
        const words = analyst.charts[r.section.id];
        const headingId = `heading-${r.section.id}`;
        return (
          <section aria-labelledby={headingId}>
            <h2 id={headingId}>{words.title}</h2>
            {"note" in words && <p>{words.note}</p>}
            {DIMENSIONS[r.section.dimension].multiple && <p>{analyst.severalChoices}</p>}
            <div class="analyst-chart-and-table">
              <figure class="analyst-figure">
                <Chart result={r} page={page} range={range} total={result.total} />
                <figcaption class="analyst-protection">{analyst.protection}</figcaption>
              </figure>
              <div class="analyst-data">
                <AnalystTable
                  caption={words.title}
                  column={words.column}
                  rows={r.rows}
                  catalog={catalog}
                  locale={locale}
                  total={result.total}
                />
                <p>
                  <a class="usa-link" href={r.csvHref} download>
                    {analyst.download}
                  </a>
                </p>
              </div>
            </div>
            {mostlySmall(r.rows) && <p class="analyst-see-more">{analyst.seeMore}</p>}
          </section>
        );
      })}
      {(result.later ?? []).map(({ section, firstWeek }) => {
        const headingId = `heading-${section.id}`;
        return (
          <section aria-labelledby={headingId}>
            <h2 id={headingId}>{analyst.charts[section.id].title}</h2>
            <p>{fill(analyst.countedFrom, { week: formatDay(firstWeek, locale) })}</p>
          </section>
        );
      })}
      <AnalystFeedback page={page} table={result.feedback} />
    </>
  );
}

export function AnalystPage({ page, filters, errors, result }: AnalystPageProps) {
  const { analyst } = page.catalog;
  return (
    <Layout page={page} title={analyst.title} hasError={errors.length > 0} wide>
      <ErrorSummary catalog={page.catalog} errors={errors} />
      <h1>{analyst.title}</h1>
      <p class="usa-intro">{analyst.intro}</p>
      <p>{analyst.privacy}</p>
      <AnalystFilters catalog={page.catalog} values={filters} errors={errors} />
      {result && <Results page={page} result={result} />}
    </Layout>
  );
}

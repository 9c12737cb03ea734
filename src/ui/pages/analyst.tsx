/**
 * @module
 * The analyst dashboard: filters, the total, and five charts (responses over
 * time; by respondent type, product and platform; by state as a tile map),
 * each with a text alternative, its data table and a CSV download.
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
    <BarChart {...common} words={suppressed} total={total} />
  );
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
            <figure class="analyst-figure">
              <Chart result={r} page={page} range={range} total={result.total} />
            </figure>
            <AnalystTable caption={words.title} column={words.column} rows={r.rows} catalog={catalog} locale={locale} />
            <p>
              <a class="usa-link" href={r.csvHref} download>
                {analyst.download}
              </a>
            </p>
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
    <Layout page={page} title={analyst.title} hasError={errors.length > 0}>
      <ErrorSummary catalog={page.catalog} errors={errors} />
      <h1>{analyst.title}</h1>
      <p class="usa-intro">{analyst.intro}</p>
      <p>{analyst.privacy}</p>
      <AnalystFilters catalog={page.catalog} values={filters} errors={errors} />
      {result && <Results page={page} result={result} />}
    </Layout>
  );
}

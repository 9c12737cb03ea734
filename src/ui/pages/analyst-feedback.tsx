/**
 * @module
 * The dashboard's feedback section: "Was this useful?" answers by kind of
 * result and language, Yes and No, as one table. Every number is published as
 * the other counts are (cell-key noise on cumulative cells, src/db/feedback.ts).
 */
import type { FeedbackTable } from "../../check/feedback";
import { catalogFor } from "../../i18n";
import { formatCount } from "../charts/chart-data";
import type { PageContext } from "../page-context";

export function AnalystFeedback({ page, table }: { page: PageContext; table: FeedbackTable }) {
  const { catalog, locale } = page;
  const words = catalog.feedback.analyst;
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{words.title}</h2>
      <p>{words.intro}</p>
      <table class="usa-table usa-table--borderless usa-table--compact analyst-table">
        <caption>{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.language}</th>
            <th scope="col">{words.yes}</th>
            <th scope="col">{words.no}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>
              <th scope="row">{words.kinds[row.kind]}</th>
              <td>{catalogFor(row.locale).site.languageName}</td>
              <td>{formatCount(row.yes, locale)}</td>
              <td>{formatCount(row.no, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

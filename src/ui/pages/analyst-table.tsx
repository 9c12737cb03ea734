/**
 * @module
 * The table behind a chart: a header for each column, a row header for each
 * value, its count and its share of all responses in the range, and
 * "Suppressed" in words where a count is hidden. Long tables fold into a
 * details element that opens without JavaScript. On narrow screens it stands
 * in for the chart (site.scss hides the chart there).
 */
import type { Catalog } from "../../i18n";
import { formatCount, formatShare, type ChartRow } from "../charts/chart-data";

/** Tables longer than this start folded, so the charts stay within reach. */
const FOLD_AFTER = 20;

export interface AnalystTableProps {
  readonly caption: string;
  readonly column: string;
  readonly rows: readonly ChartRow[];
  readonly catalog: Catalog;
  readonly locale: string;
  /** All responses in the range, for each row's share (none: no share column). */
  readonly total: number | null;
}

export function AnalystTable({ caption, column, rows, catalog, locale, total }: AnalystTableProps) {
  const { analyst } = catalog;
  const shares = total !== null && total > 0;
  const table = (
    <table class="usa-table usa-table--borderless usa-table--compact analyst-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col">{analyst.count}</th>
          {shares && <th scope="col">{analyst.share}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            <td>{row.count === null ? <em>{analyst.suppressed}</em> : formatCount(row.count, locale)}</td>
            {shares && <td>{row.count === null ? "" : formatShare(row.count, total, locale)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (rows.length <= FOLD_AFTER) return table;
  return (
    <details class="analyst-details">
      <summary>{`${analyst.showTable}: ${caption}`}</summary>
      {table}
    </details>
  );
}

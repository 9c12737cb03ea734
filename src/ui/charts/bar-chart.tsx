/**
 * @module
 * A horizontal bar chart as server-rendered SVG: one bar a row, its label above
 * it and its count beside it in text (with its share of all responses, when
 * the total is given), under a title saying what the bars measure, so nothing
 * depends on colour. A
 * suppressed count has no bar, a striped marker and the word "Suppressed".
 * The SVG is an image with a title and description; its data table follows it
 * on the page.
 */
import {
  CHART_WIDTH,
  ChartFrame,
  MIN_TEXT,
  formatCount,
  formatShare,
  largest,
  suppressedFill,
  type ChartProps,
  type ChartWords,
} from "./chart-data";

const ROW = 50;
const BAR = 18;
const BAR_SPACE = 540;
/** Room above the rows for the axis title. */
const TOP = 34;

export interface BarChartProps extends ChartProps {
  /** `axis`: what the bars' lengths are ("Responses (share of all responses)"). */
  readonly words: ChartWords & { readonly axis: string };
  /** All responses in the range: each bar then says what share of them it is (multiple choice: shares add up to more than 100%). */
  readonly total?: number | null;
}

const share = (count: number, total: number | null | undefined, locale: string) => {
  const text = formatShare(count, total, locale);
  return text && ` (${text})`;
};

export function BarChart({ id, title, description, rows, locale, words, total }: BarChartProps) {
  const max = largest(rows);
  const height = TOP + rows.length * ROW + 8;
  return (
    <ChartFrame id={id} title={title} description={description} width={CHART_WIDTH} height={height}>
      <text x="0" y="18" font-size={MIN_TEXT + 1} font-weight="bold" fill="#1b1b1b">
        {words.axis}
      </text>
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const length = row.count === null ? 0 : Math.max(row.count > 0 ? 2 : 0, (row.count / max) * BAR_SPACE);
        return (
          <g>
            <text x="0" y={y + 15} font-size={MIN_TEXT + 2} fill="#1b1b1b">
              {row.label}
            </text>
            {row.count === null ? (
              <>
                <rect x="0" y={y + 22} width="24" height={BAR} fill={suppressedFill(id)} stroke="#565c65" />
                <text x="32" y={y + 36} font-size={MIN_TEXT + 2} font-style="italic" fill="#1b1b1b">
                  {words.suppressed}
                </text>
              </>
            ) : (
              <>
                <rect x="0" y={y + 22} width={length.toFixed(1)} height={BAR} fill="#005ea2" />
                <text x={(length + 8).toFixed(1)} y={y + 36} font-size={MIN_TEXT + 2} fill="#1b1b1b">
                  {`${formatCount(row.count, locale)}${share(row.count, total, locale)}`}
                </text>
              </>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}

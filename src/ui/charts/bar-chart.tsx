/**
 * @module
 * A horizontal bar chart as server-rendered SVG: one bar a row, its label above
 * it and its count beside it in text (with its share of all responses, when
 * the total is given), so nothing depends on colour. A
 * suppressed count has no bar, a striped marker and the word "Suppressed".
 * The SVG is an image with a title and description; its data table follows it
 * on the page.
 */
import { ChartFrame, formatCount, largest, suppressedFill, type ChartProps, type ChartWords } from "./chart-data";

const WIDTH = 720;
const ROW = 46;
const BAR = 18;
const BAR_SPACE = 560;

export interface BarChartProps extends ChartProps {
  readonly words: ChartWords;
  /** All responses in the range: each bar then says what share of them it is (multiple choice: shares add up to more than 100%). */
  readonly total?: number | null;
}

const share = (count: number, total: number | null | undefined) =>
  total && total > 0 ? ` (${Math.round((100 * count) / total)}%)` : "";

export function BarChart({ id, title, description, rows, locale, words, total }: BarChartProps) {
  const max = largest(rows);
  const height = rows.length * ROW + 8;
  return (
    <ChartFrame id={id} title={title} description={description} width={WIDTH} height={height}>
      {rows.map((row, i) => {
        const y = i * ROW;
        const length = row.count === null ? 0 : Math.max(row.count > 0 ? 2 : 0, (row.count / max) * BAR_SPACE);
        return (
          <g>
            <text x="0" y={y + 14} font-size="14" fill="#1b1b1b">
              {row.label}
            </text>
            {row.count === null ? (
              <>
                <rect x="0" y={y + 20} width="24" height={BAR} fill={suppressedFill(id)} stroke="#565c65" />
                <text x="32" y={y + 34} font-size="14" font-style="italic" fill="#1b1b1b">
                  {words.suppressed}
                </text>
              </>
            ) : (
              <>
                <rect x="0" y={y + 20} width={length.toFixed(1)} height={BAR} fill="#005ea2" />
                <text x={(length + 8).toFixed(1)} y={y + 34} font-size="14" fill="#1b1b1b">
                  {`${formatCount(row.count, locale)}${share(row.count, total)}`}
                </text>
              </>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}

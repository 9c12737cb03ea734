/**
 * @module
 * Responses over time as server-rendered SVG columns, one a week, with a
 * labelled count axis, titles on both axes and a month every few months (its
 * year under the first and each January's). A suppressed week (none since
 * counts are perturbed rather than hidden) has no
 * column but a striped marker on the baseline. The exact counts are in the
 * table that follows the chart.
 */
import { formatter } from "../../i18n";
import { CHART_WIDTH, ChartFrame, MIN_TEXT, formatCount, largest, suppressedFill, type ChartProps } from "./chart-data";

const WIDTH = CHART_WIDTH;
const HEIGHT = 292;
/** Baselines of a date label's month, and of its year (shown under the first label and each new year's). */
const MONTH_Y = 242;
const YEAR_Y = 260;
const LEFT = 72;
const RIGHT = 8;
/** Room above the plot for the count axis's title. */
const TOP = 30;
const BASE = 220;
/** Room for one month's name ("Sep", "sept", at MIN_TEXT) or a year, so labels never overlap. */
const LABEL_WIDTH = 48;

export interface TimeChartProps extends ChartProps {
  /** One row a week, in order; `key` is the week's Monday. */
  readonly rows: ChartProps["rows"];
  /** The axes' titles, e.g. "Week" and "Responses". */
  readonly axes: { readonly x: string; readonly y: string };
}

const shortMonth = formatter((locale) => new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }));
const monthLabel = (day: string, locale: string) => shortMonth(locale).format(new Date(`${day}T00:00:00Z`));

/** A round number at or above `max`, for the top of the axis. */
function niceTop(max: number): number {
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

export function TimeChart({ id, title, description, rows, locale, axes }: TimeChartProps) {
  const top = niceTop(largest(rows));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.length);
  const y = (count: number) => BASE - (count / top) * (BASE - TOP);
  // A date label under the week that starts a month (its Monday is one of the month's first seven
  // days): every quarter over long ranges, every month over short ones, and never two labels closer
  // than a label is wide (they would overlap).
  const months = rows.length > 26 ? ["01", "04", "07", "10"] : null;
  // The year goes on a second line, under the first label and the first of each year.
  const ticks: { x: number; label: string; year?: string }[] = [];
  let lastYear = "";
  rows.forEach((row, i) => {
    if (Number(row.key.slice(8, 10)) > 7 || (months && !months.includes(row.key.slice(5, 7)))) return;
    const x = LEFT + i * slot + slot / 2;
    const clear = x - (ticks.at(-1)?.x ?? -Infinity) >= LABEL_WIDTH && x + LABEL_WIDTH / 2 <= WIDTH;
    if (!clear) return;
    const year = row.key.slice(0, 4);
    ticks.push({ x, label: monthLabel(row.key, locale), ...(year !== lastYear && { year }) });
    lastYear = year;
  });
  return (
    <ChartFrame id={id} title={title} description={description} width={WIDTH} height={HEIGHT}>
      {[0, 0.5, 1].map((f) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(top * f)} y2={y(top * f)} stroke="#dfe1e2" />
          <text x={LEFT - 6} y={y(top * f) + 5} font-size={MIN_TEXT} text-anchor="end" fill="#1b1b1b">
            {formatCount(top * f, locale)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const x = LEFT + i * slot;
        const width = Math.max(1, slot - 1).toFixed(2);
        return row.count === null ? (
          <rect x={x.toFixed(2)} y={BASE - 8} width={width} height="8" fill={suppressedFill(id)} />
        ) : (
          <rect
            x={x.toFixed(2)}
            y={y(row.count).toFixed(2)}
            width={width}
            height={(BASE - y(row.count)).toFixed(2)}
            fill="#005ea2"
          />
        );
      })}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} stroke="#1b1b1b" />
      {ticks.map(({ x, label, year }) => (
        <g>
          <line x1={x.toFixed(2)} x2={x.toFixed(2)} y1={BASE} y2={BASE + 5} stroke="#1b1b1b" />
          <text x={x.toFixed(2)} y={MONTH_Y} font-size={MIN_TEXT} fill="#1b1b1b" text-anchor="middle">
            {label}
          </text>
          {year && (
            <text x={x.toFixed(2)} y={YEAR_Y} font-size={MIN_TEXT} fill="#1b1b1b" text-anchor="middle">
              {year}
            </text>
          )}
        </g>
      ))}
      <text
        x={(LEFT + WIDTH - RIGHT) / 2}
        y={HEIGHT - 6}
        font-size={MIN_TEXT + 1}
        font-weight="bold"
        fill="#1b1b1b"
        text-anchor="middle"
      >
        {axes.x}
      </text>
      <text x="0" y="16" font-size={MIN_TEXT + 1} font-weight="bold" fill="#1b1b1b">
        {axes.y}
      </text>
    </ChartFrame>
  );
}

/**
 * @module
 * Responses over time as server-rendered SVG columns, one a week, with a
 * labelled count axis, titles on both axes and a date every few months. A suppressed week (none since
 * counts are perturbed rather than hidden) has no
 * column but a striped marker on the baseline. The exact counts are in the
 * table that follows the chart.
 */
import { formatter } from "../../i18n";
import { ChartFrame, formatCount, largest, suppressedFill, type ChartProps } from "./chart-data";

const WIDTH = 720;
const HEIGHT = 286;
const LEFT = 64;
const RIGHT = 8;
/** Room above the plot for the count axis's title. */
const TOP = 30;
const BASE = 220;
/** Room for one date label ("Sept 2026" at 12 px), so labels never overlap. */
const LABEL_WIDTH = 64;

export interface TimeChartProps extends ChartProps {
  /** One row a week, in order; `key` is the week's Monday. */
  readonly rows: ChartProps["rows"];
  /** The axes' titles, e.g. "Week" and "Responses". */
  readonly axes: { readonly x: string; readonly y: string };
}

const shortMonth = formatter((locale) => new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }));
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
  const ticks: { x: number; label: string }[] = [];
  rows.forEach((row, i) => {
    if (Number(row.key.slice(8, 10)) > 7 || (months && !months.includes(row.key.slice(5, 7)))) return;
    const x = LEFT + i * slot + slot / 2;
    const clear = x - (ticks.at(-1)?.x ?? -Infinity) >= LABEL_WIDTH && x + LABEL_WIDTH / 2 <= WIDTH;
    if (clear) ticks.push({ x, label: monthLabel(row.key, locale) });
  });
  return (
    <ChartFrame id={id} title={title} description={description} width={WIDTH} height={HEIGHT}>
      {[0, 0.5, 1].map((f) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(top * f)} y2={y(top * f)} stroke="#dfe1e2" />
          <text x={LEFT - 6} y={y(top * f) + 4} font-size="12" text-anchor="end" fill="#1b1b1b">
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
      {ticks.map(({ x, label }) => (
        <g>
          <line x1={x.toFixed(2)} x2={x.toFixed(2)} y1={BASE} y2={BASE + 5} stroke="#1b1b1b" />
          <text x={x.toFixed(2)} y={BASE + 20} font-size="12" fill="#1b1b1b" text-anchor="middle">
            {label}
          </text>
        </g>
      ))}
      <text x={(LEFT + WIDTH - RIGHT) / 2} y={HEIGHT - 6} font-size="14" font-weight="bold" fill="#1b1b1b" text-anchor="middle">
        {axes.x}
      </text>
      <text x="0" y="14" font-size="14" font-weight="bold" fill="#1b1b1b">
        {axes.y}
      </text>
    </ChartFrame>
  );
}

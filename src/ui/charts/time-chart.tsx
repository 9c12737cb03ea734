/**
 * @module
 * Responses over time as server-rendered SVG columns, one a week, with a
 * labelled count axis and a date every few months. A suppressed week has no
 * column but a striped marker on the baseline. The exact counts are in the
 * table that follows the chart.
 */
import { ChartFrame, formatCount, largest, suppressedFill, type ChartProps } from "./chart-data";

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 64;
const RIGHT = 8;
const TOP = 12;
const BASE = 220;

export interface TimeChartProps extends ChartProps {
  /** One row a week, in order; `key` is the week's Monday. */
  readonly rows: ChartProps["rows"];
}

const monthLabel = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/** A round number at or above `max`, for the top of the axis. */
function niceTop(max: number): number {
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

export function TimeChart({ id, title, description, rows, locale }: TimeChartProps) {
  const top = niceTop(largest(rows));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.length);
  const y = (count: number) => BASE - (count / top) * (BASE - TOP);
  // A date label where a quarter starts (Jan, Apr, Jul, Oct), at the first week of that month.
  const ticks = rows.flatMap((row, i) => {
    const month = row.key.slice(5, 7);
    const first = i === 0 || rows[i - 1]!.key.slice(0, 7) !== row.key.slice(0, 7);
    return first && ["01", "04", "07", "10"].includes(month) ? [{ i, label: monthLabel(row.key, locale) }] : [];
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
          <rect x={x.toFixed(2)} y={y(row.count).toFixed(2)} width={width} height={(BASE - y(row.count)).toFixed(2)} fill="#005ea2" />
        );
      })}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={BASE} y2={BASE} stroke="#1b1b1b" />
      {ticks.map(({ i, label }) => (
        <g>
          <line x1={LEFT + i * slot} x2={LEFT + i * slot} y1={BASE} y2={BASE + 5} stroke="#1b1b1b" />
          <text x={LEFT + i * slot} y={BASE + 20} font-size="12" fill="#1b1b1b" text-anchor={LEFT + i * slot > WIDTH - 60 ? "end" : "start"}>
            {label}
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

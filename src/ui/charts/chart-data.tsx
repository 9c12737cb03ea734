/**
 * @module
 * What every chart draws: labelled counts, some suppressed, and the words and
 * number format around them. Shared so a chart and its table show the same rows.
 */
import { formatter } from "../../i18n";

export interface ChartRow {
  /** The value's id (an option id, a state code, a week's Monday). */
  readonly key: string;
  readonly label: string;
  /** null when suppressed. */
  readonly count: number | null;
}

export interface ChartWords {
  /** Marks a suppressed count in text, never by colour alone. */
  readonly suppressed: string;
}

const fullCount = formatter((locale) => new Intl.NumberFormat(locale));
const percent = formatter((locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }));
const compactCount = formatter((locale) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }));
const wholeCompactCount = formatter((locale) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 0 }));

/** A count for people: "12,345" in English, "12.345" in Spanish. */
export function formatCount(count: number, locale: string): string {
  return fullCount(locale).format(count);
}

/**
 * A count's share of all responses in the range, for people: "45%" in English, "45 %" in Spanish;
 * "" when there is no total to divide by. Multiple choice: shares add up to more than 100%.
 */
export function formatShare(count: number, total: number | null | undefined, locale: string): string {
  return total && total > 0 ? percent(locale).format(count / total) : "";
}

/**
 * The smallest text a chart draws, in its own units. Charts are drawn at most
 * CHART_WIDTH units wide and shown only where they get at least 40rem (640 px)
 * of width (site.scss; narrower, the table stands in for them), so they are
 * scaled by at least 640 / 720 and this text is never under 12.4 px.
 */
export const MIN_TEXT = 14;
/** The widest a chart's viewBox may be (see MIN_TEXT). */
export const CHART_WIDTH = 720;

/** A short count for small spaces (a map tile): "950", "1.2K", "34K"; in Spanish "950", "1,2 mil", "34 mil". */
export function shortCount(count: number, locale: string): string {
  return (count < 10_000 ? compactCount : wholeCompactCount)(locale).format(count);
}

/** The largest shown count (at least 1, so scales never divide by zero). */
export function largest(rows: readonly ChartRow[]): number {
  return Math.max(1, ...rows.map((r) => r.count ?? 0));
}

/** The row with the largest shown count (none when nothing above zero is shown), for a chart's text alternative. */
export function highestRow(rows: readonly ChartRow[]): ChartRow | undefined {
  return rows.reduce<ChartRow | undefined>((best, r) => (r.count !== null && r.count > (best?.count ?? 0) ? r : best), undefined);
}

/** What every chart is given. */
export interface ChartProps {
  /** Unique on the page: the SVG's title, description and stripe pattern are named after it. */
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  readonly rows: readonly ChartRow[];
  readonly locale: string;
}

/** Fill for a suppressed count: the stripes that ChartFrame defines for the chart `id`. */
export const suppressedFill = (id: string) => `url(#${id}-suppressed)`;

/**
 * The SVG around every chart: an image named by its title and described by its
 * description (its text alternative), with the suppressed-count stripes defined.
 */
export function ChartFrame({
  id,
  title,
  description,
  width,
  height,
  children,
}: Omit<ChartProps, "rows" | "locale"> & { width: number; height: number; children: unknown }) {
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <SuppressedPattern id={`${id}-suppressed`} />
      {children}
    </svg>
  );
}

/** Stripes that mark a suppressed count on a chart (a legend and the text say so too). */
function SuppressedPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#565c65" stroke-width="2" />
      </pattern>
    </defs>
  );
}

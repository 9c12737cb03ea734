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
const compactCount = formatter((locale) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }));

/** A count for people: "12,345" in English, "12.345" in Spanish. */
export function formatCount(count: number, locale: string): string {
  return fullCount(locale).format(count);
}

/** A short count for small spaces: "950", "1.2k", "34k". */
export function shortCount(count: number, locale: string): string {
  return compactCount(locale).format(count);
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

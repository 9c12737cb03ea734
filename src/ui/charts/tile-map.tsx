/**
 * @module
 * A US tile map as server-rendered SVG: every state (and DC) an equal square
 * in roughly its place, the territories in a row below. Each tile carries its
 * code and its count in text; shading (five steps, lightest for fewest) only
 * repeats what the text says. A suppressed tile is striped and shows a dash.
 */
import { ChartFrame, MIN_TEXT, largest, shortCount, suppressedFill, type ChartProps, type ChartWords } from "./chart-data";

/** Column and row of each tile (after the common "statebins" layout). */
const TILES: Readonly<Record<string, readonly [number, number]>> = {
  AK: [0, 0],
  ME: [10, 0],
  VT: [9, 1],
  NH: [10, 1],
  WA: [0, 2],
  ID: [1, 2],
  MT: [2, 2],
  ND: [3, 2],
  MN: [4, 2],
  IL: [5, 2],
  WI: [6, 2],
  MI: [7, 2],
  NY: [8, 2],
  RI: [9, 2],
  MA: [10, 2],
  OR: [0, 3],
  NV: [1, 3],
  WY: [2, 3],
  SD: [3, 3],
  IA: [4, 3],
  IN: [5, 3],
  OH: [6, 3],
  PA: [7, 3],
  NJ: [8, 3],
  CT: [9, 3],
  CA: [0, 4],
  UT: [1, 4],
  CO: [2, 4],
  NE: [3, 4],
  MO: [4, 4],
  KY: [5, 4],
  WV: [6, 4],
  VA: [7, 4],
  MD: [8, 4],
  DE: [9, 4],
  AZ: [1, 5],
  NM: [2, 5],
  KS: [3, 5],
  AR: [4, 5],
  TN: [5, 5],
  NC: [6, 5],
  SC: [7, 5],
  DC: [8, 5],
  OK: [3, 6],
  LA: [4, 6],
  MS: [5, 6],
  AL: [6, 6],
  GA: [7, 6],
  HI: [0, 7],
  TX: [3, 7],
  FL: [8, 7],
  AS: [0, 9],
  GU: [1, 9],
  MP: [2, 9],
  PR: [3, 9],
  VI: [4, 9],
};

/** Five shades, lightest for fewest; text on each meets 4.5:1 contrast. */
const SHADES = [
  { fill: "#e7f6f8", text: "#1b1b1b" },
  { fill: "#b3dfec", text: "#1b1b1b" },
  { fill: "#5fb6d8", text: "#1b1b1b" },
  { fill: "#0d7ea2", text: "#ffffff" },
  { fill: "#074b69", text: "#ffffff" },
];

/** 11 columns of tiles fit CHART_WIDTH (./chart-data.tsx). */
const SIZE = 61;
const GAP = 4;
/** The legend: two rows of three swatches, each this wide. */
const LEGEND_COLUMN = 235;
const LEGEND_ROW = 30;

export interface TileMapProps extends ChartProps {
  /** One row per state code; other rows (outside the US, not answered) are not drawn. */
  readonly rows: ChartProps["rows"];
  readonly words: ChartWords & { readonly legend: string; readonly territories: string };
}

export function TileMap({ id, title, description, rows, locale, words }: TileMapProps) {
  const tiles = rows.filter((r) => r.key in TILES);
  const max = largest(tiles);
  const shade = (count: number) => SHADES[Math.min(SHADES.length - 1, Math.floor((count / max) * SHADES.length))]!;
  // The legend's title, clear of the territories' row (row 9).
  const legendY = 10 * (SIZE + GAP) + 22;
  // The counts each shade stands for, as `shade` assigns them; a shade no count can get is left out of the
  // legend. White is for none, so the legend reads "0", "1–12", "13–25", … up to the largest count.
  const ranges = [
    { s: { fill: "#ffffff" }, low: 0, high: 0 },
    ...SHADES.map((s, i) => ({
      s,
      low: Math.max(1, Math.ceil((max * i) / SHADES.length)),
      high: i === SHADES.length - 1 ? max : Math.ceil((max * (i + 1)) / SHADES.length) - 1,
    })).filter((r) => r.low <= r.high),
  ];
  const swatchY = legendY + 12;
  const legendRows = Math.ceil(ranges.length / 3);
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      width={11 * (SIZE + GAP)}
      height={swatchY + legendRows * LEGEND_ROW}
    >
      <text x="0" y={9 * (SIZE + GAP) - 8} font-size={MIN_TEXT} font-weight="bold" fill="#1b1b1b">
        {words.territories}
      </text>
      {tiles.map((row) => {
        const [col, line] = TILES[row.key]!;
        const x = col * (SIZE + GAP);
        const y = line * (SIZE + GAP);
        const colours =
          row.count === null
            ? { fill: suppressedFill(id), text: "#1b1b1b" }
            : row.count === 0
              ? { fill: "#ffffff", text: "#1b1b1b" }
              : shade(row.count);
        return (
          <g>
            <rect x={x} y={y} width={SIZE} height={SIZE} fill={colours.fill} stroke="#71767a" />
            {row.count === null && <rect x={x + 12} y={y + 6} width={SIZE - 24} height={SIZE - 12} fill="#ffffff" />}
            <text
              x={x + SIZE / 2}
              y={y + 26}
              font-size={MIN_TEXT + 2}
              font-weight="bold"
              text-anchor="middle"
              fill={colours.text}
            >
              {row.key}
            </text>
            <text x={x + SIZE / 2} y={y + 46} font-size={MIN_TEXT} text-anchor="middle" fill={colours.text}>
              {row.count === null ? "–" : shortCount(row.count, locale)}
            </text>
          </g>
        );
      })}
      <text x="0" y={legendY} font-size={MIN_TEXT} font-weight="bold" fill="#1b1b1b">
        {words.legend}
      </text>
      {ranges.map(({ s, low, high }, i) => {
        const x = (i % 3) * LEGEND_COLUMN;
        const y = swatchY + Math.floor(i / 3) * LEGEND_ROW;
        return (
          <g>
            <rect x={x} y={y} width="20" height="20" fill={s.fill} stroke="#71767a" />
            <text x={x + 28} y={y + 16} font-size={MIN_TEXT} fill="#1b1b1b">
              {low === high ? shortCount(low, locale) : `${shortCount(low, locale)}–${shortCount(high, locale)}`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

/**
 * @module
 * The dashboard's five charts: what each counts, and its answer turned into
 * labelled rows in the page's language. Charts and tables both draw these rows.
 */
import { fill, formatDay, optionLabel, type Catalog, type Locale } from "../../i18n";
import { NOT_ASKED, type DimensionName } from "../../stats/dimensions";
import { cellKey, type StatsTable } from "../../stats/tabulate";
import type { ChartRow } from "../charts/chart-data";

export const SECTIONS = [
  { id: "overTime", dimension: "week", kind: "time" },
  { id: "respondent", dimension: "respondent_type", kind: "bars", question: "respondent" },
  { id: "product", dimension: "product", kind: "bars", question: "products" },
  { id: "platform", dimension: "platform", kind: "bars", question: "platforms" },
  { id: "state", dimension: "state", kind: "map", question: "state" },
] as const satisfies readonly { id: string; dimension: DimensionName; kind: string; question?: string }[];

export type Section = (typeof SECTIONS)[number];

/** A section's answer as chart rows. "Not asked" product rows are left out: the chart is about products. */
export function sectionRows(section: Section, table: StatsTable, catalog: Catalog, locale: Locale): ChartRow[] {
  const values = table.values[0] ?? [];
  return values.flatMap((value) => {
    if (section.id === "product" && value === NOT_ASKED) return [];
    const tally = table.cells.get(cellKey([value]));
    const count = tally?.hidden ? null : (tally?.count ?? 0);
    const label =
      section.kind === "time"
        ? fill(catalog.analyst.weekOf, { day: formatDay(value, locale) })
        : value === NOT_ASKED
          ? catalog.pages.answers.notAnswered
          : optionLabel(catalog, section.question, value);
    return [{ key: value, label, count }];
  });
}

/**
 * @module
 * The dashboard's five charts: what each counts, and its answer turned into
 * labelled rows in the page's language. Charts and tables both draw these rows.
 */
import { questionOf, type OptionId, type QuestionId } from "../../check/questionnaire";
import { fill, formatDay, optionLabel, type Catalog, type Locale } from "../../i18n";
import { NOT_ASKED, type DimensionName } from "../../stats/dimensions";
import { cellKey, type StatsTable } from "../../stats/tabulate";
import type { ChartRow } from "../charts/chart-data";

interface TimeSection {
  readonly id: "overTime";
  readonly kind: "time";
  readonly dimension: "week";
}
interface QuestionSection {
  readonly id: "respondent" | "product" | "installed_on" | "state";
  readonly kind: "bars" | "map";
  readonly question: QuestionId;
  /** The dimension the registry counts the question as. */
  readonly dimension: DimensionName;
}
export type Section = TimeSection | QuestionSection;

/** A chart of one counted question, its dimension taken from the registry. */
function ofQuestion(id: QuestionSection["id"], kind: QuestionSection["kind"], question: QuestionId): QuestionSection {
  const dimension = questionOf(question).counted;
  if (!dimension) throw new Error(`Question "${question}" is not counted: it cannot have a chart`);
  return { id, kind, question, dimension };
}

export const SECTIONS: readonly Section[] = [
  { id: "overTime", dimension: "week", kind: "time" },
  ofQuestion("respondent", "bars", "respondent"),
  ofQuestion("product", "bars", "products"),
  ofQuestion("installed_on", "bars", "installed_on"),
  ofQuestion("state", "map", "state"),
];

/** A section's answer as chart rows. "Not asked" rows of product and installed_on are left out: those charts are about Kaspersky users. */
export function sectionRows(section: Section, table: StatsTable, catalog: Catalog, locale: Locale): ChartRow[] {
  const values = table.values[0] ?? [];
  return values.flatMap((value) => {
    if ((section.id === "product" || section.id === "installed_on") && value === NOT_ASKED) return [];
    const count = table.cells.get(cellKey([value])) ?? 0;
    const label =
      section.kind === "time"
        ? fill(catalog.analyst.weekOf, { day: formatDay(value, locale) })
        : value === NOT_ASKED
          ? catalog.pages.answers.notAnswered
          : optionLabel(catalog, section.question, value as OptionId);
    return [{ key: value, label, count }];
  });
}

/**
 * @module
 * The dimensions analysts can count by, named as the stats API names them.
 * Values are the questionnaire's option ids (public and stable), the channel,
 * the locale, the hotline outcome, or a day, week or month. `NOT_ASKED` ("")
 * is the value of a response the question did not apply to or that skipped it.
 *
 * Three dimensions are asked only for some values of another (`link`): sector
 * for critical infrastructure, product for people who have or had Kaspersky,
 * outcome for hotline calls. Their "not asked" count equals a sum of the
 * parent's counts, so suppression has to keep the two consistent
 * (src/stats/week-tables.ts).
 */
import { findQuestion } from "../check/questionnaire";
import { CHANNELS, OUTCOMES } from "../db/schema";
import { LOCALES } from "../i18n";
import { daysBetween, monthOf, monthsBetween, weekOf, weeksBetween } from "./calendar";

/** The value of a question that did not apply, or an optional one left unanswered. */
export const NOT_ASKED = "";

/** A hotline call whose outcome the agent has not recorded yet. */
export const NOT_RECORDED = "not_recorded";

export const DIMENSION_NAMES = [
  "respondent_type",
  "sector",
  "state",
  "product",
  "platform",
  "uses_kaspersky",
  "ultraav",
  "embedded",
  "channel",
  "locale",
  "outcome",
  "day",
  "week",
  "month",
] as const;
export type DimensionName = (typeof DIMENSION_NAMES)[number];

export const TIME_DIMENSIONS = ["day", "week", "month"] as const;
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];

export interface Dimension {
  readonly name: DimensionName;
  /** Where the value comes from: a stored answer (kept in the aggregates), the channel column, or the day. */
  readonly source: "answer" | "channel" | "time";
  /** Multiple choice: a response counts once under each option it chose, so rows add up to more than the total. */
  readonly multiple: boolean;
  /** Category values in display order (time dimensions: none; see `valuesInRange`). */
  readonly values: readonly string[];
  /** Asked only when the parent dimension has one of `askedWhen`; otherwise the value is NOT_ASKED. */
  readonly link?: { readonly parent: DimensionName; readonly askedWhen: readonly string[] };
}

const optionsOf = (questionId: string): string[] => {
  const question = findQuestion(questionId);
  if (!question) throw new Error(`No question "${questionId}"`);
  return question.options.map((o) => o.id);
};

const answer = (name: DimensionName, questionId: string, extra: Partial<Dimension> = {}): Dimension => ({
  name,
  source: "answer",
  multiple: findQuestion(questionId)?.kind === "multiple",
  values: optionsOf(questionId),
  ...extra,
});
const time = (name: TimeDimension): Dimension => ({ name, source: "time", multiple: false, values: [] });

export const DIMENSIONS: Readonly<Record<DimensionName, Dimension>> = {
  respondent_type: answer("respondent_type", "respondent"),
  sector: answer("sector", "sector", {
    values: [...optionsOf("sector"), NOT_ASKED],
    link: { parent: "respondent_type", askedWhen: ["critical_infrastructure"] },
  }),
  state: answer("state", "state", { values: [...optionsOf("state"), NOT_ASKED] }),
  product: answer("product", "products", {
    values: [...optionsOf("products"), NOT_ASKED],
    link: { parent: "uses_kaspersky", askedWhen: ["yes", "removed"] },
  }),
  platform: answer("platform", "platforms"),
  uses_kaspersky: answer("uses_kaspersky", "has_kaspersky"),
  ultraav: answer("ultraav", "ultraav"),
  embedded: answer("embedded", "embedded"),
  channel: { name: "channel", source: "channel", multiple: false, values: CHANNELS },
  locale: { name: "locale", source: "answer", multiple: false, values: LOCALES },
  outcome: {
    name: "outcome",
    source: "answer",
    multiple: false,
    values: [...OUTCOMES, NOT_RECORDED, NOT_ASKED],
    link: { parent: "channel", askedWhen: ["hotline"] },
  },
  day: time("day"),
  week: time("week"),
  month: time("month"),
};

export function isDimensionName(value: string): value is DimensionName {
  return (DIMENSION_NAMES as readonly string[]).includes(value);
}

export function isTimeDimension(name: DimensionName): name is TimeDimension {
  return (TIME_DIMENSIONS as readonly string[]).includes(name);
}

/** The value a time dimension gives a day: the day itself, its week's Monday, or its month. */
export function timeKey(name: TimeDimension, day: string): string {
  return name === "day" ? day : name === "week" ? weekOf(day) : monthOf(day);
}

/** Every value of a time dimension between two days (both included), in order. */
export function timeValues(name: TimeDimension, from: string, to: string): string[] {
  return name === "day" ? daysBetween(from, to) : name === "week" ? weeksBetween(from, to) : monthsBetween(from, to);
}

/** Dimensions in one canonical order, so a cross-tab and its transpose are the same table. */
export function canonicalOrder<T extends DimensionName>(names: readonly T[]): T[] {
  return [...names].sort((a, b) => DIMENSION_NAMES.indexOf(a) - DIMENSION_NAMES.indexOf(b));
}

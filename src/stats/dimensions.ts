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
import { QUESTIONS, type AnswerDimension, type Question } from "../check/questionnaire";
import { CALL_CHANNELS, CHANNELS, OUTCOMES } from "../check/vocabulary";
import { LOCALES } from "../i18n";
import { daysBetween, monthOf, monthsBetween, weekOf, weeksBetween } from "./calendar";

/** The value of a question that did not apply, or an optional one left unanswered. */
export const NOT_ASKED = "";

/** A hotline call whose outcome the agent has not recorded yet. */
export const NOT_RECORDED = "not_recorded";

/** The questions counted for analysts (the registry's `counted`), in the order asked. */
export const COUNTED_QUESTIONS = QUESTIONS.filter((q): q is Question & { counted: AnswerDimension } => q.counted !== null);

export const TIME_DIMENSIONS = ["day", "week", "month"] as const;
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];

/** Dimensions that do not come from an answer: how the check came in, its language, the call's outcome. */
const RECORD_DIMENSIONS = ["channel", "locale", "outcome"] as const;

export type DimensionName = AnswerDimension | (typeof RECORD_DIMENSIONS)[number] | TimeDimension;

/** Every dimension, in the canonical order: the counted questions as asked, then the record's own, then time. */
export const DIMENSION_NAMES: readonly DimensionName[] = [
  ...COUNTED_QUESTIONS.map((q) => q.counted),
  ...RECORD_DIMENSIONS,
  ...TIME_DIMENSIONS,
];

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

const dimensionOf = new Map(COUNTED_QUESTIONS.map((q) => [q.id as string, q.counted]));

/**
 * A counted question's dimension. A question asked only when one other counted
 * question has some answers is linked to that question's dimension; one that
 * may be skipped or not asked also has the NOT_ASKED value.
 */
function answerDimension(question: Question & { counted: AnswerDimension }): Dimension {
  const when = Object.entries(question.when ?? {});
  const [parentQuestion, askedWhen] = when[0] ?? [];
  const parent = parentQuestion === undefined ? undefined : dimensionOf.get(parentQuestion);
  if (when.length > 1 || (parentQuestion !== undefined && !parent)) {
    throw new Error(
      `Question "${question.id}" is asked on a condition the counts cannot link: make it depend on one counted question`,
    );
  }
  const sometimesEmpty = !question.required || parent !== undefined;
  return {
    name: question.counted,
    source: "answer",
    multiple: question.kind === "multiple",
    values: [...question.options.map((o) => o.id), ...(sometimesEmpty ? [NOT_ASKED] : [])],
    ...(parent && askedWhen && { link: { parent, askedWhen } }),
  };
}
const time = (name: TimeDimension): Dimension => ({ name, source: "time", multiple: false, values: [] });

export const DIMENSIONS: Readonly<Record<DimensionName, Dimension>> = {
  ...(Object.fromEntries(COUNTED_QUESTIONS.map((q) => [q.counted, answerDimension(q)])) as Record<AnswerDimension, Dimension>),
  channel: { name: "channel", source: "channel", multiple: false, values: CHANNELS },
  locale: { name: "locale", source: "answer", multiple: false, values: LOCALES },
  outcome: {
    name: "outcome",
    source: "answer",
    multiple: false,
    values: [...OUTCOMES, NOT_RECORDED, NOT_ASKED],
    link: { parent: "channel", askedWhen: CALL_CHANNELS },
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

/**
 * @module
 * "Was this useful?" on a result: what is counted. Feedback is stored only as
 * daily counts per result kind, language and answer (src/db/feedback.ts), never
 * with a reference, a time of day or anything typed.
 *
 * The result kind is deliberately coarse: whether the result asks the person to
 * do something (at least one task) or has nothing for them to do (not affected,
 * or not covered by the rule). These are the two shapes of result people read (a
 * numbered list of tasks, or panels of facts and contacts only), so
 * they are what feedback can tell apart; a finer kind (the audience track, say)
 * would split a day's few answers into cells of one or two, which would say more
 * about the few people in them than about the advice.
 */
import type { Locale } from "../i18n";
import { byKind, type Guidance } from "./guidance";
import { FEEDBACK_ANSWERS, type FeedbackAnswer, type FeedbackKind } from "./vocabulary";

export { FEEDBACK_ANSWERS, FEEDBACK_KINDS, type FeedbackAnswer, type FeedbackKind } from "./vocabulary";

export const isFeedbackAnswer = (value: unknown): value is FeedbackAnswer =>
  (FEEDBACK_ANSWERS as readonly unknown[]).includes(value);

/** A result with at least one task asks the person to act; one without tasks leaves nothing to do. */
export function resultKind(result: Guidance): FeedbackKind {
  return byKind(result).tasks.length > 0 ? "to_do" : "nothing_to_do";
}

/** Published feedback over a range of whole weeks: noisy "yes" and "no" counts per result kind and language (src/db/feedback.ts). */
export interface FeedbackTable {
  readonly rows: readonly {
    readonly kind: FeedbackKind;
    readonly locale: Locale;
    readonly yes: number;
    readonly no: number;
  }[];
}

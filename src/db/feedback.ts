/**
 * @module
 * "Was this useful?" answers, stored only as daily counts (`feedback_counts`):
 * one more in the cell of today's UTC day, the result's kind, the page's
 * language and the answer, with a fresh random key added to the cell's key sum.
 * The reference of the result is never written, nor the time, nor anything
 * else about the request (test/integration/privacy.test.ts pins it).
 *
 * Analysts see feedback as they see every other count (src/stats/cell-key.ts,
 * src/stats/tabulate.ts): each published number is a cumulative cell (every
 * answer from the first day to the end of a week) perturbed by its key sum, and
 * a range is the difference of two such cells. So a day or a cell with one or
 * two answers is never shown exactly, asking for many ranges gives no fresh
 * look at the same answers, and an answer given today only shows once its week
 * is over (the dashboard's ranges end at the last complete week).
 */
import { lte, sql } from "drizzle-orm";
import type { FeedbackTable } from "../check/feedback";
import { FEEDBACK_ANSWERS, FEEDBACK_KINDS, type FeedbackAnswer, type FeedbackKind } from "../check/vocabulary";
import { dayBefore } from "../check/dates";
import type { Locale } from "../i18n";
import { perturb, recordKey } from "../stats/cell-key";
import type { Database } from "./client";
import { feedbackCounts } from "./schema";

export interface FeedbackGiven {
  readonly day: string;
  readonly kind: FeedbackKind;
  readonly locale: Locale;
  readonly answer: FeedbackAnswer;
}

/** Adds one answer to its day's cell: the only write feedback makes. */
export async function recordFeedback(db: Database, given: FeedbackGiven): Promise<void> {
  const f = feedbackCounts;
  await db
    .insert(f)
    .values({ ...given, answers: 1, keySum: recordKey() })
    .onConflictDoUpdate({
      target: [f.day, f.kind, f.locale, f.answer],
      set: { answers: sql`${f.answers} + 1`, keySum: sql`${f.keySum} + excluded.key_sum` },
    });
}

const cellName = (kind: string, locale: string, answer: string) => `${kind}|${locale}|${answer}`;

/** Every answer up to and including `lastDay`, per cell, with its key sum. */
function cumulative(db: Database, lastDay: string) {
  const f = feedbackCounts;
  return db
    .select({
      kind: f.kind,
      locale: f.locale,
      answer: f.answer,
      count: sql<number>`sum(${f.answers})`.mapWith(Number),
      keys: sql<number>`sum(${f.keySum})`.mapWith(Number),
    })
    .from(f)
    .where(lte(f.day, lastDay))
    .groupBy(f.kind, f.locale, f.answer);
}

type CumulativeRows = Awaited<ReturnType<typeof cumulative>>;

function published(rows: CumulativeRows): Map<string, number> {
  return new Map(rows.map((r) => [cellName(r.kind, r.locale, r.answer), perturb({ count: r.count, keys: r.keys })]));
}

/**
 * Feedback from `from` (a Monday) to `to` (a Sunday), or from the first answer
 * when `fromGiven` is false: one noisy cumulative count, or the difference of
 * two (floored at 0), per kind, language and answer.
 */
export async function feedbackTable(
  db: Database,
  { from, to, fromGiven }: { from: string; to: string; fromGiven: boolean },
  locales: readonly Locale[],
): Promise<FeedbackTable> {
  const [upTo, before] = fromGiven
    ? await db.batch([cumulative(db, to), cumulative(db, dayBefore(from))])
    : [await cumulative(db, to), []];
  const end = published(upTo);
  const start = published(before);
  const count = (kind: FeedbackKind, locale: Locale, answer: FeedbackAnswer) => {
    const name = cellName(kind, locale, answer);
    return Math.max(0, (end.get(name) ?? 0) - (start.get(name) ?? 0));
  };
  const [yes, no] = FEEDBACK_ANSWERS;
  return {
    rows: FEEDBACK_KINDS.flatMap((kind) =>
      locales.map((locale) => ({ kind, locale, yes: count(kind, locale, yes), no: count(kind, locale, no) })),
    ),
  };
}

/**
 * @module
 * Reading anonymized responses (stored, or still pending: src/db/pending.ts)
 * and changing them. New checks are written by src/services/record-check.ts as
 * pending rows and folded into `responses` and the counts later; a change (a
 * hotline call-back, an outcome) folds its check first, then changes it and its
 * weekly and daily counts (src/db/aggregates.ts) in one `db.batch()`, so one
 * transaction (D1 runs a batch as one).
 */
import { and, eq, gte, inArray } from "drizzle-orm";
import { CALL_CHANNELS } from "../check/vocabulary";
import { utcDay } from "../check/dates";
import { weekOf } from "../stats/calendar";
import {
  MULTIPLE_CHOICE_IDS,
  QUESTIONS,
  SINGLE_CHOICE_IDS,
  isQuestionId,
  selected,
  type Answers,
  type SingleQuestionId,
} from "../check/questionnaire";
import type { Database } from "./client";
import type { BatchItem } from "drizzle-orm/batch";
import { countStatements } from "./aggregates";
import { fold, fromPendingJson } from "./pending";
import { pendingResponses, responseChoices, responses, type Channel, type Outcome } from "./schema";

/** Everything stored about one completed check. */
export interface StoredResponse {
  readonly reference: string;
  readonly channel: Channel;
  readonly locale: string;
  readonly questionnaireVersion: number;
  readonly guidanceVersion: number;
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly answers: Answers;
  /** Hotline calls: what came of the call, once the agent has recorded it. */
  readonly outcome?: Outcome | null;
  /**
   * Reading only: stored choices of questions the registry no longer asks
   * ("platforms", questionnaires 1 and 2), by question. Never written, never
   * counted; kept until retention removes the response, to show what its advice was.
   */
  readonly retired?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Whether a response's week is over. Stats publish whole weeks once they are
 * over, so changing a response then would show the change as the difference
 * between two answers: one person's profile (README, "Counts for analysts").
 * A response can be changed, or its outcome recorded, only in its own week.
 */
export function isWeekClosed(day: string, today: string = utcDay(new Date())): boolean {
  return weekOf(day) < weekOf(today);
}

/** The single-choice answer columns of a response (NULL for a question not answered). */
function answerColumns(answers: Answers): Record<SingleQuestionId, string | null> {
  return Object.fromEntries(SINGLE_CHOICE_IDS.map((id) => [id, answers[id] ?? null])) as Record<SingleQuestionId, string | null>;
}

/** One row per option chosen in a multiple-choice question. */
function choiceRows(reference: string, answers: Answers): (typeof responseChoices.$inferInsert)[] {
  return MULTIPLE_CHOICE_IDS.flatMap((id) => selected(answers, id).map((option) => ({ reference, question: id, option })));
}

/**
 * Stores the response and counts it, in one batch, with any extra statements in
 * the same transaction. Resolves to "duplicate" when the reference is taken
 * (nothing is written then). This is how every check was written before the
 * write path folded counts later (README, "Write path"); tests use it to store
 * counted responses directly and to prove the fold counts exactly as it did.
 * The request path uses src/services/record-check.ts.
 */
export async function insertResponse(
  db: Database,
  response: StoredResponse,
  alsoRun: readonly BatchItem<"sqlite">[] = [],
): Promise<"stored" | "duplicate"> {
  const { reference, channel, locale, questionnaireVersion, guidanceVersion, day, outcome } = response;
  const row = {
    reference,
    channel,
    locale,
    questionnaireVersion,
    guidanceVersion,
    day,
    outcome,
    ...answerColumns(response.answers),
  };
  const choices = choiceRows(reference, response.answers);
  try {
    // At most 18 choices of 3 parameters: well under D1's 100 bound parameters a statement.
    await db.batch([
      db.insert(responses).values(row),
      ...(choices.length ? [db.insert(responseChoices).values(choices)] : []),
      ...countStatements(db, [reference], 1),
      ...alsoRun,
    ]);
    return "stored";
  } catch (error) {
    if (isReferenceTaken(error)) return "duplicate";
    throw error;
  }
}

/**
 * Replaces a stored response's answers (a hotline call-back), keeping its day and
 * channel, in one batch with any extra statements. For a reference that exists:
 * for an unknown one the choices' foreign key refuses the whole batch. Refused
 * (false, nothing written) when the response's week is over (`isWeekClosed`):
 * the caller passes the stored day it read.
 */
export async function replaceAnswers(
  db: Database,
  change: {
    reference: string;
    day: string;
    locale: string;
    answers: Answers;
    questionnaireVersion: number;
    guidanceVersion: number;
  },
  alsoRun: readonly BatchItem<"sqlite">[] = [],
): Promise<boolean> {
  const { reference, locale, answers, questionnaireVersion, guidanceVersion } = change;
  if (isWeekClosed(change.day)) return false;
  // A check still pending is folded first, so the edit below takes away and adds back counts it has.
  await fold(db.$client, [reference]);
  const choices = choiceRows(reference, answers);
  // Counted out as it was, counted in as it is: the counts stay right whatever changed.
  const takeAway = countStatements(db, [reference], -1);
  const update = db
    .update(responses)
    .set({ locale, questionnaireVersion, guidanceVersion, ...answerColumns(answers) })
    // The day read may be stale only if the caller passed a wrong one: the week is checked again here.
    .where(and(eq(responses.reference, reference), gte(responses.day, weekOf(utcDay(new Date())))))
    .returning({ reference: responses.reference });
  const results = await db.batch([
    ...takeAway,
    update,
    db.delete(responseChoices).where(eq(responseChoices.reference, reference)),
    ...(choices.length ? [db.insert(responseChoices).values(choices)] : []),
    ...countStatements(db, [reference], 1),
    ...alsoRun,
  ]);
  const updated = results[takeAway.length] as Awaited<typeof update>;
  return updated.length > 0;
}

/**
 * Sets the outcome of a call (a desk or phone-line check). False when the reference is unknown, is
 * not a call (web and API checks have no outcome) or its week is over
 * (`isWeekClosed`); the counts are then taken away and added back unchanged.
 */
export async function recordOutcome(
  db: Database,
  reference: string,
  outcome: Outcome,
  alsoRun: readonly BatchItem<"sqlite">[] = [],
): Promise<boolean> {
  // As in replaceAnswers: a pending check is counted before its counts change.
  await fold(db.$client, [reference]);
  const takeAway = countStatements(db, [reference], -1);
  const open = gte(responses.day, weekOf(utcDay(new Date())));
  const update = db
    .update(responses)
    .set({ outcome })
    .where(and(eq(responses.reference, reference), inArray(responses.channel, CALL_CHANNELS), open))
    .returning({ reference: responses.reference });
  const results = await db.batch([...takeAway, update, ...countStatements(db, [reference], 1), ...alsoRun]);
  const updated = results[takeAway.length] as Awaited<typeof update>;
  return updated.length > 0;
}

/** A taken code, or a purged one (migrations/0003 refuses those): either way, draw another. */
function isReferenceTaken(error: unknown): boolean {
  const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  return /UNIQUE constraint failed: responses\.reference|PRIMARY KEY|reference was purged/i.test(text);
}

/** The stored (or still pending: src/db/pending.ts) response with this reference, answers reassembled, or undefined. */
export async function findResponse(db: Database, reference: string): Promise<StoredResponse | undefined> {
  const [row, choices, pending] = await db.batch([
    db.select().from(responses).where(eq(responses.reference, reference)),
    db.select().from(responseChoices).where(eq(responseChoices.reference, reference)),
    db.select().from(pendingResponses).where(eq(pendingResponses.reference, reference)),
  ]);
  const found = row[0];
  if (!found) {
    if (!pending[0]) return undefined;
    const { recordKey: _never, ...check } = fromPendingJson(reference, pending[0].response);
    return check as StoredResponse;
  }
  const answers: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    if (question.kind === "single") {
      const value = found[question.id as SingleQuestionId];
      if (value !== null) answers[question.id] = value;
    } else {
      // Kept in questionnaire order so a reloaded result reads like the original.
      const picked = new Set(choices.filter((c) => c.question === question.id).map((c) => c.option));
      const ordered = question.options.map((o) => o.id as string).filter((id) => picked.has(id));
      if (ordered.length) answers[question.id] = ordered;
    }
  }
  const retired: Record<string, string[]> = {};
  for (const { question, option } of choices) {
    if (!isQuestionId(question)) retired[question] = [...(retired[question] ?? []), option];
  }
  // Stored rows hold only ids the registry validated when they were written.
  const { reference: ref, channel, locale, questionnaireVersion, guidanceVersion, day, outcome } = found;
  return {
    reference: ref,
    channel,
    locale,
    questionnaireVersion,
    guidanceVersion,
    day,
    answers: answers as Answers,
    outcome,
    ...(Object.keys(retired).length && { retired }),
  };
}

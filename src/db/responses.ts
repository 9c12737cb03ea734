/**
 * @module
 * Storing and reading anonymized responses. One submission is one `db.batch()`
 * (D1 runs a batch as a single transaction), so a response is stored whole or
 * not at all.
 */
import { eq } from "drizzle-orm";
import type { Answers } from "../check/answers";
import { QUESTIONS } from "../check/questionnaire";
import type { Database } from "./client";
import { ANSWER_COLUMNS, responseChoices, responses, type Channel } from "./schema";

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
}

type AnswerColumn = keyof typeof ANSWER_COLUMNS;

function answerColumn(questionId: string): AnswerColumn {
  if (!(questionId in ANSWER_COLUMNS)) {
    throw new Error(`Single-choice question "${questionId}" has no column in src/db/schema.ts`);
  }
  return questionId as AnswerColumn;
}

/**
 * Stores the response in one batch. Resolves to "duplicate" when the reference
 * is taken (nothing is written then), so callers can retry or treat it as a
 * repeated submission.
 */
export async function insertResponse(db: Database, response: StoredResponse): Promise<"stored" | "duplicate"> {
  const row: typeof responses.$inferInsert = {
    reference: response.reference,
    channel: response.channel,
    locale: response.locale,
    questionnaireVersion: response.questionnaireVersion,
    guidanceVersion: response.guidanceVersion,
    day: response.day,
  };
  const choices: (typeof responseChoices.$inferInsert)[] = [];
  for (const question of QUESTIONS) {
    const value = response.answers[question.id];
    if (value === undefined) continue;
    if (question.kind === "single") row[answerColumn(question.id)] = value as string;
    else for (const option of value) choices.push({ reference: response.reference, question: question.id, option });
  }
  const insertRow = db.insert(responses).values(row);
  try {
    // At most 18 choices of 3 parameters: well under D1's 100 bound parameters a statement.
    await (choices.length
      ? db.batch([insertRow, db.insert(responseChoices).values(choices)])
      : db.batch([insertRow]));
    return "stored";
  } catch (error) {
    if (isReferenceTaken(error)) return "duplicate";
    throw error;
  }
}

function isReferenceTaken(error: unknown): boolean {
  const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? "")}`;
  return /UNIQUE constraint failed: responses\.reference|PRIMARY KEY/i.test(text);
}

/** The stored response with this reference, answers reassembled, or undefined. */
export async function findResponse(db: Database, reference: string): Promise<StoredResponse | undefined> {
  const [row, choices] = await db.batch([
    db.select().from(responses).where(eq(responses.reference, reference)),
    db.select().from(responseChoices).where(eq(responseChoices.reference, reference)),
  ]);
  const found = row[0];
  if (!found) return undefined;
  const answers: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    if (question.kind === "single") {
      const value = found[answerColumn(question.id)];
      if (value !== null) answers[question.id] = value;
    } else {
      // Kept in questionnaire order so a reloaded result reads like the original.
      const picked = new Set(choices.filter((c) => c.question === question.id).map((c) => c.option));
      const ordered = question.options.map((o) => o.id).filter((id) => picked.has(id));
      if (ordered.length) answers[question.id] = ordered;
    }
  }
  const { reference: ref, channel, locale, questionnaireVersion, guidanceVersion, day } = found;
  return { reference: ref, channel, locale, questionnaireVersion, guidanceVersion, day, answers };
}

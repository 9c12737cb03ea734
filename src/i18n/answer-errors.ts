/**
 * @module
 * What a person is told about a refused answer, in one place: the public
 * form's question pages and the hotline desk word it the same way.
 */
import type { Question } from "../check/questionnaire";
import { fill, questionWords, type Catalog } from ".";

/** Why an answer was refused: nothing chosen for a required question, or a choice not offered. */
export type AnswerErrorKind = "required" | "not_offered";

/** The message for a refused answer to this question (or to an unknown one, named by its id). */
export function answerError(catalog: Catalog, question: Question | string, kind: AnswerErrorKind): string {
  const name = typeof question === "string" ? question : questionWords(catalog, question.id).title;
  if (kind === "not_offered") return fill(catalog.errors.notOffered, { question: name });
  const multiple = typeof question !== "string" && question.kind === "multiple";
  return fill(multiple ? catalog.errors.chooseAtLeastOne : catalog.errors.chooseOne, { question: name });
}

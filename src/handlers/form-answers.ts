/**
 * @module
 * Reading answers out of a posted HTML form, where each question's field is
 * named by its id (checkboxes repeat the name). Unknown fields are ignored;
 * what is read is validated by the caller like any other answers.
 */
import type { Answers } from "../check/answers";
import { QUESTIONS } from "../check/questionnaire";

type FormBody = Record<string, string | File | (string | File)[]>;

/** The non-empty string values posted under one name. */
export function formValues(form: FormBody, name: string): string[] {
  return [form[name] ?? []].flat().filter((v): v is string => typeof v === "string" && v !== "");
}

/** Every question's answer found in the form, shaped by the question's kind. */
export function answersFromForm(form: FormBody): Answers {
  const answers: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    const values = formValues(form, question.id);
    if (values.length === 0) continue;
    answers[question.id] = question.kind === "single" && values.length === 1 ? values[0]! : values;
  }
  return answers;
}

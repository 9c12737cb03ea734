/**
 * @module
 * Reading answers out of a posted HTML form, where each question's field is
 * named by its id (checkboxes repeat the name). Unknown fields are ignored;
 * what is read is validated by the caller like any other answers.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { RawAnswers } from "../check/answers";
import { QUESTIONS } from "../check/questionnaire";

type FormBody = Record<string, string | File | (string | File)[]>;

/** Thrown for a body that cannot be read as a form; the app answers it with a 400 page. */
export class UnreadableForm extends HTTPException {
  constructor() {
    super(400, { message: "The form could not be read" });
  }
}

/** The posted form, every value of repeated names kept; a malformed body (a broken multipart) is a 400, not a crash. */
export async function readForm(c: Context): Promise<FormBody> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new UnreadableForm();
  }
}

/** The non-empty string values posted under one name. */
export function formValues(form: FormBody, name: string): string[] {
  return [form[name] ?? []].flat().filter((v): v is string => typeof v === "string" && v !== "");
}

/** Every question's answer found in the form, shaped by the question's kind. */
export function answersFromForm(form: FormBody): RawAnswers {
  const answers: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    const values = formValues(form, question.id);
    if (values.length === 0) continue;
    answers[question.id] = question.kind === "single" && values.length === 1 ? values[0]! : values;
  }
  return answers;
}

/**
 * @module
 * Answers: their shape, the branching rules and validation. The zod schema is
 * derived from the questionnaire, so a new question or option needs no change here.
 */
import * as z from "../validation";
import { QUESTIONS, type Condition, type Option, type Question } from "./questionnaire";

/** Question id to the chosen option id (single) or option ids (multiple). */
export type Answers = Readonly<Record<string, string | readonly string[]>>;

/** Why an answer set was refused, per question; `message` is plain English for the API. */
export interface AnswerProblem {
  readonly question: string;
  readonly code:
    | "unknown_question"
    | "wrong_type"
    | "unknown_option"
    | "duplicate_option"
    | "option_not_offered"
    | "not_applicable"
    | "required";
  readonly message: string;
}

/** The selected option ids of a question, whatever its kind; empty when unanswered. */
export function selected(answers: Answers, questionId: string): readonly string[] {
  const value = answers[questionId];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

/** Whether every question named in the condition has one of the listed options selected. */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([questionId, allowed]) =>
    selected(answers, questionId).some((option) => allowed.includes(option)),
  );
}

/** Whether the question is asked, given the answers so far. */
export function applies(question: Question, answers: Answers): boolean {
  return conditionHolds(question.when, answers);
}

/** The options offered for the question, given the other answers. */
export function offeredOptions(question: Question, answers: Answers): readonly Option[] {
  return question.options.filter((option) => conditionHolds(option.when, answers));
}

/**
 * Drops answers to questions that no longer apply and options no longer
 * offered: after a Change on the web form, the rest of the journey follows.
 */
export function pruneAnswers(answers: Answers): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    if (!applies(question, kept) || answers[question.id] === undefined) continue;
    const offered = new Set(offeredOptions(question, kept).map((o) => o.id));
    const choices = selected(answers, question.id).filter((id) => offered.has(id));
    if (choices.length === 0) continue;
    kept[question.id] = question.kind === "single" ? choices[0]! : [...choices];
  }
  return kept;
}

/** The JSON shape of answers, derived from the questionnaire: unknown keys are refused. */
export const answersShape = z.strictObject(
  Object.fromEntries(
    QUESTIONS.map((q) => {
      const option = z.string().check(z.maxLength(64));
      const value = q.kind === "single" ? option : z.array(option).check(z.minLength(1), z.maxLength(q.options.length));
      return [q.id, z.optional(value)];
    }),
  ),
);

function describe(condition: Condition): string {
  return Object.entries(condition)
    .map(([id, allowed]) => `${id} is ${allowed.map((a) => `"${a}"`).join(" or ")}`)
    .join(" and ");
}

/** Branching, required questions and offered options: what zod's shape check cannot see. */
function branchingProblems(answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const question of QUESTIONS) {
    const choices = selected(answers, question.id);
    const given = answers[question.id] !== undefined;
    if (!applies(question, answers)) {
      if (given) {
        const message = `does not apply unless ${describe(question.when ?? {})}`;
        problems.push({ question: question.id, code: "not_applicable", message });
      }
      continue;
    }
    if (!given) {
      if (question.required) {
        problems.push({ question: question.id, code: "required", message: "is required" });
      }
      continue;
    }
    const known = new Set(question.options.map((o) => o.id));
    const offered = new Set(offeredOptions(question, answers).map((o) => o.id));
    for (const choice of choices) {
      if (!known.has(choice)) {
        problems.push({ question: question.id, code: "unknown_option", message: `has no option "${choice}"` });
      } else if (!offered.has(choice)) {
        const when = question.options.find((o) => o.id === choice)?.when ?? {};
        const message = `option "${choice}" is offered only when ${describe(when)}`;
        problems.push({ question: question.id, code: "option_not_offered", message });
      }
    }
    if (new Set(choices).size !== choices.length) {
      problems.push({ question: question.id, code: "duplicate_option", message: "lists an option twice" });
    }
  }
  return problems;
}

export type ValidationResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/** Checks a complete answer set from any channel: shape, options, branching, required. */
export function validateAnswers(input: unknown): ValidationResult {
  const shape = answersShape.safeParse(input);
  if (!shape.success) {
    // zod may report several issues for one value (its type, then its length): the first says it.
    const firstPerPath = shape.error.issues.filter(
      (issue, i, all) => all.findIndex((other) => other.path.join() === issue.path.join()) === i,
    );
    const problems = firstPerPath.map((issue): AnswerProblem => {
      const unknownKey = issue.code === "unrecognized_keys";
      return {
        question: unknownKey ? issue.keys.join(", ") : String(issue.path[0] ?? ""),
        code: unknownKey ? "unknown_question" : "wrong_type",
        message: unknownKey
          ? "is not a question in this questionnaire"
          : `${issue.message} (single-choice answers are a string, multiple-choice answers an array of strings)`,
      };
    });
    return { ok: false, problems };
  }
  const answers = shape.data as Answers;
  const problems = branchingProblems(answers);
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

/**
 * @module
 * Answers: their shape, the branching rules and validation. The zod schema is
 * derived from the questionnaire, so a new question or option needs no change here.
 */
import * as z from "../validation";
import { QUESTIONS, conditionHolds, selected, type Answers, type Condition, type Option, type Question } from "./questionnaire";

export { conditionHolds, selected, type Answers };

/**
 * Answers as they come from outside (JSON, a form, the answers cookie): any
 * question id to any string or strings. Only `validateAnswers` and
 * `pruneAnswers` turn them into `Answers`.
 */
export type RawAnswers = Readonly<Record<string, string | readonly string[]>>;

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
export function pruneAnswers(answers: RawAnswers): Answers {
  const kept: Record<string, string | string[]> = {};
  for (const question of QUESTIONS) {
    if (!applies(question, kept) || answers[question.id] === undefined) continue;
    const offered = new Set<string>(offeredOptions(question, kept).map((o) => o.id));
    const choices = [answers[question.id]!].flat().filter((id) => offered.has(id));
    if (choices.length === 0) continue;
    kept[question.id] = question.kind === "single" ? choices[0]! : choices;
  }
  // Only offered options of applicable questions are kept: the registry's shape.
  return kept as Answers;
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
function branchingProblems(raw: RawAnswers): AnswerProblem[] {
  // Conditions only compare ids, so unchecked answers can be read through the typed view.
  const answers = raw as Answers;
  const problems: AnswerProblem[] = [];
  for (const question of QUESTIONS) {
    const given = raw[question.id] !== undefined;
    const choices: readonly string[] = given ? [raw[question.id]!].flat() : [];
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
    const known = new Set<string>(question.options.map((o) => o.id));
    const offered = new Set<string>(offeredOptions(question, answers).map((o) => o.id));
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
  const answers = shape.data as RawAnswers;
  const problems = branchingProblems(answers);
  // No problems means every id is the registry's: the typed shape holds.
  return problems.length ? { ok: false, problems } : { ok: true, answers: answers as Answers };
}

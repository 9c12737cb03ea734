/**
 * @module
 * Every answer set a respondent can reach, from the registry: each branch of
 * the single-choice questions (optional ones also left unanswered), with the
 * multiple-choice questions answered by a given picker. Options that no
 * condition names (56 states, 15 sectors) cannot change a result, so one of
 * them stands for the rest. And a fast-check arbitrary for whole answer sets,
 * every option and multiple-choice combination included.
 */
import fc from "fast-check";
import { QUESTIONS, conditionHolds, type Answers, type Condition, type Question } from "../../src/check/questionnaire.ts";

type Writable = Record<string, string | readonly string[]>;
/** Chooses the options of a multiple-choice question from those offered. */
export type Picker = (question: Question, offered: readonly string[]) => readonly (readonly string[])[];

const offeredOf = (question: Question, built: Writable) =>
  question.options.filter((o) => conditionHolds(o.when, built as Answers)).map((o) => o.id as string);

/** The options named by any of these conditions, per question. */
export function namedOptions(conditions: readonly Condition[]): ReadonlyMap<string, ReadonlySet<string>> {
  const named = new Map<string, Set<string>>();
  for (const condition of conditions)
    for (const [question, options] of Object.entries(condition) as [string, readonly string[]][])
      for (const option of options) named.set(question, (named.get(question) ?? new Set()).add(option));
  return named;
}

/** The named options, and one unnamed option standing for the others. */
function representatives(
  question: Question,
  offered: readonly string[],
  named: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const names = named.get(question.id) ?? new Set<string>();
  const unnamed = offered.filter((o) => !names.has(o));
  return [...offered.filter((o) => names.has(o)), ...unnamed.slice(0, 1)];
}

/**
 * Every reachable answer set, told apart by `named` (the options conditions
 * name: see namedOptions): all single-choice branches; multiple choice as the picker says.
 */
export function* reachable(
  pick: Picker,
  named: ReadonlyMap<string, ReadonlySet<string>>,
  index = 0,
  built: Writable = {},
): Generator<Answers> {
  const question = QUESTIONS[index];
  if (!question) return yield { ...built } as Answers;
  if (!conditionHolds(question.when, built as Answers)) return yield* reachable(pick, named, index + 1, built);
  const offered = offeredOf(question, built);
  const choices: (string | readonly string[] | undefined)[] =
    question.kind === "single"
      ? [...representatives(question, offered, named), ...(question.required ? [] : [undefined])]
      : [...pick(question, offered)];
  for (const choice of choices) {
    const next = { ...built };
    if (choice !== undefined) next[question.id] = choice;
    yield* reachable(pick, named, index + 1, next);
  }
}

/** Any reachable answer set, multiple-choice combinations drawn at random. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.constant(null).chain(() => build(0, {}));

function build(index: number, built: Writable): fc.Arbitrary<Answers> {
  const question = QUESTIONS[index];
  if (!question) return fc.constant({ ...built } as Answers);
  if (!conditionHolds(question.when, built as Answers)) return build(index + 1, built);
  const offered = offeredOf(question, built);
  const choice: fc.Arbitrary<string | readonly string[] | undefined> =
    question.kind === "multiple"
      ? fc.subarray(offered, { minLength: 1 })
      : question.required
        ? fc.constantFrom(...offered)
        : fc.option(fc.constantFrom(...offered), { nil: undefined });
  return choice.chain((value) => build(index + 1, value === undefined ? built : { ...built, [question.id]: value }));
}

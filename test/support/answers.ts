/**
 * @module
 * Answer sets for tests, built from the question registry. A test names only
 * the answers it is about; every other question that applies gets a neutral
 * answer (no Kaspersky, no UltraAV, nothing embedded, Windows) or, for a
 * question added later, its first offered option, and optional questions
 * stay unanswered. So adding a question to the registry breaks no test that is
 * not about it. Typed by the registry: a misspelt id does not compile.
 *
 * Import-free apart from the registry, so Node scripts and browser tests can
 * load it too.
 */
import { QUESTIONS, conditionHolds, type Answers } from "../../src/check/questionnaire.ts";

/** What a household with no Kaspersky answers; the base every test varies. */
const NEUTRAL: Answers = {
  respondent: "household",
  has_kaspersky: "no",
  installed_on: ["windows"],
  ultraav: "no",
  embedded: "no",
};

type Writable = Record<string, string | readonly string[]>;

/**
 * A complete, valid answer set: `given` wins, the rest follows the registry's
 * branching. Throws when `given` answers a question that does not apply or
 * picks an option not offered, so a fixture cannot drift out of the registry.
 */
export function answers(given: Answers = {}): Answers {
  const built: Writable = {};
  const asked = new Set<string>();
  for (const question of QUESTIONS) {
    if (!conditionHolds(question.when, built as Answers)) continue;
    asked.add(question.id);
    const offered = question.options.filter((o) => conditionHolds(o.when, built as Answers)).map((o) => o.id as string);
    const mine = (given as Writable)[question.id];
    const value = mine ?? (NEUTRAL as Writable)[question.id] ?? (question.required ? firstOf(question.kind, offered) : undefined);
    if (value === undefined) continue;
    const notOffered = [value].flat().filter((id) => !offered.includes(id));
    if (notOffered.length) throw new Error(`Test answers: "${question.id}" does not offer ${notOffered.join(", ")} here`);
    built[question.id] = value;
  }
  const stray = Object.keys(given).filter((id) => !asked.has(id));
  if (stray.length) throw new Error(`Test answers: ${stray.join(", ")} not asked with these answers`);
  return built as Answers;
}

function firstOf(kind: "single" | "multiple", offered: readonly string[]): string | string[] {
  return kind === "single" ? offered[0]! : [offered[0]!];
}

/** The answer set without some questions: for tests about missing answers. */
export function without(set: Answers, ...ids: (keyof Answers)[]): Answers {
  const copy: Writable = { ...set };
  for (const id of ids) delete copy[id];
  return copy as Answers;
}

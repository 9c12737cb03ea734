/**
 * @module
 * `guidance(answers, today, locale)`: the next steps for one respondent. Pure
 * and deterministic (no I/O, no clock): the same answers, day and locale always
 * give the same steps, which is what lets a stored reference show its result again.
 */
import { conditionHolds, selected, type Answers } from "../answers";
import type { Condition, OptionId, QuestionId } from "../questionnaire";
import { catalogFor, fill, formatDay, optionLabel, questionWords, type Catalog, type Locale } from "../../i18n";
import { policyDates } from "./policy-dates";
import { GUIDANCE_VERSION, RULES, SOURCES, type Rule, type StepId } from "./rules";

/** A paragraph, or a list of bullet points. */
export type Block = string | readonly string[];

/** The answers that made a step appear: question id to the matching option ids. */
export interface Trigger {
  readonly question: QuestionId;
  readonly answers: readonly OptionId[];
}

export interface Step {
  readonly id: StepId;
  readonly title: string;
  readonly body: readonly Block[];
  /** "Why you see this", as a sentence. */
  readonly why: string;
  readonly triggers: readonly Trigger[];
  readonly source?: { readonly label: string; readonly url: string };
}

export interface Guidance {
  readonly version: number;
  readonly locale: Locale;
  readonly day: string;
  readonly steps: readonly Step[];
}

function inDateRange(rule: Rule, today: string): boolean {
  return (!rule.from || today >= rule.from) && (!rule.until || today <= rule.until);
}

/** The answers to each question named in the condition that match it. */
function triggersOf(condition: Condition, answers: Answers): Trigger[] {
  return (Object.entries(condition) as [QuestionId, readonly OptionId[]][]).map(([question, allowed]) => ({
    question,
    answers: selected(answers, question).filter((option) => allowed.includes(option)),
  }));
}

function whySentence(rule: Rule, triggers: readonly Trigger[], catalog: Catalog, locale: Locale): string {
  const { why } = catalog;
  const pairs = triggers.map(({ question, answers }) =>
    fill(why.answerPair, {
      answer: answers.map((a) => optionLabel(catalog, question, a)).join(", "),
      question: questionWords(catalog, question).title,
    }),
  );
  const parts = pairs.length ? [fill(why.answered, { answers: pairs.join(why.joiner) })] : [];
  if (rule.from) parts.push(fill(why.from, { date: formatDay(rule.from, locale) }));
  if (rule.until) parts.push(fill(why.until, { date: formatDay(rule.until, locale) }));
  return parts.length ? parts.join(" ") : why.always;
}

/**
 * The steps that apply to these (already validated) answers on `today`
 * (`YYYY-MM-DD`, UTC), in the order the respondent should do them.
 */
export function guidance(answers: Answers, today: string, locale: Locale): Guidance {
  const catalog = catalogFor(locale);
  const dates = policyDates(locale);
  const withDates = (text: string) => fill(text, dates);
  const steps: Step[] = [];
  for (const rule of RULES as readonly (Rule & { id: StepId })[]) {
    if (!inDateRange(rule, today)) continue;
    const matched = rule.when.find((condition) => conditionHolds(condition, answers));
    if (!matched) continue;
    const triggers = triggersOf(matched, answers);
    const words = catalog.steps[rule.id];
    steps.push({
      id: rule.id,
      title: withDates(words.title),
      body: words.body.map((block) => (typeof block === "string" ? withDates(block) : block.map(withDates))),
      why: whySentence(rule, triggers, catalog, locale),
      triggers,
      ...(rule.source && { source: { label: catalog.sources[rule.source], url: SOURCES[rule.source] } }),
    });
  }
  return { version: GUIDANCE_VERSION, locale, day: today, steps };
}

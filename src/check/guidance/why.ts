/**
 * @module
 * "Why you see this": the answers that made a step appear, quoted by each
 * question's short label (a question's full title ends in "?", which reads
 * badly inside a sentence), and the dates it applies between.
 */
import { selected, type Answers } from "../answers";
import type { Condition, OptionId, QuestionId } from "../questionnaire";
import { fill, formatDay, optionLabel, questionWords, type Catalog, type Locale } from "../../i18n";
import type { Rule } from "./model";

/** The answers that made a step appear: question id to the matching option ids. */
export interface Trigger {
  readonly question: QuestionId;
  readonly answers: readonly OptionId[];
}

/** The answers to each question named in the condition that match it. */
export function triggersOf(condition: Condition, answers: Answers): Trigger[] {
  return (Object.entries(condition) as [QuestionId, readonly OptionId[]][]).map(([question, allowed]) => ({
    question,
    answers: selected(answers, question).filter((option) => allowed.includes(option)),
  }));
}

/** The sentence, in the catalog's language. */
export function whySentence(rule: Rule, triggers: readonly Trigger[], catalog: Catalog, locale: Locale): string {
  const { why } = catalog;
  const pairs = triggers.map(({ question, answers }) =>
    fill(why.answerPair, {
      answer: answers.map((a) => optionLabel(catalog, question, a)).join(why.or),
      question: questionWords(catalog, question).short,
    }),
  );
  const parts = pairs.length ? [fill(why.answered, { answers: pairs.join(why.joiner) })] : [];
  if (rule.from) parts.push(fill(why.from, { date: formatDay(rule.from, locale) }));
  if (rule.until) parts.push(fill(why.until, { date: formatDay(rule.until, locale) }));
  return parts.length ? parts.join(" ") : why.always;
}

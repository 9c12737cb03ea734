/**
 * @module
 * What a caller who wants to give these answers presses, decided only from what
 * the phone line said: the language from the language menu, the question by its
 * title, each option by the line that names its label and key ("For X, press
 * 2.", "2: X."), 9 for more choices when it is not on this page, # to skip an
 * optional question. So a test proves the spoken menus, not the flow's internals.
 */
import type { Answers } from "../../src/check/answers";
import { QUESTIONS, selected } from "../../src/check/questionnaire";
import { catalogFor, fill, LOCALES, optionLabel, questionWords, type Locale } from "../../src/i18n";
import { PHONE_WORDS } from "../../src/telephony/words";

/** The keys to press after hearing `said`, or undefined when it asks no question (the result). */
export function keysFor(said: readonly string[], answers: Answers, locale: Locale): string | undefined {
  const languageKey = LOCALES.findIndex((l, i) => said.includes(fill(PHONE_WORDS[l].ivr.chooseLanguage, { key: String(i + 1) })));
  if (languageKey >= 0) return String(LOCALES.indexOf(locale) + 1);
  const catalog = catalogFor(locale);
  const words = PHONE_WORDS[locale].ivr;
  const question = QUESTIONS.find((q) => said.includes(questionWords(catalog, q.id).title));
  if (!question) return undefined;
  const wanted = selected(answers, question.id).map((id) => optionLabel(catalog, question.id, id as never));
  const keyOf = (label: string, template: string) =>
    ["1", "2", "3", "4", "5", "6", "7", "8", "9"].find((key) => said.includes(fill(template, { label, key })));
  if (question.kind === "single") {
    if (wanted.length === 0) return "#";
    return keyOf(wanted[0]!, words.option) ?? "9";
  }
  const keys = wanted.map((label) => keyOf(label, words.listed)).filter((key) => key !== undefined);
  return keys.length ? `${keys.join("")}#` : "9#";
}

/**
 * @module
 * The phone line's call flow, channel-neutral: what to say at each step and
 * what a key press does, read from the question registry and the catalogs.
 * Adapters (Twilio today: src/handlers/ivr.ts with twiml.ts; Amazon Connect or
 * VoiceXML could follow) only render prompts and feed keys back. No I/O.
 *
 * The keypad, the same for every question:
 * - `1`-`8` choose the options read on this page. A question with more than
 *   eight offered options is read in pages of eight, and `9` is "more choices"
 *   (single choice) or "none of these" (multiple choice): sector (16) has two
 *   pages, state (59) eight, products for organizations (13) two. Pages keep
 *   every entry one key long, so a caller presses as soon as they hear their
 *   option (a key interrupts the prompt), and never has to remember a two-digit
 *   code from a long list; the price is pressing 9 to hear more.
 * - Single choice: one key, taken at once. `#` skips an optional question.
 * - Multiple choice: every number that applies, then `#`. Each page is asked in
 *   turn; `9` then `#` says none on this page applies.
 * - Everywhere: `*` repeats, `0` is an agent. A timeout or a wrong key repeats
 *   once, the second time offers an agent, the third hands over to one.
 */
import { offeredOptions, pruneAnswers, validateAnswers, type Answers } from "../check/answers";
import { byKind, guidance } from "../check/guidance";
import { policyDates } from "../check/guidance/policy-dates";
import type { StepId } from "../check/guidance/rules";
import { CHECK_ANSWERS, applicableQuestions, nextStep } from "../check/journey";
import { spellOut } from "../check/phonetic";
import { findQuestion, type Question, type QuestionId } from "../check/questionnaire";
import { catalogFor, fill, LOCALES, optionLabel, questionWords, type Locale } from "../i18n";
import { PHONE_WORDS } from "./words";

/** Options read at once; with more, the question is read in pages and 9 moves on. */
export const PAGE_SIZE = 8;
export const REPEAT = "*";
export const AGENT = "0";
export const MORE = "9";
export const SKIP = "#";
/** Misses (timeouts or wrong keys) after which the caller is handed to an agent. */
export const MISSES_BEFORE_AGENT = 3;

type RawAnswers = Readonly<Record<string, string | readonly string[]>>;

/** Where a call is: choosing a language, answering a question (page and misses), or hearing the result. */
export type CallState =
  | {
      readonly kind: "questions";
      readonly locale?: Locale;
      readonly answers: RawAnswers;
      /** The question asked; undefined before the first (which comes after the welcome). */
      readonly question?: QuestionId;
      readonly page: number;
      readonly misses: number;
    }
  | {
      readonly kind: "result";
      readonly locale: Locale;
      readonly reference: string;
      readonly day: string;
      readonly answers: Answers;
    };

/** One thing to say, in the language to say it in. */
export interface Line {
  readonly locale: Locale;
  readonly text: string;
}

/** What to say, and how keys are taken: one key at once, or keys ended by #. */
export interface Prompt {
  readonly lines: readonly Line[];
  readonly input: "key" | "keys";
}

/** What a key press leads to. */
export type Next =
  | { readonly kind: "ask"; readonly state: CallState }
  | { readonly kind: "complete"; readonly locale: Locale; readonly answers: Answers }
  | { readonly kind: "agent"; readonly state: CallState }
  | { readonly kind: "goodbye"; readonly locale: Locale };

export const START: CallState = { kind: "questions", answers: {}, page: 0, misses: 0 };

/** The question a state is on (the first that applies before any). */
function currentQuestion(state: Extract<CallState, { kind: "questions" }>): Question | undefined {
  return state.question ? findQuestion(state.question) : applicableQuestions(state.answers as Answers)[0];
}

/** The options offered for the question, in pages. */
export function pagesOf(question: Question, answers: RawAnswers): readonly (readonly string[])[] {
  const offered = offeredOptions(question, answers as Answers).map((o) => o.id as string);
  if (offered.length <= PAGE_SIZE) return [offered];
  const pages: string[][] = [];
  for (let i = 0; i < offered.length; i += PAGE_SIZE) pages.push(offered.slice(i, i + PAGE_SIZE));
  return pages;
}

/** Whether 9 means "none of these" on this multiple-choice page. */
const noneAllowed = (question: Question, pageCount: number) => pageCount > 1 || !question.required;

/** What to say for this state. */
export function promptFor(state: CallState): Prompt {
  if (state.kind === "result") return { lines: resultLines(state), input: "key" };
  const sorry = (locale: Locale) => (state.misses > 0 ? [PHONE_WORDS[locale].ivr.notHeard] : []);
  if (!state.locale) {
    const lines = LOCALES.flatMap((locale, i) => [
      ...sorry(locale).map((text) => ({ locale, text })),
      { locale, text: fill(PHONE_WORDS[locale].ivr.chooseLanguage, { key: String(i + 1) }) },
    ]);
    return { lines, input: "key" };
  }
  const locale = state.locale;
  const words = PHONE_WORDS[locale].ivr;
  const question = currentQuestion(state);
  if (!question) return { lines: [], input: "key" };
  const catalog = catalogFor(locale);
  const pages = pagesOf(question, state.answers);
  const page = pages[state.page] ?? pages[0]!;
  const label = (id: string) => optionLabel(catalog, question.id, id as never);
  const texts: string[] = [...sorry(locale)];
  if (state.misses > 0 && question.kind === "multiple" && question.required) texts.push(words.chooseOne);
  if (!state.question) texts.push(words.welcome);
  texts.push(questionWords(catalog, question.id).title);
  if (question.kind === "single") {
    texts.push(...page.map((id, i) => fill(words.option, { label: label(id), key: String(i + 1) })));
    if (pages.length > 1) texts.push(words.moreChoices);
    if (!question.required) texts.push(words.skip);
  } else {
    texts.push(...page.map((id, i) => fill(words.listed, { label: label(id), key: String(i + 1) })));
    texts.push(words.pressEvery);
    if (noneAllowed(question, pages.length)) texts.push(words.noneOfThese);
  }
  texts.push(state.misses >= MISSES_BEFORE_AGENT - 1 ? words.offerAgent : words.repeatOrAgent);
  return { lines: texts.map((text) => ({ locale, text })), input: question.kind === "single" ? "key" : "keys" };
}

/** A step as the phone line says it: its spoken words, or its title; dates filled in. */
export function spokenStep(id: StepId, locale: Locale): string {
  return fill(PHONE_WORDS[locale].spoken[id] ?? `${catalogFor(locale).steps[id].title}.`, policyDates(locale));
}

/** The spoken result: facts, numbered tasks, contacts, the reference spelled, and what 9 and 0 do. */
function resultLines(state: Extract<CallState, { kind: "result" }>): Line[] {
  const { locale } = state;
  const { ivr } = PHONE_WORDS[locale];
  const say = (id: StepId) => spokenStep(id, locale);
  const { facts, tasks, contacts } = byKind(guidance(state.answers, state.day, locale));
  const texts = [
    ivr.resultIntro,
    ...facts.map((step) => say(step.id)),
    ...tasks.map((step, i) => fill(ivr.task, { n: String(i + 1), text: say(step.id) })),
    ...contacts.map((step) => say(step.id)),
    fill(ivr.reference, { code: spokenReference(state.reference, locale) }),
    ivr.again,
  ];
  return texts.map((text) => ({ locale, text }));
}

/** A reference code as it is read out: letters with the phonetic alphabet, digits as they are. */
export function spokenReference(reference: string, locale: Locale): string {
  const { letter } = PHONE_WORDS[locale].ivr;
  return spellOut(reference)
    .map((ch) => (ch.kind === "letter" ? fill(letter, { character: ch.character, word: ch.word }) : ch.character))
    .join(", ");
}

/** The same prompt again, one more miss counted; at the limit, an agent. */
function missed(state: Extract<CallState, { kind: "questions" }>, question?: Question): Next {
  const again = { ...state, misses: state.misses + 1, ...(question && { question: question.id }) };
  return again.misses >= MISSES_BEFORE_AGENT ? { kind: "agent", state } : { kind: "ask", state: again };
}

/** What the keys pressed (empty: nothing before the timeout) lead to. */
export function press(state: CallState, digits: string): Next {
  if (state.kind === "result") {
    if (digits === AGENT) return { kind: "agent", state };
    if (digits === MORE || digits === REPEAT) return { kind: "ask", state };
    return { kind: "goodbye", locale: state.locale };
  }
  if (digits === AGENT) return { kind: "agent", state };
  if (!state.locale) {
    if (digits === REPEAT) return { kind: "ask", state: { ...state, misses: 0 } };
    const locale = LOCALES[Number(digits) - 1];
    if (!/^[1-9]$/.test(digits) || !locale) return missed(state);
    return { kind: "ask", state: { kind: "questions", locale, answers: {}, page: 0, misses: 0 } };
  }
  const question = currentQuestion(state);
  if (!question) return { kind: "agent", state };
  if (digits === REPEAT) return { kind: "ask", state: { ...state, question: question.id, misses: 0 } };
  const pages = pagesOf(question, state.answers);
  const page = pages[state.page] ?? pages[0]!;
  const onPage = (key: string) => (/^[1-8]$/.test(key) ? page[Number(key) - 1] : undefined);
  if (question.kind === "single") {
    if (digits === MORE && pages.length > 1) {
      return { kind: "ask", state: { ...state, question: question.id, page: (state.page + 1) % pages.length, misses: 0 } };
    }
    if (digits === SKIP && !question.required) return answered(state, question, undefined);
    const chosen = digits.length === 1 ? onPage(digits) : undefined;
    return chosen ? answered(state, question, chosen) : missed(state, question);
  }
  // Multiple choice: this page's numbers, or 9 for none of them.
  const keys = [...new Set(digits)];
  const none = digits === MORE && noneAllowed(question, pages.length);
  const chosen = none ? [] : keys.map(onPage);
  if (!none && (keys.length === 0 || chosen.some((id) => id === undefined))) return missed(state, question);
  const before = state.page === 0 ? [] : [state.answers[question.id] ?? []].flat();
  const sofar = [...before, ...(chosen as string[])];
  const withPage = { ...state.answers, [question.id]: sofar };
  if (state.page + 1 < pages.length) {
    return { kind: "ask", state: { ...state, answers: withPage, question: question.id, page: state.page + 1, misses: 0 } };
  }
  if (sofar.length === 0 && question.required) return missed({ ...state, page: 0 }, question);
  return answered(state, question, sofar.length ? sofar : undefined);
}

/** Records an answer (or a skip) and moves to the next question that applies, or completes the check. */
function answered(
  state: Extract<CallState, { kind: "questions" }>,
  question: Question,
  value: string | readonly string[] | undefined,
): Next {
  const { [question.id]: _, ...rest } = state.answers;
  const answers = pruneAnswers(value === undefined ? rest : { ...rest, [question.id]: value });
  const next = nextStep(answers, question.id);
  if (next !== CHECK_ANSWERS) {
    return {
      kind: "ask",
      state: { kind: "questions", locale: state.locale, answers, question: next as QuestionId, page: 0, misses: 0 },
    };
  }
  const valid = validateAnswers(answers);
  // Every required question was asked on the way, so this holds; if it ever did not, a person takes over.
  if (!valid.ok) return { kind: "agent", state: { ...state, answers } };
  return { kind: "complete", locale: state.locale!, answers: valid.answers };
}

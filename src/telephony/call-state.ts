/**
 * @module
 * A call's state as its token carries it, small enough for a URL and for a SIP
 * header (Twilio takes SIP URIs under 255 characters): answers as option
 * positions, one character each (0-9, a-z, A-Z, _ and -: up to 64 options a
 * question), questions in registry order joined by dots ("0.2.0.01.0..1.1."),
 * stamped with the questionnaire's version so a deploy mid-call cannot misread
 * them. Read back, everything is checked against the registry again.
 */
import { applies, pruneAnswers, validateAnswers, type Answers } from "../check/answers";
import { QUESTIONNAIRE_VERSION, QUESTIONS, findQuestion, selected } from "../check/questionnaire";
import { isLocale } from "../i18n";
import { MISSES_BEFORE_AGENT, type CallState } from "./call-flow";

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";

/** The answers as option positions, question by question. */
export function encodeAnswers(answers: Readonly<Record<string, string | readonly string[]>>): string {
  return QUESTIONS.map((question) => {
    const ids = question.options.map((o) => o.id as string);
    return selected(answers as Answers, question.id)
      .map((id) => DIGITS[ids.indexOf(id)] ?? "")
      .join("");
  }).join(".");
}

/** The answers back from their positions; undefined when they do not fit the registry. */
export function decodeAnswers(text: unknown): Answers | undefined {
  if (typeof text !== "string") return undefined;
  const parts = text.split(".");
  if (parts.length !== QUESTIONS.length) return undefined;
  const raw: Record<string, string | string[]> = {};
  for (const [i, question] of QUESTIONS.entries()) {
    const ids = [...parts[i]!].map((ch) => question.options[DIGITS.indexOf(ch)]?.id as string | undefined);
    if (ids.some((id) => id === undefined)) return undefined;
    if (ids.length === 0) continue;
    if (question.kind === "single" && ids.length !== 1) return undefined;
    raw[question.id] = question.kind === "single" ? ids[0]! : (ids as string[]);
  }
  return pruneAnswers(raw);
}

/** The compact form of a state that a token carries. */
export function stateValue(state: CallState): unknown {
  const common = { v: QUESTIONNAIRE_VERSION, a: encodeAnswers(state.answers) };
  if (state.kind === "result") return { ...common, k: "r", l: state.locale, r: state.reference, d: state.day };
  return { ...common, l: state.locale, q: state.question, p: state.page, m: state.misses };
}

/** A state read back from a token, checked against the registry: undefined when it does not fit. */
export function parseState(value: unknown): CallState | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const answers = v.v === QUESTIONNAIRE_VERSION ? decodeAnswers(v.a) : undefined;
  if (!answers) return undefined;
  if (v.k === "r") {
    const valid = validateAnswers(answers);
    const shaped =
      typeof v.r === "string" && /^[A-Z0-9]{8}$/.test(v.r) && typeof v.d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.d);
    if (!isLocale(v.l) || !shaped || !valid.ok) return undefined;
    return { kind: "result", locale: v.l, reference: v.r as string, day: v.d as string, answers: valid.answers };
  }
  const page = typeof v.p === "number" && Number.isInteger(v.p) && v.p >= 0 && v.p < 100 ? v.p : undefined;
  const misses = typeof v.m === "number" && Number.isInteger(v.m) && v.m >= 0 && v.m < MISSES_BEFORE_AGENT ? v.m : undefined;
  const question = typeof v.q === "string" ? findQuestion(v.q) : undefined;
  if (page === undefined || misses === undefined || (v.q !== undefined && !question)) return undefined;
  if (v.l !== undefined && !isLocale(v.l)) return undefined;
  if (question && !applies(question, answers)) return undefined;
  return {
    kind: "questions",
    ...(isLocale(v.l) && { locale: v.l }),
    answers,
    ...(question && { question: question.id }),
    page,
    misses,
  };
}

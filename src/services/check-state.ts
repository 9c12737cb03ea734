/**
 * @module
 * The web form keeps the answers given so far in a cookie, so every page works
 * without JavaScript and nothing is stored on the server before the check is
 * complete. The cookie holds enumerated answers only; anything unreadable counts
 * as no answers, and every answer is validated again on submission, so a forged
 * cookie can do no more than answer the questions differently.
 */
import type { Context } from "hono";
import { deleteCookie, readCookie, writeCookie } from "../middleware/cookies";
import { answersShape, pruneAnswers, type Answers, type RawAnswers } from "../check/answers";

const COOKIE = "check";

/** The answers in the request's cookie, pruned to the questions that still apply. */
export function readAnswers(c: Context): Answers {
  const raw = readCookie(c, COOKIE);
  if (!raw) return {};
  try {
    const parsed = answersShape.safeParse(JSON.parse(decodeURIComponent(raw)));
    return parsed.success ? pruneAnswers(parsed.data as RawAnswers) : {};
  } catch {
    return {};
  }
}

export function writeAnswers(c: Context, answers: Answers): void {
  writeCookie(c, COOKIE, encodeURIComponent(JSON.stringify(pruneAnswers(answers))));
}

export function clearAnswers(c: Context): void {
  deleteCookie(c, COOKIE);
}

/**
 * @module
 * Completing a check, shared by every channel: store the anonymized response
 * and compute its guidance. Also rebuilds the guidance of a stored reference.
 */
import type { Answers } from "../check/answers";
import { utcDay } from "../check/dates";
import { guidance, markNew, type Guidance } from "../check/guidance";
import { answersToday, newStepIds } from "../check/guidance/history";
import { GUIDANCE_VERSION } from "../check/guidance/rules";
import { QUESTIONNAIRE_VERSION } from "../check/questionnaire";
import { newReference } from "../check/reference";
import type { Database } from "../db/client";
import { findResponse, insertResponse, type StoredResponse } from "../db/responses";
import type { Channel, Outcome } from "../check/vocabulary";
import type { BatchItem } from "drizzle-orm/batch";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n";

export interface CompletedCheck {
  readonly reference: string;
  readonly guidance: Guidance;
  /**
   * Reopened checks only: the day of the check, when the guidance stored with it
   * is older than today's, so its advice may have changed since (the web page,
   * the API and the hotline script say so), with the steps that were not in
   * that day's advice marked `new`.
   */
  readonly changedSince?: string;
}

/** How many fresh codes to try if a random code is already taken (about 1 in 10^11 each). */
const REFERENCE_ATTEMPTS = 3;

/**
 * Stores validated answers and returns the reference and guidance. `reference`
 * is a code proposed by the caller (the web form's one-time code): when it is
 * already stored, this is a repeated submission and the stored check is returned.
 */
export async function recordCheck(
  db: Database,
  input: {
    answers: Answers;
    channel: Channel;
    locale: Locale;
    reference?: string;
    outcome?: Outcome;
    /** Statements to commit with the response (an audit entry), in the same batch. */
    alsoRun?: readonly BatchItem<"sqlite">[];
  },
): Promise<CompletedCheck & { repeated: boolean }> {
  const day = utcDay(new Date());
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = (attempt === 0 && input.reference) || newReference();
    const response: StoredResponse = {
      reference,
      channel: input.channel,
      locale: input.locale,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      guidanceVersion: GUIDANCE_VERSION,
      day,
      answers: input.answers,
      ...(input.outcome && { outcome: input.outcome }),
    };
    if ((await insertResponse(db, response, input.alsoRun)) === "stored") {
      return { reference, guidance: guidance(input.answers, day, input.locale), repeated: false };
    }
    if (reference === input.reference) {
      const stored = await resultOf(db, reference, input.locale);
      if (stored) return { ...stored, repeated: true };
    }
  }
  throw new Error("Could not find a free reference code");
}

/** The day of a stored check when it was made with older guidance than today's, so its advice may have changed. */
export function changedSince(stored: Pick<StoredResponse, "guidanceVersion" | "day">): string | undefined {
  return stored.guidanceVersion < GUIDANCE_VERSION ? stored.day : undefined;
}

/**
 * Today's advice for a stored check, as of its day, in `locale`: when it was
 * made with older guidance, `changedSince` is set and the steps its own day's
 * advice did not have are marked `new` (src/check/guidance/history.ts).
 */
export function reopen(stored: StoredResponse, locale: Locale): Omit<CompletedCheck, "reference"> {
  const advice = guidance(answersToday(stored), stored.day, locale);
  const since = changedSince(stored);
  if (!since) return { guidance: advice };
  return { guidance: markNew(advice, newStepIds(stored, advice.steps)), changedSince: since };
}

/**
 * The guidance of a stored reference, as it was on the day of the check, in the
 * asked-for locale (or the one it was taken in). Undefined when unknown.
 */
export async function resultOf(db: Database, reference: string, locale?: Locale): Promise<CompletedCheck | undefined> {
  const stored = await findResponse(db, reference);
  if (!stored) return undefined;
  const shownIn = locale ?? (isLocale(stored.locale) ? stored.locale : DEFAULT_LOCALE);
  return { reference, ...reopen(stored, shownIn) };
}

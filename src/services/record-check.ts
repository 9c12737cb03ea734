/**
 * @module
 * Completing a check, shared by every channel (web, API, hotline, and any other
 * that completes a check): store the anonymized response and compute its
 * guidance. Also rebuilds the guidance of a stored reference.
 *
 * The request path writes little and never withholds guidance (README, "Write
 * path"): one row, the check as pending (src/db/pending.ts), with an audit entry
 * in the same batch when staff made it, grouped with the writes of other checks
 * arriving meanwhile (src/db/write-together.ts); the counts are folded later by
 * the queue consumer (src/queue/fold-soon.ts gathers the messages that ask).
 * If D1 fails or is overloaded, the check goes to the checks queue instead and
 * the caller still gets its reference and guidance, with a signed token that
 * opens the reference until the check is stored (pending-token.ts).
 */
import type { Answers } from "../check/answers";
import { utcDay } from "../check/dates";
import { guidance, markNew, type Guidance } from "../check/guidance";
import { answersToday, newStepIds, type StoredCheck } from "../check/guidance/history";
import { GUIDANCE_VERSION } from "../check/guidance/rules";
import { QUESTIONNAIRE_VERSION } from "../check/questionnaire";
import { newReference } from "../check/reference";
import type { Channel, Outcome } from "../check/vocabulary";
import { auditRow, type AuditEntry } from "../db/audit";
import { database } from "../db/client";
import { insertPending, type PendingCheck } from "../db/pending";
import type { D1Like } from "../db/rebuild";
import { writeTogether } from "../db/write-together";
import { findResponse, type StoredResponse } from "../db/responses";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n";
import { loggableError } from "../middleware/log-safe";
import { foldSoon } from "../queue/fold-soon";
import { insertAudit, type CheckMessage } from "../queue/messages";
import { recordKey } from "../stats/cell-key";
import { checkFromToken, pendingToken, type TokenCheck } from "./pending-token";

/** What the write path needs: the database, the checks queue, and the secret that signs tokens. */
export interface WriteEnv {
  readonly DB: D1Database;
  readonly CHECKS_QUEUE: Queue<CheckMessage>;
  readonly REFERENCE_SIGNING_SECRET?: string;
}

/** The bindings and the request's waitUntil (work that may finish after the answer: the fold message). */
export interface WriteContext {
  readonly env: WriteEnv;
  waitUntil(promise: Promise<unknown>): void;
}

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

export interface RecordedCheck extends CompletedCheck {
  /** A repeated submission of a reference already stored: the stored check was returned. */
  readonly repeated: boolean;
  /** Set when D1 could not take the check and it went to the queue; `token` opens it until it is stored. */
  readonly queued?: { readonly token?: string };
}

/** How many fresh codes to try if a random code is already taken (about 1 in 10^11 each). */
const REFERENCE_ATTEMPTS = 3;

/**
 * Stores validated answers and returns the reference and guidance. `reference`
 * is a code proposed by the caller (the web form's one-time code): when it is
 * already stored, this is a repeated submission and the stored check is returned.
 * `audit` (staff channels) is written in the same batch, or queued beside it.
 * Throws only when neither D1 nor the queue took the check (nothing was acknowledged).
 */
export async function recordCheck(
  write: WriteContext,
  input: {
    answers: Answers;
    channel: Channel;
    locale: Locale;
    reference?: string;
    outcome?: Outcome;
    audit?: AuditEntry;
  },
): Promise<RecordedCheck> {
  const now = new Date();
  const day = utcDay(now);
  const { env } = write;
  const audit = input.audit && auditRow(input.audit, now);
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const reference = (attempt === 0 && input.reference) || newReference();
    const check: PendingCheck = {
      reference,
      channel: input.channel,
      locale: input.locale,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      guidanceVersion: GUIDANCE_VERSION,
      day,
      answers: input.answers,
      ...(input.outcome && { outcome: input.outcome }),
      recordKey: recordKey(),
    };
    let stored: boolean;
    try {
      const d1: D1Like = env.DB;
      const statements = [insertPending(d1, check), ...(audit ? [insertAudit(d1, audit)] : [])];
      const [written] = (await writeTogether(d1, statements)) as D1Result[];
      stored = (written?.results.length ?? 0) > 0;
    } catch (error) {
      return queueCheck(write, check, audit, error);
    }
    if (stored) {
      // In this instance's next fold message; if that is lost, the sweep folds the check (fold-soon.ts).
      foldSoon(env.CHECKS_QUEUE, reference, (promise) => write.waitUntil(promise));
      return { reference, guidance: guidance(input.answers, day, input.locale), repeated: false };
    }
    if (reference === input.reference) {
      const earlier = await resultOf(env, reference, { locale: input.locale });
      if (earlier) return { ...earlier, repeated: true };
    }
  }
  throw new Error("Could not find a free reference code");
}

/** D1 did not take the check: queue it (with its audit entry as a message of its own) and hand back a token. */
async function queueCheck(
  write: WriteContext,
  check: PendingCheck,
  audit: ReturnType<typeof auditRow> | undefined,
  cause: unknown,
): Promise<RecordedCheck> {
  console.error(`The check could not be written to D1 (${loggableError(cause)}); it was queued`);
  const messages: CheckMessage[] = [{ kind: "store", check }, ...(audit ? [{ kind: "audit", row: audit } as const] : [])];
  // Awaited: the answer acknowledges the check only once the queue holds it. If this throws too, the request fails.
  await write.env.CHECKS_QUEUE.sendBatch(messages.map((body) => ({ body })));
  const token = await pendingToken(write.env, check);
  return {
    reference: check.reference,
    guidance: guidance(check.answers, check.day, check.locale as Locale),
    repeated: false,
    queued: token ? { token } : {},
  };
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
export function reopen(stored: StoredCheck, locale: Locale): Omit<CompletedCheck, "reference"> {
  const advice = guidance(answersToday(stored), stored.day, locale);
  const since = changedSince(stored);
  if (!since) return { guidance: advice };
  return { guidance: markNew(advice, newStepIds(stored, advice.steps)), changedSince: since };
}

/**
 * A check by reference: stored (or pending) in D1, else from a valid token
 * (a check still queued). Undefined when neither has it. If D1 fails, a valid
 * token still opens it; without one the error is thrown.
 */
export async function findCheck(
  env: Pick<WriteEnv, "DB" | "REFERENCE_SIGNING_SECRET">,
  reference: string,
  token?: string,
): Promise<(StoredResponse | TokenCheck) | undefined> {
  try {
    const stored = await findResponse(database(env.DB), reference);
    if (stored || !token) return stored;
  } catch (error) {
    const queued = await checkFromToken(env, token, reference);
    if (queued) return queued;
    throw error;
  }
  return checkFromToken(env, token, reference);
}

/**
 * The guidance of a reference, as it was on the day of the check, in the
 * asked-for locale (or the one it was taken in). Undefined when unknown.
 */
export async function resultOf(
  env: Pick<WriteEnv, "DB" | "REFERENCE_SIGNING_SECRET">,
  reference: string,
  options: { locale?: Locale; token?: string } = {},
): Promise<CompletedCheck | undefined> {
  const stored = await findCheck(env, reference, options.token);
  if (!stored) return undefined;
  const shownIn = options.locale ?? (isLocale(stored.locale) ? stored.locale : DEFAULT_LOCALE);
  return { reference, ...reopen(stored, shownIn) };
}

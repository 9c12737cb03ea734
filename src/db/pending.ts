/**
 * @module
 * The write path's storage (README, "Write path"). A submission writes one row:
 * the whole check, as JSON, into `pending_responses`. Folding moves pending
 * checks into `responses` and `response_choices`, adds them to the weekly and
 * daily counts and deletes them from `pending_responses`, all in one batch (one
 * transaction): the counts only ever count references still pending when the
 * batch runs (src/db/aggregate-sql.ts, STILL_PENDING), so a fold delivered twice,
 * or run by the queue consumer and the sweep at once, counts each check once.
 *
 * Raw SQL over the bare D1 binding, with files Node loads as they are (their
 * extensions), so `npm run bench` and `npm run queue:replay` run the same
 * statements outside the Worker.
 */
import { MULTIPLE_CHOICE_IDS, SINGLE_CHOICE_IDS, type Answers } from "../check/questionnaire.ts";
import { FOLD_DAILY_COUNTS_SQL, FOLD_WEEKLY_COUNTS_SQL } from "./aggregate-sql.ts";
import type { D1Like, D1Statement } from "./rebuild.ts";

/** A completed check, as queued and as kept in `pending_responses.response` (with its reference beside it). */
export interface PendingCheck {
  readonly reference: string;
  readonly channel: string;
  readonly locale: string;
  readonly questionnaireVersion: number;
  readonly guidanceVersion: number;
  /** UTC day, YYYY-MM-DD. */
  readonly day: string;
  readonly answers: Answers;
  readonly outcome?: string | null;
  /** Never shown (src/stats/cell-key.ts); drawn on the request path so a queued check keeps it. */
  readonly recordKey: number;
}

/** The JSON kept in `pending_responses.response`: the check without its reference (the row's key). */
export function pendingJson(check: PendingCheck): string {
  const { reference: _reference, ...rest } = check;
  return JSON.stringify(rest);
}

/** A pending row back as a check. */
export function fromPendingJson(reference: string, json: string): PendingCheck {
  return { reference, ...(JSON.parse(json) as Omit<PendingCheck, "reference">) };
}

/**
 * Stores a check as pending unless its reference is taken (stored, pending, or
 * purged: migration 0003's rule), in one statement. Returns the reference when it
 * wrote the row, nothing when the code was taken.
 */
export const INSERT_PENDING_SQL = `INSERT INTO pending_responses (reference, day, response)
SELECT ?1, ?2, ?3
WHERE NOT EXISTS (SELECT 1 FROM responses WHERE reference = ?1)
  AND NOT EXISTS (SELECT 1 FROM purged_references WHERE reference = ?1)
ON CONFLICT (reference) DO NOTHING
RETURNING reference`;

/** The statement that stores `check` as pending (INSERT_PENDING_SQL). */
export function insertPending(db: D1Like, check: PendingCheck): D1Statement {
  return db.prepare(INSERT_PENDING_SQL).bind(check.reference, check.day, pendingJson(check));
}

const STILL_PENDING_ROWS = "FROM json_each(?1) AS j JOIN pending_responses AS p ON p.reference = j.value";
const field = (path: string) => `json_extract(p.response, '$.${path}')`;

/** Pending checks named in ?1 into `responses`, a column per single-choice question of the registry. */
const MOVE_RESPONSES_SQL = `INSERT INTO responses (reference, channel, locale, questionnaire_version, guidance_version, day, outcome, record_key${SINGLE_CHOICE_IDS.map((id) => `, ${id}`).join("")})
SELECT p.reference, ${field("channel")}, ${field("locale")}, ${field("questionnaireVersion")}, ${field("guidanceVersion")}, p.day, ${field("outcome")}, ${field("recordKey")}${SINGLE_CHOICE_IDS.map((id) => `, ${field(`answers.${id}`)}`).join("")}
${STILL_PENDING_ROWS}`;

/** Their multiple-choice answers into `response_choices`, a row per option. */
const MOVE_CHOICES_SQL = `INSERT INTO response_choices (reference, question, option)
SELECT p.reference, q.key, o.value
${STILL_PENDING_ROWS}, json_each(p.response, '$.answers') AS q, json_each(q.value) AS o
WHERE q.type = 'array' AND q.key IN (${MULTIPLE_CHOICE_IDS.map((id) => `'${id}'`).join(", ")})`;

const DELETE_PENDING_SQL = "DELETE FROM pending_responses WHERE reference IN (SELECT value FROM json_each(?1))";

/**
 * The statements that fold these references, in this order, for one batch: move
 * them, count them (the counting SQL reads the moved rows and counts only
 * references still pending), then delete them from pending. Any number of
 * references; one bound parameter. Codes no longer pending are left alone.
 */
export function foldStatements(db: D1Like, references: readonly string[]): D1Statement[] {
  const list = JSON.stringify(references);
  return [
    db.prepare(MOVE_RESPONSES_SQL).bind(list),
    db.prepare(MOVE_CHOICES_SQL).bind(list),
    db.prepare(FOLD_WEEKLY_COUNTS_SQL).bind(list, 1),
    db.prepare(FOLD_DAILY_COUNTS_SQL).bind(list, 1),
    db.prepare(DELETE_PENDING_SQL).bind(list),
  ];
}

/** Folds these references in one batch. */
export async function fold(db: D1Like, references: readonly string[]): Promise<void> {
  if (references.length) await db.batch(foldStatements(db, references));
}

/** The most references one fold takes: a queue batch's size (wrangler.toml max_batch_size). */
export const FOLD_BATCH = 100;

/**
 * The sweep: folds every pending check, FOLD_BATCH at a time (whatever the queue
 * did or did not deliver), up to `maxBatches`. A batch that fails is folded one
 * check at a time, so one bad row cannot hold the others back; what still fails
 * is logged and left pending. Returns how many it folded and how many failed.
 */
export async function sweepPending(db: D1Like, maxBatches = 100): Promise<{ folded: number; failed: number }> {
  let folded = 0;
  let failed = 0;
  let after = "";
  for (let batch = 0; batch < maxBatches; batch++) {
    const { results } = await db
      .prepare("SELECT reference FROM pending_responses WHERE reference > ? ORDER BY reference LIMIT ?")
      .bind(after, FOLD_BATCH)
      .all<{ reference: string }>();
    const references = results.map((r) => r.reference);
    if (!references.length) break;
    after = references.at(-1)!;
    try {
      await fold(db, references);
      folded += references.length;
    } catch {
      for (const reference of references) {
        try {
          await fold(db, [reference]);
          folded += 1;
        } catch (error) {
          failed += 1;
          console.error(`Sweep: a pending check could not be folded: ${error instanceof Error ? error.message : "error"}`);
        }
      }
    }
    if (references.length < FOLD_BATCH) break;
  }
  return { folded, failed };
}

/** The pending check with this reference, or undefined. */
export async function findPending(db: D1Like, reference: string): Promise<PendingCheck | undefined> {
  const row = await db
    .prepare("SELECT response FROM pending_responses WHERE reference = ?")
    .bind(reference)
    .first<{ response: string }>();
  return row ? fromPendingJson(reference, row.response) : undefined;
}

/**
 * The oldest day with a check not counted yet (pending, or parked as a dead
 * letter), or undefined. Stats hold back that day's week until it is counted, so
 * a published week never changes (README, "Write path").
 */
export async function oldestUncountedDay(db: D1Like): Promise<string | undefined> {
  const row = await db
    .prepare(
      `SELECT min(day) AS day FROM (
        SELECT min(day) AS day FROM pending_responses
        UNION ALL SELECT min(json_extract(body, '$.check.day')) FROM dead_letters
      )`,
    )
    .first<{ day: string | null }>();
  return row?.day ?? undefined;
}

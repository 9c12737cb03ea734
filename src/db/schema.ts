/**
 * @module
 * The database schema: the single source of truth for storage. `npm run
 * db:generate` (drizzle-kit) writes migrations/ from this file.
 *
 * Privacy by construction (shared/DESIGN.md): a response holds enumerated answers,
 * the channel, the locale, the questionnaire and guidance versions, the UTC day
 * and a random reference code, and nothing else: no IP address, user agent,
 * free text, name, contact detail, staff identity or time of day.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SINGLE_CHOICE_IDS, type SingleQuestionId } from "../check/questionnaire";
import { CHANNELS, FEEDBACK_ANSWERS, FEEDBACK_KINDS, OUTCOMES } from "../check/vocabulary";
import { recordKey } from "../stats/cell-key";

export { CHANNELS, OUTCOMES, type Channel, type Outcome } from "../check/vocabulary";

const sqlList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(", ")})`);

const answerColumn = () => text();

/**
 * A text column per single-choice question of the registry, named after its
 * id: a new single-choice question becomes a new column at the next
 * `npm run db:generate` (an ALTER TABLE ADD COLUMN, never a rebuild).
 */
const singleChoiceColumns = Object.fromEntries(SINGLE_CHOICE_IDS.map((id) => [id, answerColumn()])) as {
  [Q in SingleQuestionId]: ReturnType<typeof answerColumn>;
};

/**
 * One completed check. Single-choice answers are columns named after their
 * question id (derived from the registry); a question that did not apply is
 * NULL. Multiple-choice answers are in `response_choices`.
 * Stored WITHOUT ROWID (migration 0005, by hand: Drizzle cannot say it), as are
 * the choices: rows sit in key order, so nothing stored tells which response came
 * before which, and a day's responses cannot be lined up with that day's audit
 * entries. A migration that rebuilds either table must keep it (a test checks).
 */
export const responses = sqliteTable(
  "responses",
  {
    reference: text().primaryKey(),
    channel: text({ enum: CHANNELS }).notNull(),
    locale: text().notNull(),
    questionnaireVersion: integer("questionnaire_version").notNull(),
    guidanceVersion: integer("guidance_version").notNull(),
    /** The UTC calendar day (YYYY-MM-DD) the check was completed: never a time. */
    day: text().notNull(),
    ...singleChoiceColumns,
    /**
     * Hotline calls only: what came of the call (OUTCOMES, checked by the app).
     * No CHECK constraint here on purpose: adding one makes drizzle-kit rebuild the
     * table, and dropping `responses` would cascade-delete every response's choices.
     */
    outcome: text({ enum: OUTCOMES }),
    /**
     * A random integer (src/stats/cell-key.ts) whose sums the counts keep, so each
     * published count gets noise fixed by the set of responses it counts. Random,
     * drawn once, never shown: it says nothing about the person or the order of checks.
     * Migration 0007 gave each response stored before it a random one.
     */
    recordKey: integer("record_key").notNull().$defaultFn(recordKey),
  },
  (table) => [
    check("reference_is_a_code", sql`length(${table.reference}) = 8`),
    check("channel_is_known", sql`${table.channel} in ${sqlList(CHANNELS)}`),
    check("day_is_a_date", sql`${table.day} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    index("responses_day").on(table.day),
  ],
);

/**
 * The options chosen for multiple-choice questions (products, installed_on), a row each. Rows of a question
 * no longer asked (platforms, questionnaires 1 and 2) stay as stored; `npm run db:generate` finds nothing to do.
 */
export const responseChoices = sqliteTable(
  "response_choices",
  {
    reference: text()
      .notNull()
      .references(() => responses.reference, { onDelete: "cascade" }),
    question: text().notNull(),
    option: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.reference, table.question, table.option] }),
    index("response_choices_question_option").on(table.question, table.option),
  ],
);

/** The columns of `responses` that hold a single-choice answer, keyed by question id. */
export const ANSWER_COLUMNS = Object.fromEntries(SINGLE_CHOICE_IDS.map((id) => [id, responses[id]])) as {
  readonly [Q in SingleQuestionId]: (typeof responses)[Q];
};

/**
 * Staff actions: who did what, when. Deliberately holds no reference code and
 * no answers, so the time of a call can never be joined to what the caller said.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The staff member's identity (their Access email). */
    staff: text().notNull(),
    role: text().notNull(),
    /** What they did, e.g. "hotline.check.created" (see src/db/audit.ts). */
    action: text().notNull(),
    /** Enumerated details only (a reason code, a query's parameters): never answers or references. */
    detail: text(),
    /**
     * When, to the hour (UTC, "2026-12-02T13:00Z"): enough to place an action in a shift or
     * an incident, too coarse to pair with a request's time. The id orders entries; that
     * is harmless because responses carry no order (see `responses`).
     */
    at: text().notNull(),
  },
  (table) => [
    // In two globs: D1 refuses a GLOB pattern over 50 characters ("pattern too complex").
    check(
      "audit_at_is_an_hour",
      sql`substr(${table.at}, 1, 10) glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and substr(${table.at}, 11) glob 'T[0-9][0-9]:00Z'`,
    ),
  ],
);

/**
 * Counts of responses by week and channel: in all (dims ""), by one dimension
 * (dim_b "") and by each pair of dimensions (dim_a < dim_b), so any stats
 * answer reads counts, never responses. Kept current in the same batch as every
 * write (src/db/aggregates.ts) and kept when raw responses are purged.
 * Dimension names and values are enumerated (src/stats/dimensions.ts); "" is
 * "not asked / not answered". A week is named by its Monday: never a time.
 * Stored WITHOUT ROWID (migration 0004, by hand: Drizzle cannot say it), so a
 * slice is one range scan of the key. A migration that rebuilds this table must keep it.
 */
export const weeklyCounts = sqliteTable(
  "weekly_counts",
  {
    week: text().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    dimA: text("dim_a").notNull(),
    valueA: text("value_a").notNull(),
    dimB: text("dim_b").notNull(),
    valueB: text("value_b").notNull(),
    responses: integer().notNull(),
    /** The sum of the counted responses' record keys (src/stats/cell-key.ts). */
    keySum: integer("key_sum").notNull().default(0),
  },
  (table) => [
    // Key order follows the reads: a pair of dimensions, a run of weeks, then values, with
    // channel last so that summing over channels needs no sort.
    primaryKey({ columns: [table.dimA, table.dimB, table.week, table.valueA, table.valueB, table.channel] }),
    check("weekly_counts_week_is_a_date", sql`${table.week} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

/** Counts by day and channel, in all (dim "") and by one dimension: for day and month breakdowns. WITHOUT ROWID, as above. */
export const dailyCounts = sqliteTable(
  "daily_counts",
  {
    day: text().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    dim: text().notNull(),
    value: text().notNull(),
    responses: integer().notNull(),
    /** The sum of the counted responses' record keys (src/stats/cell-key.ts). */
    keySum: integer("key_sum").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.dim, table.day, table.value, table.channel] }),
    check("daily_counts_day_is_a_date", sql`${table.day} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

/**
 * The bare reference codes of responses removed by the retention purge, so a
 * purged reference answers "410 Gone" instead of "not found", and is never
 * given to a new check. No day, no answers: nothing about the person.
 */
export const purgedReferences = sqliteTable("purged_references", { reference: text().primaryKey() }, (table) => [
  check("purged_reference_is_a_code", sql`length(${table.reference}) = 8`),
]);

/**
 * The first week (a Monday) each counted dimension is counted from. Weeks
 * before it hold no counts for that dimension, so stats refuse to answer them
 * rather than show zeros (src/stats/coverage.ts). Seeded for the facts of
 * migration 0006; a dimension added later is registered by the app for the
 * Monday after it first sees it (src/db/coverage.ts), and `npm run
 * counts:rebuild` lowers it to the first week it recounted (src/db/rebuild.ts).
 */
export const dimensionCoverage = sqliteTable(
  "dimension_coverage",
  {
    dim: text().primaryKey(),
    firstWeek: text("first_week").notNull(),
  },
  (table) => [
    check("dimension_coverage_first_week_is_a_date", sql`${table.firstWeek} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

/**
 * Checks stored on the request path and not yet in `responses` nor counted
 * (src/db/pending.ts). A submission writes one row here and nothing else; the
 * fold (the queue consumer, or the sweep) moves it into `responses` and
 * `response_choices` and adds it to the counts, and deletes it, in one batch, so
 * a check is counted exactly once. `response` is the whole check as JSON (answers
 * by question id, channel, locale, versions, day, outcome, record key): the same
 * enumerated facts `responses` holds, nothing more. `day` is a column so stats can
 * hold back a week that still has a check to fold. Its own table (migration 0008)
 * rather than a column of `responses`: a submission then writes one row, not one
 * per product and platform, and `responses` is not rebuilt. WITHOUT ROWID (by hand),
 * so nothing stored says which check came first; rows live seconds to minutes.
 */
export const pendingResponses = sqliteTable(
  "pending_responses",
  {
    reference: text().primaryKey(),
    day: text().notNull(),
    response: text().notNull(),
  },
  (table) => [
    check("pending_reference_is_a_code", sql`length(${table.reference}) = 8`),
    check("pending_day_is_a_date", sql`${table.day} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

/**
 * Queue messages the consumer gave up on (after the queue's retries, the dead
 * letter queue's consumer parks them here), until `npm run queue:replay` applies
 * them. `id` is the queue's message id (random), `body` the message as JSON: a
 * check to store (as `pending_responses.response`), references to fold, or an
 * audit entry (never both a reference and staff). WITHOUT ROWID (by hand).
 */
export const deadLetters = sqliteTable("dead_letters", {
  id: text().primaryKey(),
  body: text().notNull(),
});

/**
 * "Was this useful?" answers on results, as daily counts only: a UTC day, the
 * result kind, the page's language, the answer and how many gave it, with the
 * sum of a random key drawn per answer (src/stats/cell-key.ts) so the dashboard
 * can publish each count perturbed, as every other count. No reference, no time
 * of day, nothing typed: nothing ties an answer to a response (src/db/feedback.ts).
 * Stored WITHOUT ROWID (migration 0010, by hand), so nothing tells which cell of a
 * day got its first answer before which.
 */
export const feedbackCounts = sqliteTable(
  "feedback_counts",
  {
    day: text().notNull(),
    kind: text({ enum: FEEDBACK_KINDS }).notNull(),
    locale: text().notNull(),
    answer: text({ enum: FEEDBACK_ANSWERS }).notNull(),
    answers: integer().notNull(),
    keySum: integer("key_sum").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.kind, table.locale, table.answer] }),
    check("feedback_counts_day_is_a_date", sql`${table.day} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
    check("feedback_counts_kind", sql`${table.kind} in ${sqlList(FEEDBACK_KINDS)}`),
    check("feedback_counts_answer", sql`${table.answer} in ${sqlList(FEEDBACK_ANSWERS)}`),
  ],
);

/**
 * @module
 * The SQL that adds responses to the weekly and daily counts (or takes them
 * away), computed from the stored rows themselves, so one definition of "the
 * facts of a response" serves the fold (src/db/pending.ts), every change
 * (src/db/aggregates.ts), the counts check (src/db/counts-check.ts), the seed
 * script and the rebuild check in the tests.
 *
 * Imports only the registry, with its file extension, so scripts/seed.ts can
 * load it with plain Node. The facts follow the registry's `counted`: a
 * counted single-choice question is a fact of its column, a counted
 * multiple-choice one a fact of its rows in response_choices.
 *
 * Each statement has two parameters, numbered ?1 and ?2: a JSON array of reference
 * codes, and +1 or -1 (add or take away). Beside each count goes the sum of its
 * responses' record keys (src/stats/cell-key.ts), signed the same way. The write path uses the SELECTs
 * (*_CELLS_SQL) inside Drizzle inserts; scripts use the whole statements.
 */
import { QUESTIONS } from "../check/questionnaire.ts";
import { CALL_CHANNELS } from "../check/vocabulary.ts";

const counted = QUESTIONS.flatMap((q) => (q.counted ? [{ ...q, counted: q.counted }] : []));

/** Single-choice facts: dimension name and the SQL expression of its value over a response row `r`. */
export const ANSWER_FACTS: readonly (readonly [string, string])[] = [
  ...counted.filter((q) => q.kind === "single").map((q) => [q.counted, `coalesce(r.${q.id}, '')`] as const),
  ["locale", "r.locale"],
  // "" for web and API checks (never asked); calls (desk, phone line) without an outcome yet are "not_recorded".
  [
    "outcome",
    `CASE WHEN r.outcome IS NOT NULL THEN r.outcome WHEN r.channel IN (${CALL_CHANNELS.map((c) => `'${c}'`).join(", ")}) THEN 'not_recorded' ELSE '' END`,
  ],
];

/** Multiple-choice facts: dimension name and question id in response_choices. */
export const CHOICE_FACTS: readonly (readonly [string, string])[] = counted
  .filter((q) => q.kind === "multiple")
  .map((q) => [q.counted, q.id] as const);

/** Every dimension the counts hold a fact of (whose weeks src/db/coverage.ts records). */
export const FACT_DIMENSIONS: readonly string[] = [...ANSWER_FACTS, ...CHOICE_FACTS].map(([dim]) => dim);

/** Multiple-choice facts that may have no rows (a question not always asked): their "" fact is added then. */
const SOMETIMES_EMPTY = CHOICE_FACTS.filter(([, id]) => {
  const question = QUESTIONS.find((q) => q.id === id)!;
  return question.when !== undefined || !question.required;
});

// MATERIALIZED: the facts are joined with themselves; computing them once lets
// SQLite index them instead of re-deriving them for every pair. The single-choice
// facts come from one json_object per response, not a UNION per dimension: D1
// allows only a few terms in a compound SELECT. CROSS JOIN keeps SQLite from
// scanning every stored choice: it must start from the few responses picked.
// Each fact carries its response's day, week, channel and record key (CARRIED), so
// the cells need no join back to the responses: without that join a fold of 100
// takes about half the D1 time (npm run bench's write-cost lines; README, "Capacity").
const CARRIED = "r.day, r.week, r.channel, r.record_key";
const facts = (picked: string) => `
picked(reference) AS (${picked}),
r AS MATERIALIZED (SELECT responses.*, date(responses.day, 'weekday 0', '-6 days') AS week FROM picked JOIN responses USING (reference)),
facts(reference, day, week, channel, record_key, dim, value) AS MATERIALIZED (
  SELECT r.reference, ${CARRIED}, fact.key, fact.value
    FROM r, json_each(json_object(${ANSWER_FACTS.map(([dim, value]) => `'${dim}', ${value}`).join(", ")})) AS fact
  UNION ALL SELECT c.reference, ${CARRIED}, CASE c.question ${CHOICE_FACTS.map(([dim, q]) => `WHEN '${q}' THEN '${dim}'`).join(" ")} END, c.option
    FROM r CROSS JOIN response_choices c ON c.reference = r.reference
    WHERE c.question IN (${CHOICE_FACTS.map(([, q]) => `'${q}'`).join(", ")})
${SOMETIMES_EMPTY.map(
  ([dim, id]) => `  UNION ALL SELECT r.reference, ${CARRIED}, '${dim}', '' FROM r
    WHERE NOT EXISTS (SELECT 1 FROM response_choices c WHERE c.reference = r.reference AND c.question = '${id}')`,
).join("\n")}
)`;

/** The references counted: every code in the JSON array ?1. */
const LISTED = "SELECT value FROM json_each(?1)";
/**
 * The references counted by a fold: the codes in ?1 still waiting in
 * pending_responses (src/db/pending.ts). A code folded already is no longer
 * there, so a fold delivered twice counts nothing the second time.
 */
const STILL_PENDING = "SELECT p.reference FROM json_each(?1) AS j JOIN pending_responses AS p ON p.reference = j.value";

/**
 * The weekly counts of the responses, signed, in the columns of weekly_counts
 * (week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum): in all, by each
 * fact, by each pair of facts. `WHERE true` lets an upsert follow the SELECT.
 */
const weeklyCells = (picked: string) => `
WITH ${facts(picked)},
cells(week, channel, record_key, dim_a, value_a, dim_b, value_b) AS (
  SELECT week, channel, record_key, '', '', '', '' FROM r
  UNION ALL SELECT week, channel, record_key, dim, value, '', '' FROM facts
  UNION ALL SELECT a.week, a.channel, a.record_key, a.dim, a.value, b.dim, b.value
    FROM facts a JOIN facts b ON b.reference = a.reference AND a.dim < b.dim
)
SELECT week, channel, dim_a, value_a, dim_b, value_b, ?2 * count(*), ?2 * sum(record_key)
FROM cells
WHERE true
GROUP BY 1, 2, 3, 4, 5, 6`;
export const WEEKLY_CELLS_SQL = weeklyCells(LISTED);
/** The responses stored with a day from ?1 to ?3 (?2 is the sign): a fresh fold of whole weeks (src/db/counts-check.ts). */
const STORED_BETWEEN = "SELECT reference FROM responses WHERE day BETWEEN ?1 AND ?3";
/** WEEKLY_CELLS_SQL of every response stored from day ?1 to day ?3. */
export const WEEKLY_CELLS_BETWEEN_SQL = weeklyCells(STORED_BETWEEN);

const addWeekly = (
  cells: string,
) => `INSERT INTO weekly_counts (week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum) ${cells}
ON CONFLICT (dim_a, dim_b, week, value_a, value_b, channel) DO UPDATE SET responses = responses + excluded.responses, key_sum = key_sum + excluded.key_sum`;
/** WEEKLY_CELLS_SQL added to the stored counts (for scripts that write SQL themselves). */
export const WEEKLY_COUNTS_SQL = addWeekly(WEEKLY_CELLS_SQL);
/** The weekly counts of the fold: only references still pending (STILL_PENDING). */
export const FOLD_WEEKLY_COUNTS_SQL = addWeekly(weeklyCells(STILL_PENDING));

/** The daily counts of the responses, signed, in the columns of daily_counts (day, channel, dim, value, responses). */
const dailyCells = (picked: string) => `
WITH ${facts(picked)},
cells(day, channel, record_key, dim, value) AS (
  SELECT day, channel, record_key, '', '' FROM r
  UNION ALL SELECT day, channel, record_key, dim, value FROM facts
)
SELECT day, channel, dim, value, ?2 * count(*), ?2 * sum(record_key)
FROM cells
WHERE true
GROUP BY 1, 2, 3, 4`;
export const DAILY_CELLS_SQL = dailyCells(LISTED);
/** DAILY_CELLS_SQL of every response stored from day ?1 to day ?3. */
export const DAILY_CELLS_BETWEEN_SQL = dailyCells(STORED_BETWEEN);

const addDaily = (cells: string) => `INSERT INTO daily_counts (day, channel, dim, value, responses, key_sum) ${cells}
ON CONFLICT (dim, day, value, channel) DO UPDATE SET responses = responses + excluded.responses, key_sum = key_sum + excluded.key_sum`;
/** DAILY_CELLS_SQL added to the stored counts. */
export const DAILY_COUNTS_SQL = addDaily(DAILY_CELLS_SQL);
/** The daily counts of the fold: only references still pending. */
export const FOLD_DAILY_COUNTS_SQL = addDaily(dailyCells(STILL_PENDING));

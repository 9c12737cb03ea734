/**
 * What the write path costs D1, measured on a local D1 (wrangler's
 * getPlatformProxy, a fresh persist folder with every migration applied) by the
 * Worker's own statements (src/db/pending.ts, src/queue/messages.ts): rows
 * written (D1's `meta.rows_written`, which counts index entries too) and time,
 * for the request path's write, a fold of 100, and a fold of one check (what
 * every submission wrote on the request path before: the response, its
 * choices and every count row it touches).
 *
 * Times are measured from the caller, so they include the local proxy's round
 * trip (several milliseconds, far more than the SQL); each is given net of that
 * trip (the median of a batch of `SELECT 1`, timed in turns with the writes), as
 * D1's own time; medians, as the shared machine's speed drifts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { BUSINESS_PRODUCTS, CONSUMER_PRODUCTS, QUESTIONNAIRE_VERSION, type Answers } from "../../src/check/questionnaire.ts";
import { FOLD_BATCH, foldStatements, insertPending, type PendingCheck } from "../../src/db/pending.ts";
import type { D1Like, D1Statement } from "../../src/db/rebuild.ts";
import { insertAudit } from "../../src/queue/messages.ts";
import { runToEnd } from "../../test/e2e/app-server.ts";
import { answers } from "../../test/support/answers.ts";

/** Answer sets from the smallest to the largest: a household with no Kaspersky to every product and device. */
export const ANSWER_SETS: readonly { readonly name: string; readonly answers: Answers }[] = [
  { name: "household, no Kaspersky", answers: answers() },
  {
    name: "household, one product",
    answers: answers({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"] }),
  },
  {
    name: "critical infrastructure, 5 products on 5 kinds of device",
    answers: answers({
      respondent: "critical_infrastructure",
      sector: "energy",
      has_kaspersky: "yes",
      products: ["industrial", "endpoint", "security_center", "edr_mdr", "hybrid_cloud"],
      installed_on: ["windows", "mac", "android", "ios", "servers"],
      state: "TX",
    }),
  },
  {
    name: "every product and device (the largest)",
    answers: answers({
      respondent: "large_organization",
      has_kaspersky: "yes",
      products: [...CONSUMER_PRODUCTS, ...BUSINESS_PRODUCTS, "other_or_unknown"],
      installed_on: ["windows", "mac", "android", "ios", "servers"],
      state: "CA",
    }),
  },
];

const AUDIT = {
  staff: "agent@example.gov",
  role: "agent",
  action: "hotline.check.created",
  detail: null,
  at: "2026-12-02T13:00Z",
};

let serial = 0;
/** A fresh reference code (the app's alphabet), distinct within a run. */
function reference(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  let n = serial++;
  let code = "";
  for (let i = 0; i < 8; i++) {
    code += alphabet[n % 30];
    n = Math.floor(n / 30);
  }
  return code;
}

function check(given: Answers, day: string, channel = "web"): PendingCheck {
  return {
    reference: reference(),
    channel,
    locale: "en",
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    guidanceVersion: 1,
    day,
    answers: given,
    recordKey: Math.floor(Math.random() * 2 ** 31),
  };
}

interface Meta {
  meta: { rows_written: number };
}
async function run(db: D1Like, statements: D1Statement[]): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const results = (await db.batch(statements)) as Meta[];
  return { rows: results.reduce((n, r) => n + r.meta.rows_written, 0), ms: performance.now() - started };
}

/** How many folds of one check are timed together, in one batch (5 statements each). */
const FOLDS_OF_ONE = 20;

/** Means of counts; medians of times (the shared machine's speed drifts). */
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface WriteCosts {
  /** Rows the request path writes for each answer set (web), and for a hotline check with its audit entry. */
  readonly perAnswerSet: readonly { readonly name: string; readonly requestPath: number; readonly foldOfOne: number }[];
  readonly hotlineRequestPath: number;
  readonly requestPathMax: number;
  /** The request path's write: SQL time of one (from a batch of 100), and one alone net of the round trip. */
  readonly requestPathMs: number;
  readonly requestPathAloneMs: number;
  /** A fold of 100 checks (the answer sets in turn): rows written and mean time. */
  readonly foldRows: number;
  readonly foldMs: number;
  /** A fold of one check, alone (the old in-batch write's counts): mean time. */
  readonly foldOfOneMs: number;
  /** The round trip alone (a batch of SELECT 1), already taken off the times above. */
  readonly roundTripMs: number;
}

/** Measures on a fresh local D1; `writes` request-path writes and `folds` folds of 100 are timed. */
export async function measureWriteCosts(writes = 400, folds = 12): Promise<WriteCosts> {
  const persist = await mkdtemp(join(tmpdir(), "kaspersky-check-write-costs-"));
  try {
    await runToEnd(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
    const { env, dispose } = await getPlatformProxy<{ DB: D1Like }>({ persist: { path: join(persist, "v3") } });
    try {
      const db = env.DB;
      const day = new Date().toISOString().slice(0, 10);
      // Warm the counts up: in a steady state most cells a fold touches already exist.
      for (let i = 0; i < 3; i++) {
        const warm = Array.from({ length: FOLD_BATCH }, (_, j) => check(ANSWER_SETS[j % ANSWER_SETS.length]!.answers, day));
        await run(
          db,
          warm.map((c) => insertPending(db, c)),
        );
        await run(
          db,
          foldStatements(
            db,
            warm.map((c) => c.reference),
          ),
        );
      }
      const perAnswerSet = [];
      for (const set of ANSWER_SETS) {
        const one = check(set.answers, day);
        const requestPath = (await run(db, [insertPending(db, one)])).rows;
        const foldOfOne = (await run(db, foldStatements(db, [one.reference]))).rows;
        perAnswerSet.push({ name: set.name, requestPath, foldOfOne });
      }
      const call = check(ANSWER_SETS[2]!.answers, day, "hotline");
      const hotlineRequestPath = (await run(db, [insertPending(db, call), insertAudit(db, AUDIT)])).rows;
      await run(db, foldStatements(db, [call.reference]));

      // Each write beside a bare round trip, in turns, so the machine's drift falls on both alike.
      const trip = async () => (await run(db, [db.prepare("SELECT 1")])).ms;
      const trips: number[] = [];
      const writeTimes: number[] = [];
      const written: string[] = [];
      for (let i = 0; i < writes; i++) {
        const one = check(ANSWER_SETS[i % ANSWER_SETS.length]!.answers, day);
        trips.push(await trip());
        writeTimes.push((await run(db, [insertPending(db, one)])).ms);
        written.push(one.reference);
      }
      const roundTripMs = median(trips);
      // One write is below this measurement's resolution: time 100 of them in one batch instead, beside a round trip.
      const hundreds: number[] = [];
      for (let i = 0; i < 10; i++) {
        const many = Array.from({ length: 100 }, (_, j) => check(ANSWER_SETS[j % ANSWER_SETS.length]!.answers, day));
        trips.push(await trip());
        hundreds.push(
          (
            await run(
              db,
              many.map((c) => insertPending(db, c)),
            )
          ).ms,
        );
        written.push(...many.map((c) => c.reference));
      }
      const foldTimes: number[] = [];
      const foldRows: number[] = [];
      for (let f = 0; f < folds; f++) {
        const batch = written.splice(0, FOLD_BATCH);
        while (batch.length < FOLD_BATCH) {
          const extra = check(ANSWER_SETS[batch.length % ANSWER_SETS.length]!.answers, day);
          await run(db, [insertPending(db, extra)]);
          batch.push(extra.reference);
        }
        trips.push(await trip());
        const folded = await run(db, foldStatements(db, batch));
        foldTimes.push(folded.ms);
        foldRows.push(folded.rows);
      }
      // A fold of one check is, like one write, small beside the round trip taken off it (a figure of
      // 0.7 ms from one of 9 ms was noise): time FOLDS_OF_ONE of them in one batch, each its own statements.
      const oneTimes: number[] = [];
      for (let i = 0; i < 10; i++) {
        const ones = Array.from({ length: FOLDS_OF_ONE }, (_, j) => check(ANSWER_SETS[j % ANSWER_SETS.length]!.answers, day));
        await run(
          db,
          ones.map((c) => insertPending(db, c)),
        );
        trips.push(await trip());
        oneTimes.push(
          (
            await run(
              db,
              ones.flatMap((c) => foldStatements(db, [c.reference])),
            )
          ).ms,
        );
      }
      return {
        perAnswerSet,
        hotlineRequestPath,
        requestPathMax: Math.max(hotlineRequestPath, ...perAnswerSet.map((s) => s.requestPath)),
        requestPathMs: (median(hundreds) - roundTripMs) / 100,
        requestPathAloneMs: median(writeTimes) - roundTripMs,
        foldRows: mean(foldRows),
        foldMs: median(foldTimes) - roundTripMs,
        foldOfOneMs: Math.max(0.01, (median(oneTimes) - roundTripMs) / FOLDS_OF_ONE),
        roundTripMs,
      };
    } finally {
      await dispose();
    }
  } finally {
    await rm(persist, { recursive: true, force: true });
  }
}

/** The measured costs as lines, with the capacity model one D1 database gives. */
export function describeWriteCosts(costs: WriteCosts, peak = 1000): string[] {
  const perSubmissionMs = costs.requestPathMs + costs.foldMs / FOLD_BATCH;
  const sustained = 1000 / perSubmissionMs;
  const before = 1000 / (costs.requestPathMs + costs.foldOfOneMs);
  return [
    "rows written (D1 meta.rows_written, index entries included):",
    ...costs.perAnswerSet.map(
      (s) =>
        `  ${s.name.padEnd(50)} request path ${String(s.requestPath).padStart(3)}   (fold of this check alone, as every submission wrote before: ${s.foldOfOne})`,
    ),
    `  ${"hotline check with its audit entry".padEnd(50)} request path ${String(costs.hotlineRequestPath).padStart(3)}`,
    `  request path, any answer set: at most ${costs.requestPathMax} rows (goal <= 15)`,
    `  a folded batch of ${FOLD_BATCH} (the four answer sets in turn): ${costs.foldRows.toFixed(0)} rows, ${(costs.foldRows / FOLD_BATCH).toFixed(1)} a check`,
    `D1 time (local D1, measured from the caller, less the proxy's round trip of ${costs.roundTripMs.toFixed(2)} ms):`,
    `  request-path write ${costs.requestPathMs.toFixed(3)} ms (from 100 in one batch; one alone ${costs.requestPathAloneMs < 0.1 ? "below this measurement's resolution" : `${costs.requestPathAloneMs.toFixed(2)} ms`}); fold of ${FOLD_BATCH} ${costs.foldMs.toFixed(1)} ms (${(costs.foldMs / FOLD_BATCH).toFixed(2)} ms a check); fold of one check alone ${costs.foldOfOneMs.toFixed(2)} ms (from ${FOLDS_OF_ONE} in one batch)`,
    `capacity of one D1 database (it runs one query at a time): ${perSubmissionMs.toFixed(2)} ms of D1 a submission ` +
      `-> ${sustained.toFixed(0)} submissions a second (${(sustained / peak).toFixed(2)} of a ${peak.toLocaleString("en-US")}/s peak); ` +
      `with counts in the request's batch, as before: ${before.toFixed(0)} a second`,
  ];
}

/**
 * @module
 * Group commit for the request path: the writes of submissions that arrive
 * while this Worker instance is already waiting on D1 go to D1 together, as one
 * batch, when that wait ends (the way databases commit many transactions with
 * one flush). A lone submission is written at once, as before; under a surge
 * the batches grow by themselves, with no timer and no added wait.
 *
 * Why: D1 runs one query at a time, and every call costs more than the row it
 * writes (README, "Capacity"). Grouped, one call carries many submissions'
 * rows: fewer calls for D1 to run at the peak of a national announcement.
 *
 * Each group is written by the request at its head, in that request's own
 * context; the others wait for their results (workerd resumes each in its own
 * context). Then the head of the next group, if any, is told to write it: no
 * request writes more than one batch, so none is kept alive for others.
 * A group's batch is one D1 transaction: if it fails, every submission in it
 * fails as it would alone (recordCheck then queues each). A request that waits
 * longer than WAIT_LIMIT_MS (a writer that never came back) gives up with an
 * error, so it too is queued, and the next request writes without waiting for
 * that writer. Writing a check both ways does no harm: storing is idempotent by
 * reference (src/queue/messages.ts).
 */
import { inGroups } from "./in-groups";
import type { D1Like, D1Statement } from "./rebuild";

/**
 * At most this many statements in one batch, all sent by one request: D1 limits
 * the queries of one Worker invocation (50 on the Free plan, 1,000 on Paid;
 * https://developers.cloudflare.com/d1/platform/limits/), and if a batch's
 * statements count one by one, 40 stays inside even the Free plan's limit.
 */
export const GROUP_STATEMENTS_MAX = 40;
/** How long a request waits for its group's writer before treating it as lost. */
export const WAIT_LIMIT_MS = 5_000;

interface Entry {
  readonly statements: readonly D1Statement[];
  readonly result: PromiseWithResolvers<unknown[]>;
  /** Resolved when this entry heads the next group and must write it. */
  readonly turn: PromiseWithResolvers<void>;
}

interface Lane {
  /** Entries not yet in a batch, in arrival order. */
  waiting: Entry[];
  /** The group being written, or whose writer is handing on to the next head (undefined when idle), and since when. */
  writing?: readonly Entry[];
  startedAt: number;
}

/** One lane per database binding (tests and fault injection use bindings of their own). */
const lanes = new WeakMap<D1Like, Lane>();

function laneOf(db: D1Like): Lane {
  let lane = lanes.get(db);
  if (!lane) {
    lane = { waiting: [], startedAt: 0 };
    lanes.set(db, lane);
  }
  return lane;
}

/**
 * Runs `statements` as one batch, together with those of other requests that
 * arrived while D1 was busy; resolves with this request's own results, in
 * order, or rejects with the error that failed its group's batch.
 */
export async function writeTogether(db: D1Like, statements: readonly D1Statement[]): Promise<unknown[]> {
  const lane = laneOf(db);
  const entry: Entry = { statements, result: Promise.withResolvers(), turn: Promise.withResolvers() };
  lane.waiting.push(entry);
  if (lane.writing && Date.now() - lane.startedAt < WAIT_LIMIT_MS) {
    const written = await waitForTurnOrResult(lane, entry);
    if (written) return written.results;
  }
  await writeGroup(db, lane);
  return entry.result.promise;
}

/** Waits until another request wrote this entry (its results) or handed it the next group (undefined). */
async function waitForTurnOrResult(lane: Lane, entry: Entry): Promise<{ results: unknown[] } | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lost = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      lane.waiting = lane.waiting.filter((e) => e !== entry);
      fail(new Error(`D1 group commit: no writer within ${WAIT_LIMIT_MS} ms`));
    }, WAIT_LIMIT_MS);
  });
  try {
    const turn = entry.turn.promise.then(() => undefined);
    return await Promise.race([entry.result.promise.then((results) => ({ results })), turn, lost]);
  } finally {
    clearTimeout(timer);
  }
}

/** Writes the waiting entries (this request's first) as one batch, settles each, and hands on to the next head. */
async function writeGroup(db: D1Like, lane: Lane): Promise<void> {
  const [group] = inGroups(lane.waiting, (e) => e.statements.length, GROUP_STATEMENTS_MAX);
  // Nothing left: a writer that took over from a lost one wrote this entry too, and is in charge of the lane.
  if (!group) return;
  lane.waiting.splice(0, group.length);
  lane.writing = group;
  lane.startedAt = Date.now();
  try {
    const results = await db.batch(group.flatMap((e) => e.statements));
    let at = 0;
    for (const e of group) {
      e.result.resolve(results.slice(at, at + e.statements.length));
      at += e.statements.length;
    }
  } catch (error) {
    for (const e of group) e.result.reject(error);
  } finally {
    // A writer given up as lost may come back late: then a newer one is in charge, and it hands on.
    // The lane stays busy while the next head is told, so nobody arriving meanwhile writes beside it.
    if (lane.writing === group) {
      const head = lane.waiting[0];
      if (head) {
        lane.startedAt = Date.now();
        head.turn.resolve();
      } else lane.writing = undefined;
    }
  }
}

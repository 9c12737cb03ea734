/**
 * @module
 * The fold messages of one Worker instance, gathered: a check stored as
 * pending is folded by the queue consumer once a `fold` message names it, and
 * one message can name a whole fold (FOLD_BATCH checks; messages.ts). Instead
 * of one message per submission, the references stored within FOLD_WINDOW_MS
 * of each other in this instance go out as one message.
 *
 * Why: Queues bills every message (written, read, deleted), so at the 1,000
 * checks a second of a national announcement one message per check would be
 * most of the write path's bill; and every send and delivery costs the Worker
 * and the consumer a call, locally as deployed. Gathered, it is a message per
 * window per instance.
 *
 * Each request hands the shared send to its own `waitUntil`, so the runtime
 * keeps the instance alive until the message is sent. If it is never sent (the
 * instance is evicted first, or the send fails), the references stay pending
 * and the sweep folds them within 10 minutes (src/handlers/scheduled.ts): the
 * same bound as a lost message today. Nothing but references goes in a message,
 * so gathering them adds nothing identifying.
 */
import { FOLD_BATCH } from "../db/pending";
import { loggableError } from "../middleware/log-safe";
import type { CheckMessage } from "./messages";

/** How long a message waits for more references: short next to the sweep's 10 minutes and the weekly counts. */
export const FOLD_WINDOW_MS = 500;

interface Gathering {
  readonly references: string[];
  readonly sent: Promise<void>;
}

/** The message being gathered for each queue binding (tests use queues of their own). */
const gathering = new WeakMap<Queue<CheckMessage>, Gathering>();

/** Names `reference` in the next fold message of this instance; `waitUntil` keeps the request alive until it is sent. */
export function foldSoon(queue: Queue<CheckMessage>, reference: string, waitUntil: (promise: Promise<unknown>) => void) {
  let open = gathering.get(queue);
  if (open && open.references.length < FOLD_BATCH) open.references.push(reference);
  else {
    const references = [reference];
    open = { references, sent: sendAfterWindow(queue, references) };
    gathering.set(queue, open);
  }
  waitUntil(open.sent);
}

async function sendAfterWindow(queue: Queue<CheckMessage>, references: string[]): Promise<void> {
  await new Promise((done) => setTimeout(done, FOLD_WINDOW_MS));
  // Closed before sending: a reference stored from now on starts the next message.
  if (gathering.get(queue)?.references === references) gathering.delete(queue);
  try {
    await queue.send({ kind: "fold", references });
  } catch (error) {
    // Best effort: the checks are stored as pending, and the sweep folds them.
    console.error(
      `Checks queue: a fold message for ${references.length} checks was not sent (${loggableError(error)}); the sweep will fold them`,
    );
  }
}

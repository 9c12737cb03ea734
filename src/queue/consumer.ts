/**
 * @module
 * The Worker's `queue` handler (wrangler.toml `[[queues.consumers]]`).
 *
 * From the checks queue (batches of up to 100 messages): the messages are
 * applied in D1 batches of at most FOLD_BATCH checks each (src/queue/messages.ts),
 * each then acknowledged. A fold message names up to 100 checks (fold-soon.ts),
 * so a queue batch can name 10,000: folded in one transaction they would hold D1,
 * which runs one query at a time, away from the request path for that long. If a
 * D1 batch fails, each of its messages is tried alone, so one bad message cannot
 * hold the others back: those that work are acknowledged, the rest retried with a
 * growing delay, and the queue moves a message retried `max_retries` times to the
 * dead letter queue. A message that is not one of ours (poison) is retried the
 * same way and ends there too.
 *
 * From the dead letter queue: each message is parked in `dead_letters`, where
 * `npm run queue:replay` applies it once the cause is fixed.
 */
import type { D1Like } from "../db/rebuild";
import { loggableError } from "../middleware/log-safe";
import { inGroups } from "../db/in-groups";
import { FOLD_BATCH } from "../db/pending";
import { messageStatements, readMessage, referencesOf, type CheckMessage } from "./messages";

/** The queues' names, as in wrangler.toml (test/integration/queue-config.test.ts checks they match). */
export const CHECKS_QUEUE = "kaspersky-checks";
export const DEAD_LETTER_QUEUE = "kaspersky-checks-dead-letter";

/** Seconds before a failed message is tried again: 10 s, doubling with each attempt, at most an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
}

type QueueEnv = { DB: D1Database };

export async function consumeChecks(batch: MessageBatch<unknown>, db: D1Like): Promise<void> {
  const readable: Readable[] = [];
  for (const message of batch.messages) {
    const body = readMessage(message.body);
    if (body) readable.push({ message, body });
    else {
      console.error("Checks queue: a message that is not a check, a fold or an audit entry; retried until dead-lettered");
      message.retry({ delaySeconds: retryDelay(message.attempts) });
    }
  }
  for (const group of inFolds(readable)) await applyGroup(group, db);
}

type Readable = { message: Message<unknown>; body: CheckMessage };

/** The messages in arrival order, cut into groups that name at most FOLD_BATCH checks each (a message is never cut). */
export function inFolds<T extends { body: CheckMessage }>(messages: readonly T[]): T[][] {
  return inGroups(messages, (m) => referencesOf(m.body).length, FOLD_BATCH);
}

/** One D1 batch for the group, then each message acknowledged; if it fails, each message alone. */
async function applyGroup(readable: readonly Readable[], db: D1Like): Promise<void> {
  try {
    await db.batch(
      messageStatements(
        db,
        readable.map((r) => r.body),
      ),
    );
    for (const { message } of readable) message.ack();
    return;
  } catch (error) {
    console.error(`Checks queue: a batch of ${readable.length} failed (${errorName(error)}); trying each message alone`);
  }
  for (const { message, body } of readable) {
    try {
      await db.batch(messageStatements(db, [body]));
      message.ack();
    } catch (error) {
      console.error(`Checks queue: a ${body.kind} message failed (${errorName(error)}), attempt ${message.attempts}`);
      message.retry({ delaySeconds: retryDelay(message.attempts) });
    }
  }
}

/** Parks dead letters in D1 (idempotent by message id); all retried if D1 fails. */
export async function parkDeadLetters(batch: MessageBatch<unknown>, db: D1Like): Promise<void> {
  try {
    await db.batch(
      batch.messages.map((m) =>
        db
          .prepare("INSERT INTO dead_letters (id, body) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
          .bind(m.id, JSON.stringify(m.body ?? null)),
      ),
    );
    console.error(
      `Dead letter queue: parked ${batch.messages.length} messages; run npm run queue:replay once the cause is fixed`,
    );
    batch.ackAll();
  } catch (error) {
    console.error(`Dead letter queue: could not park ${batch.messages.length} messages (${errorName(error)}); retried`);
    // Hourly: with max_retries 100 (wrangler.toml), about 4 days of D1 trouble before a dead letter is lost.
    batch.retryAll({ delaySeconds: 3600 });
  }
}

/** The error for the log: D1's reason, never the values bound (src/middleware/log-safe.ts). */
const errorName = loggableError;

/** The Worker's `queue` handler. */
export const queue: ExportedHandlerQueueHandler<QueueEnv> = async (batch, env) => {
  if (batch.queue === DEAD_LETTER_QUEUE) await parkDeadLetters(batch, env.DB);
  else await consumeChecks(batch, env.DB);
};

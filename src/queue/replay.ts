/**
 * @module
 * `npm run queue:replay` (scripts/queue-replay.ts): applies the messages the
 * dead letter queue's consumer parked in `dead_letters`, each in one batch with
 * its own deletion, so a replay interrupted or run twice applies each once
 * (applying is idempotent anyway: src/queue/messages.ts). A message that is
 * still not one of ours, or still fails, is left parked and reported. Files
 * Node loads as they are.
 */
import type { D1Like } from "../db/rebuild.ts";
import { messageStatements, readMessage } from "./messages.ts";

export interface ReplayResult {
  readonly replayed: number;
  /** Parked messages that are not a check, a fold or an audit entry: left for a person to read. */
  readonly unreadable: readonly string[];
  /** Parked messages that failed again (their ids and D1's reason). */
  readonly failed: readonly { readonly id: string; readonly reason: string }[];
}

export async function replayDeadLetters(db: D1Like): Promise<ReplayResult> {
  const { results } = await db.prepare("SELECT id, body FROM dead_letters ORDER BY id").all<{ id: string; body: string }>();
  let replayed = 0;
  const unreadable: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  for (const { id, body } of results) {
    let message: ReturnType<typeof readMessage>;
    try {
      message = readMessage(JSON.parse(body));
    } catch {
      message = undefined;
    }
    if (!message) {
      unreadable.push(id);
      continue;
    }
    try {
      await db.batch([...messageStatements(db, [message]), db.prepare("DELETE FROM dead_letters WHERE id = ?").bind(id)]);
      replayed += 1;
    } catch (error) {
      failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { replayed, unreadable, failed };
}

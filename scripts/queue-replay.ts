/**
 * @module
 * `npm run queue:replay`: applies the checks queue's dead letters. Messages the
 * consumer gave up on (after the queue's retries) go to the dead letter queue,
 * whose consumer parks them in D1 (`dead_letters`); once the cause is fixed this
 * applies each in one batch with its own deletion (src/queue/replay.ts): checks
 * stored and counted once, audit entries written. A message that still fails, or
 * is not one of ours, stays parked and is listed by id. Exits 1 if any is left.
 *
 *   npm run queue:replay [-- --persist-to .wrangler/state]   the local D1 `npm start` serves
 *   npm run queue:replay -- --remote                          the deployed D1
 */
import process from "node:process";
import { replayDeadLetters } from "../src/queue/replay.ts";
import { d1FromCommandLine } from "./lib/d1-platform.ts";

const { env, dispose } = await d1FromCommandLine("queue-replay");
try {
  const result = await replayDeadLetters(env.DB);
  console.log(`queue:replay: ${result.replayed} dead letters applied and removed`);
  if (result.unreadable.length)
    console.log(`  not a check, a fold or an audit entry (left parked): ${result.unreadable.join(", ")}`);
  for (const { id, reason } of result.failed) console.log(`  failed again (left parked): ${id}: ${reason}`);
  process.exitCode = result.unreadable.length || result.failed.length ? 1 : 0;
} finally {
  await dispose();
}

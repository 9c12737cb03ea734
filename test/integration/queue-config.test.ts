/**
 * The write path's configuration in wrangler.toml, as wrangler reads it: the
 * queue the request path sends to is the one the consumer reads, in batches of
 * up to 100 (the fold's size), with a dead letter queue the Worker also consumes
 * (to park its messages), and the sweep's cron is the one the handler knows.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { FOLD_BATCH } from "../../src/db/pending";
import { SWEEP_CRON } from "../../src/handlers/scheduled";
import { CHECKS_QUEUE, DEAD_LETTER_QUEUE } from "../../src/queue/consumer";

interface Queues {
  producers?: { binding: string; queue: string }[];
  consumers?: { queue: string; max_batch_size?: number; max_retries?: number; dead_letter_queue?: string }[];
}

describe("wrangler.toml: queues and crons", () => {
  const queues = JSON.parse(env.TEST_QUEUES) as Queues;

  it("sends checks to the queue the consumer folds in batches of 100, dead-lettering to a queue the Worker parks", () => {
    expect(queues.producers).toEqual([{ binding: "CHECKS_QUEUE", queue: CHECKS_QUEUE }]);
    const checks = queues.consumers?.find((c) => c.queue === CHECKS_QUEUE);
    expect(checks).toMatchObject({ max_batch_size: FOLD_BATCH, dead_letter_queue: DEAD_LETTER_QUEUE });
    expect(checks!.max_retries).toBeGreaterThanOrEqual(10);
    expect(queues.consumers?.map((c) => c.queue).sort()).toEqual([CHECKS_QUEUE, DEAD_LETTER_QUEUE].sort());
    expect(env.CHECKS_QUEUE).toBeDefined();
  });

  it("runs the sweep and the daily jobs", () => {
    expect(JSON.parse(env.TEST_CRONS)).toEqual(["17 3 * * *", SWEEP_CRON]);
  });
});

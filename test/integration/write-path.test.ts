/// <reference types="vite/client" />
/**
 * The write path (README, "Write path"): a submission stores one pending row;
 * the queue consumer folds checks into responses and counts, exactly once under
 * duplicate delivery; a failing D1 queues the check and its reference still
 * opens from its token; poison messages end in the dead letter queue and
 * `queue:replay` applies them; the sweep folds what the queue did not; the counts
 * check finds any difference; and fault injection cannot reach production.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
  type MessageBatchMessage,
  waitOnExecutionContext,
} from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { faultyD1 } from "../fault-injection/faulty-d1";
import worker from "../../src/index";
import { checkCounts } from "../../src/db/counts-check";
import { SWEEP_CRON } from "../../src/handlers/scheduled";
import { CHECKS_QUEUE, DEAD_LETTER_QUEUE, consumeChecks, retryDelay } from "../../src/queue/consumer";
import type { CheckMessage } from "../../src/queue/messages";
import { replayDeadLetters } from "../../src/queue/replay";
import { answers } from "../support/answers";
import { ORIGIN, clientAddress } from "./helpers";
import { clearResponses, stats, store } from "./stats-helpers";
import { addDays, utcDay } from "../../src/check/dates";
import { weekOf } from "../../src/stats/calendar";
import { insertPending, sweepPending, type PendingCheck } from "../../src/db/pending";
import type { D1Like } from "../../src/db/rebuild";
import { AGENT_HEADERS } from "./staff-tokens";

const ANSWERS = answers({
  respondent: "small_business",
  has_kaspersky: "yes",
  products: ["endpoint", "vpn"],
  installed_on: ["windows", "mac"],
});

const count = async (sql: string, ...params: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>())!.n;
const pending = () => count("select count(*) as n from pending_responses");
const stored = (reference: string) => count("select count(*) as n from responses where reference = ?", reference);
/** How many times a reference is counted: the weekly "in all" cell of its week and channel holds only it in these tests. */
const counted = () => count("select coalesce(sum(responses), 0) as n from weekly_counts where dim_a = '' and dim_b = ''");

/** A Worker env whose queue sends are captured instead of delivered, and whose D1 may fail. */
function captured(db: D1Database = env.DB) {
  const sent: CheckMessage[] = [];
  const queue = {
    send: async (body: CheckMessage) => void sent.push(body),
    sendBatch: async (messages: Iterable<{ body: CheckMessage }>) => void sent.push(...[...messages].map((m) => m.body)),
  };
  return { env: { ...env, DB: db, CHECKS_QUEUE: queue } as unknown as Env, sent };
}

/** One request, and the work it left to finish after answering (its fold message, gathered for FOLD_WINDOW_MS). */
async function call(request: Request, workerEnv: Env = env as unknown as Env) {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, workerEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const postCheck = (headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": clientAddress(), ...headers },
    body: JSON.stringify({ answers: ANSWERS }),
  });
const getPath = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, { headers: { "cf-connecting-ip": clientAddress(), ...headers }, redirect: "manual" });

let ids = 0;
/** Delivers these bodies to the Worker's queue handler as one batch, as the queue would; returns the acks and retries. */
async function deliver(queueName: string, bodies: readonly unknown[], attempts = 1) {
  const messages: MessageBatchMessage[] = bodies.map((body) => ({ id: `m${++ids}`, timestamp: new Date(), attempts, body }));
  const batch = createMessageBatch(queueName, messages);
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<unknown>, env as unknown as Env, ctx);
  const result = await getQueueResult(batch, ctx);
  return { ids: messages.map((m) => m.id), result };
}

beforeEach(async () => {
  await clearResponses();
  await env.DB.batch(["pending_responses", "dead_letters", "audit_log"].map((t) => env.DB.prepare(`delete from ${t}`)));
});
afterEach(() => vi.restoreAllMocks());

describe("the request path", () => {
  it("stores one pending row and no counts; the reference opens at once; the consumer counts it once however often delivered", async () => {
    const { env: workerEnv, sent } = captured();
    const created = await call(postCheck(), workerEnv);
    expect(created.status).toBe(201);
    const { reference } = await created.json<{ reference: string }>();
    expect(await pending()).toBe(1);
    expect(await stored(reference)).toBe(0);
    expect(await count("select count(*) as n from weekly_counts")).toBe(0);
    expect(sent).toEqual([{ kind: "fold", references: [reference] }]);
    expect((await call(getPath(`/api/v1/checks/${reference}`))).status).toBe(200);

    // Delivered twice in one batch, then again (at-least-once): counted once.
    const first = await deliver(CHECKS_QUEUE, [sent[0], sent[0]]);
    expect(first.result.explicitAcks.sort()).toEqual([...first.ids].sort());
    await deliver(CHECKS_QUEUE, [sent[0]], 2);
    expect(await pending()).toBe(0);
    expect(await stored(reference)).toBe(1);
    expect(await counted()).toBe(1);
    expect((await checkCounts(env.DB)).differences).toEqual([]);
  });

  it("submissions arriving together share one fold message, and one delivery counts each of them once", async () => {
    const { env: workerEnv, sent } = captured();
    const created = await Promise.all(Array.from({ length: 6 }, () => call(postCheck(), workerEnv)));
    const references = await Promise.all(created.map(async (r) => (await r.json<{ reference: string }>()).reference));
    expect(sent).toEqual([{ kind: "fold", references }]);
    await deliver(CHECKS_QUEUE, sent);
    expect(await pending()).toBe(0);
    expect(await counted()).toBe(6);
  });
});

describe("folding a queue batch that names many checks", () => {
  it("folds at most 100 checks in each D1 batch, whole messages only, and counts each check once", async () => {
    const { env: workerEnv, sent } = captured();
    const references: string[] = [];
    for (let i = 0; i < 150; i++) {
      references.push(
        (await (await worker.fetch(postCheck(), workerEnv, createExecutionContext())).json<{ reference: string }>()).reference,
      );
    }
    expect(sent).toEqual([]);
    // As fold-soon.ts would gather them: messages of 60, 60 and 30 checks, in one queue batch.
    const messages = [references.slice(0, 60), references.slice(60, 120), references.slice(120)].map((refs) => ({
      kind: "fold",
      references: refs,
    }));
    const batches: number[] = [];
    const counting: D1Like = {
      prepare: (sql) => env.DB.prepare(sql) as unknown as ReturnType<D1Like["prepare"]>,
      batch: (statements) => {
        batches.push(statements.length);
        return env.DB.batch(statements as unknown as D1PreparedStatement[]);
      },
    };
    const batch = createMessageBatch(
      CHECKS_QUEUE,
      messages.map((body, n) => ({ id: `many${n}`, timestamp: new Date(), attempts: 1, body })),
    );
    await consumeChecks(batch as MessageBatch<unknown>, counting);
    // Two D1 batches: 60 checks, then 60 + 30 (a message is never cut, and 120 would be over 100).
    expect(batches).toHaveLength(2);
    expect(await pending()).toBe(0);
    expect(await counted()).toBe(150);
    expect((await checkCounts(env.DB)).differences).toEqual([]);
  });
});

describe("a failing D1 on the request path", () => {
  it.each([
    ["nothing was written", 0],
    ["the write committed but its reply was lost", 0.75],
  ])(
    "queues the check (%s): reference and guidance answered, the reference opens from its token, it lands once",
    async (_, draw) => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      const failing = faultyD1(env.DB, 1, () => draw);
      const { env: workerEnv, sent } = captured(failing);

      const created = await call(postCheck(), workerEnv);
      expect(created.status).toBe(201);
      const body = await created.json<{ reference: string; guidance: { steps: unknown[] }; queued?: boolean }>();
      expect(body.queued).toBe(true);
      expect(body.guidance.steps.length).toBeGreaterThan(0);
      const location = created.headers.get("location")!;
      expect(location).toMatch(new RegExp(`^/api/v1/checks/${body.reference}\\?pending=[\\w-]+\\.[\\w-]{43}$`));
      expect(sent).toEqual([{ kind: "store", check: expect.objectContaining({ reference: body.reference, answers: ANSWERS }) }]);

      // Still queued, with D1 still failing: the API opens it from the token; without the token it is not found.
      const read = await call(getPath(location), workerEnv);
      expect(read.status).toBe(200);
      expect((await read.json<{ guidance: unknown }>()).guidance).toEqual(body.guidance);
      if (draw === 0) expect((await call(getPath(`/api/v1/checks/${body.reference}`))).status).toBe(404);
      // A token for another reference opens nothing.
      const stolen = location.replace(body.reference, "KX7P4M2Q");
      expect((await call(getPath(stolen))).status).toBe(404);

      // Delivered twice: stored once, counted once.
      await deliver(CHECKS_QUEUE, [sent[0]]);
      await deliver(CHECKS_QUEUE, [sent[0]], 2);
      expect(await stored(body.reference)).toBe(1);
      expect(await pending()).toBe(0);
      expect(await counted()).toBe(1);
      expect((await call(getPath(`/api/v1/checks/${body.reference}`))).status).toBe(200);
    },
  );

  it("queues every check of a group whose batch failed (the reply lost), each with its own token, and each lands once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // The first check is written alone; those arriving meanwhile go together (in one batch, unless this machine
    // is slow enough to split them), and every batch after the first fails after writing (the reply lost).
    let batches = 0;
    const { env: workerEnv, sent } = captured(faultyD1(env.DB, 1, () => (batches++ === 0 ? 1 : 0.75)));
    const created = await Promise.all(Array.from({ length: 4 }, () => call(postCheck(), workerEnv)));
    const bodies = await Promise.all(created.map((r) => r.json<{ reference: string; queued?: boolean }>()));
    expect(bodies.map((b) => b.queued ?? false)).toEqual([false, true, true, true]);
    for (const [i, response] of created.entries()) {
      if (!bodies[i]!.queued) continue;
      const read = await call(getPath(response.headers.get("location")!), workerEnv);
      expect((await read.json<{ reference: string }>()).reference).toBe(bodies[i]!.reference);
    }
    const stores = sent.filter((m) => m.kind === "store");
    expect(stores.map((m) => m.check.reference).sort()).toEqual(
      bodies
        .slice(1)
        .map((b) => b.reference)
        .sort(),
    );
    await deliver(CHECKS_QUEUE, sent);
    for (const body of bodies) expect(await stored(body.reference)).toBe(1);
    expect(await counted()).toBe(4);
  });

  it("opens a queued web check on /result from its cookie, and a hotline check on the hotline script", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { env: workerEnv, sent } = captured(faultyD1(env.DB, 1, () => 0));
    const cookie = `__Host-check=${encodeURIComponent(JSON.stringify(ANSWERS))}`;
    const posted = await call(
      new Request(`${ORIGIN}/check/answers`, {
        method: "POST",
        headers: {
          cookie,
          origin: ORIGIN,
          "content-type": "application/x-www-form-urlencoded",
          "cf-connecting-ip": clientAddress(),
        },
        body: "",
        redirect: "manual",
      }),
      workerEnv,
    );
    expect(posted.status).toBe(303);
    const reference = /^\/result\/([A-Z0-9]{8})$/.exec(posted.headers.get("location") ?? "")![1]!;
    const token = /__Host-pending=([^;]+)/.exec(posted.headers.get("set-cookie") ?? "")![1]!;
    const page = await call(getPath(`/result/${reference}`, { cookie: `__Host-pending=${token}` }), workerEnv);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`${reference.slice(0, 4)}`);
    expect((await call(getPath(`/result/${reference}`), workerEnv)).status).toBe(500);

    const hotline = await call(
      new Request(`${ORIGIN}/api/v1/hotline/checks`, {
        method: "POST",
        headers: { "content-type": "application/json", ...AGENT_HEADERS },
        body: JSON.stringify({ answers: ANSWERS, lang: "es", outcome: "guided_removal" }),
      }),
      workerEnv,
    );
    expect(hotline.status).toBe(201);
    const hotlineToken = new URL(hotline.headers.get("location")!, ORIGIN).searchParams.get("pending")!;
    const { reference: called } = await hotline.json<{ reference: string }>();
    const script = await call(getPath(`/hotline/checks/${called}?pending=${hotlineToken}`, AGENT_HEADERS), workerEnv);
    expect(script.status).toBe(200);
    // The audit entry travels as its own message: no message holds both a reference and a staff identity.
    const audit = sent.find((m) => m.kind === "audit")!;
    expect(JSON.stringify(audit)).not.toContain(called);
    expect(JSON.stringify(sent.filter((m) => m.kind === "store"))).not.toMatch(/@/);

    await deliver(CHECKS_QUEUE, sent);
    expect(await stored(reference)).toBe(1);
    expect(await stored(called)).toBe(1);
    expect(await count("select count(*) as n from audit_log where action = 'hotline.check.created'")).toBe(1);
    expect(await counted()).toBe(2);
  });
});

describe("poison messages and the dead letter queue", () => {
  it("acknowledges the good messages, retries the bad ones until dead-lettered, parks them, and queue:replay applies them once fixed", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { env: workerEnv, sent } = captured(faultyD1(env.DB, 1, () => 0));
    const good = await (await call(postCheck(), workerEnv)).json<{ reference: string }>();
    const store = sent[0] as Extract<CheckMessage, { kind: "store" }>;
    const fax = { kind: "store", check: { ...store.check, reference: "FAXFAX22", channel: "fax" } };

    const { ids: delivered, result } = await deliver(CHECKS_QUEUE, ["not a message", fax, store]);
    expect(result.explicitAcks).toEqual([delivered[2]]);
    expect(result.retryMessages.map((m) => m.msgId).sort()).toEqual([delivered[0], delivered[1]].sort());
    // Retried after 10 s, doubling to an hour: 20 tries (wrangler.toml) span about 12 hours.
    expect([1, 2, 3, 10, 20].map(retryDelay)).toEqual([10, 20, 40, 3600, 3600]);
    expect(await stored(good.reference)).toBe(1);
    expect(await stored("FAXFAX22")).toBe(0);

    // After max_retries the queue moves them to the dead letter queue, whose consumer parks them.
    const dead = await deliver(DEAD_LETTER_QUEUE, ["not a message", fax]);
    expect(dead.result.ackAll).toBe(true);
    expect(await count("select count(*) as n from dead_letters")).toBe(2);

    const replay = await replayDeadLetters(env.DB);
    expect(replay.replayed).toBe(0);
    expect(replay.unreadable).toEqual([dead.ids[0]]);
    expect(replay.failed.map((f) => f.id)).toEqual([dead.ids[1]]);
    // The cause fixed (here, the message itself), replay stores and counts it once; a second replay finds nothing to do.
    await env.DB.prepare("update dead_letters set body = replace(body, '\"fax\"', '\"web\"')").run();
    expect((await replayDeadLetters(env.DB)).replayed).toBe(1);
    expect((await replayDeadLetters(env.DB)).replayed).toBe(0);
    expect(await stored("FAXFAX22")).toBe(1);
    expect(await counted()).toBe(2);
    expect((await checkCounts(env.DB)).differences).toEqual([]);
  });
});

describe("the sweep and the counts check", () => {
  it("folds checks whose fold message never came, and the daily cron logs any difference in the counts", async () => {
    const { env: workerEnv } = captured();
    for (let i = 0; i < 3; i++) expect((await call(postCheck(), workerEnv)).status).toBe(201);
    expect(await pending()).toBe(3);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await worker.scheduled(createScheduledController({ cron: SWEEP_CRON }), env as unknown as Env, createExecutionContext());
    expect(await pending()).toBe(0);
    expect(await counted()).toBe(3);
    expect(log).toHaveBeenCalledWith("Sweep: folded 3 pending checks.");

    // The daily cron: the counts equal a fresh fold; then a damaged count is found and logged.
    const daily = () =>
      worker.scheduled(createScheduledController({ cron: "17 3 * * *" }), env as unknown as Env, createExecutionContext());
    await daily();
    expect(log.mock.calls.flat().join("\n")).toMatch(/Counts check: the counts equal a fresh fold over 1 weeks/);
    await env.DB.prepare(
      "update weekly_counts set responses = responses + 1 where dim_a = 'product' and value_a = 'vpn' and dim_b = ''",
    ).run();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await daily();
    expect(errors.mock.calls.flat().join("\n")).toMatch(/weekly_counts .*product\|vpn.*stored 4 .*fresh fold 3/);
    expect(errors.mock.calls.flat().join("\n")).toMatch(/1 cells differ/);
  });
});

describe("stats while a check may not be counted yet", () => {
  afterEach(() => vi.useRealTimers());

  it("publish a week on the Tuesday after it ends, not before: the queue's retries end first", async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 7, 23, 59)); // the Monday after that week's Sunday, 2026-12-06
    expect((await stats({})).to).toBe("2026-11-29");
    vi.setSystemTime(Date.UTC(2026, 11, 8, 0, 0)); // the Tuesday
    expect((await stats({})).to).toBe("2026-12-06");
  });

  it("hold back the week of a check still pending (or parked as a dead letter), so a published week never changes", async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 9, 12)); // a Wednesday: last week is published, unless held back
    const today = utcDay(new Date());
    const lastWeek = addDays(weekOf(today), -7);
    const weekBefore = addDays(lastWeek, -7);
    await store(weekBefore, 3);
    const late: PendingCheck = {
      reference: "LATE2345",
      channel: "web",
      locale: "en",
      questionnaireVersion: 1,
      guidanceVersion: 1,
      day: addDays(lastWeek, 6),
      answers: ANSWERS,
      recordKey: 12345,
    };
    const d1: D1Like = env.DB;
    await d1.batch([insertPending(d1, late)]);
    expect((await stats({})).to).toBe(addDays(weekBefore, 6));
    await sweepPending(env.DB);
    expect((await stats({})).to).toBe(addDays(lastWeek, 6));
    // A dead letter holding a check of last week holds it back too, until replayed.
    await env.DB.prepare("insert into dead_letters (id, body) values ('dead1', ?)")
      .bind(JSON.stringify({ kind: "store", check: { ...late, reference: "LATE2346" } }))
      .run();
    expect((await stats({})).to).toBe(addDays(weekBefore, 6));
    expect((await replayDeadLetters(env.DB)).replayed).toBe(1);
    expect((await stats({})).to).toBe(addDays(lastWeek, 6));
  });
});

// Vite reads source text at build time; the test needs no file system.
const SOURCES = import.meta.glob<string>("../../src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true });

describe("fault injection", () => {
  it("cannot be turned on in production: the production Worker ignores D1_FAIL_RATE and nothing in src/ imports the wrapper", async () => {
    const { env: workerEnv, sent } = captured();
    const created = await call(postCheck(), { ...workerEnv, D1_FAIL_RATE: "1" } as Env);
    expect(created.status).toBe(201);
    expect(await created.json()).not.toHaveProperty("queued");
    expect(sent.map((m) => m.kind)).toEqual(["fold"]);
    for (const [file, text] of Object.entries(SOURCES)) {
      expect(text, file).not.toMatch(/fault-injection|faulty-d1|D1_FAIL_RATE/);
    }
  });
});

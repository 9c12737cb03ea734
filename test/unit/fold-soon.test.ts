/**
 * Fold messages gathered per instance (src/queue/fold-soon.ts): references
 * stored close together go out as one message of at most 100; a send that
 * fails loses nothing the sweep cannot fold, and is logged without references.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FOLD_BATCH } from "../../src/db/pending";
import { foldSoon } from "../../src/queue/fold-soon";
import { readMessage, type CheckMessage } from "../../src/queue/messages";
import { inFolds } from "../../src/queue/consumer";

function fakeQueue(send: (body: CheckMessage) => Promise<void> = async () => {}) {
  const sent: CheckMessage[] = [];
  const queue = {
    send: async (body: CheckMessage) => {
      sent.push(body);
      await send(body);
    },
    sendBatch: async () => {},
  } as unknown as Queue<CheckMessage>;
  const kept: Promise<unknown>[] = [];
  return { queue, sent, waitUntil: (promise: Promise<unknown>) => void kept.push(promise), settled: () => Promise.all(kept) };
}

const code = (n: number) => `R${String(n).padStart(7, "0")}`;

afterEach(() => vi.restoreAllMocks());

describe("fold messages", () => {
  it("gathers the references stored within the window into one message, and every request waits for that send", async () => {
    const { queue, sent, waitUntil, settled } = fakeQueue();
    const references = [1, 2, 3, 4, 5].map(code);
    for (const reference of references) foldSoon(queue, reference, waitUntil);
    expect(sent).toEqual([]);
    await settled();
    expect(sent).toEqual([{ kind: "fold", references }]);
  });

  it("starts a new message past 100 references, and each one is a message the consumer reads", async () => {
    const { queue, sent, waitUntil, settled } = fakeQueue();
    const references = Array.from({ length: 2 * FOLD_BATCH + 1 }, (_, n) => code(n));
    for (const reference of references) foldSoon(queue, reference, waitUntil);
    await settled();
    expect(sent.map((m) => (m.kind === "fold" ? m.references.length : 0))).toEqual([100, 100, 1]);
    expect(sent.flatMap((m) => (m.kind === "fold" ? m.references : []))).toEqual(references);
    for (const message of sent) expect(readMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it("keeps each queue's references apart", async () => {
    const one = fakeQueue();
    const two = fakeQueue();
    foldSoon(one.queue, code(1), one.waitUntil);
    foldSoon(two.queue, code(2), two.waitUntil);
    await Promise.all([one.settled(), two.settled()]);
    expect(one.sent).toEqual([{ kind: "fold", references: [code(1)] }]);
    expect(two.sent).toEqual([{ kind: "fold", references: [code(2)] }]);
  });

  it("a failed send is logged with how many checks wait for the sweep, never which, and the next message starts afresh", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let fail = true;
    const { queue, sent, waitUntil, settled } = fakeQueue(async () => {
      if (fail) throw new Error("queue unavailable");
    });
    foldSoon(queue, code(1), waitUntil);
    foldSoon(queue, code(2), waitUntil);
    await settled();
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]![0])).toMatch(/2 checks was not sent.*sweep/);
    expect(String(logged.mock.calls[0]![0])).not.toContain(code(1));
    fail = false;
    foldSoon(queue, code(3), waitUntil);
    await settled();
    expect(sent.at(-1)).toEqual({ kind: "fold", references: [code(3)] });
  });
});

describe("the consumer's folds", () => {
  const fold = (from: number, n: number) => ({
    body: { kind: "fold", references: Array.from({ length: n }, (_, i) => code(from + i)) } as CheckMessage,
  });
  const audit = {
    body: { kind: "audit", row: { staff: "a@example.gov", role: "agent", action: "x", detail: null, at: "h" } } as CheckMessage,
  };
  const sizes = (groups: { body: CheckMessage }[][]) =>
    groups.map((g) => g.map((m) => (m.body.kind === "fold" ? m.body.references.length : m.body.kind)));

  it("cut a queue batch into groups of at most 100 checks, in order, never cutting a message", () => {
    expect(sizes(inFolds([audit, fold(0, 60), fold(60, 40), fold(100, 1), fold(101, 100), audit, fold(201, 30)]))).toEqual([
      ["audit", 60, 40],
      [1],
      [100, "audit"],
      [30],
    ]);
    expect(inFolds([])).toEqual([]);
  });
});

/**
 * Group commit on the request path (src/db/write-together.ts), against a D1
 * whose batches finish when the test says: a lone write goes at once; writes
 * arriving while D1 is busy go together next, each getting its own results;
 * a failed batch fails just its group; groups stay under the statement cap;
 * and a writer that never comes back holds nobody longer than the wait limit.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { D1Like, D1Statement } from "../../src/db/rebuild";
import { GROUP_STATEMENTS_MAX, WAIT_LIMIT_MS, writeTogether } from "../../src/db/write-together";

interface Call {
  readonly sql: string[];
  readonly done: PromiseWithResolvers<unknown[]>;
}

/** A D1 that records each batch and leaves it open until `finish` or `fail`. */
function slowD1() {
  const calls: Call[] = [];
  const db: D1Like = {
    prepare: (sql: string) => ({ sql }) as unknown as D1Statement,
    batch(statements: D1Statement[]) {
      const call = {
        sql: statements.map((s) => (s as unknown as { sql: string }).sql),
        done: Promise.withResolvers<unknown[]>(),
      };
      calls.push(call);
      return call.done.promise;
    },
  };
  const finish = (n: number) => calls[n]!.done.resolve(calls[n]!.sql.map((sql) => `result of ${sql}`));
  const fail = (n: number, error: Error) => calls[n]!.done.reject(error);
  return { db, calls, finish, fail };
}

const statements = (db: D1Like, ...sql: string[]) => sql.map((s) => db.prepare(s));
/** Lets every pending continuation run (the writers hand on through promises). */
const settle = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => vi.useRealTimers());

describe("writing together", () => {
  it("writes a lone request's statements at once, as its own batch", async () => {
    const { db, calls, finish } = slowD1();
    const written = writeTogether(db, statements(db, "a1", "a2"));
    expect(calls.map((c) => c.sql)).toEqual([["a1", "a2"]]);
    finish(0);
    expect(await written).toEqual(["result of a1", "result of a2"]);
  });

  it("writes the requests that arrived while D1 was busy as one batch, each with its own results in order", async () => {
    const { db, calls, finish } = slowD1();
    const first = writeTogether(db, statements(db, "a"));
    const later = [writeTogether(db, statements(db, "b", "b-audit")), writeTogether(db, statements(db, "c"))];
    expect(calls).toHaveLength(1);
    finish(0);
    await settle();
    expect(calls.map((c) => c.sql)).toEqual([["a"], ["b", "b-audit", "c"]]);
    finish(1);
    expect(await first).toEqual(["result of a"]);
    expect(await Promise.all(later)).toEqual([["result of b", "result of b-audit"], ["result of c"]]);
  });

  it("fails every request of a failed batch, and only those: the next group is written", async () => {
    const { db, calls, finish, fail } = slowD1();
    const first = writeTogether(db, statements(db, "a"));
    const second = writeTogether(db, statements(db, "b"));
    const third = writeTogether(db, statements(db, "c"));
    fail(0, new Error("D1 is overloaded"));
    await expect(first).rejects.toThrow("D1 is overloaded");
    await settle();
    fail(1, new Error("D1 is still overloaded"));
    await expect(second).rejects.toThrow("still overloaded");
    await expect(third).rejects.toThrow("still overloaded");
    const fourth = writeTogether(db, statements(db, "d"));
    expect(calls.at(-1)!.sql).toEqual(["d"]);
    finish(2);
    expect(await fourth).toEqual(["result of d"]);
  });

  it(`keeps each batch within ${GROUP_STATEMENTS_MAX} statements, the rest following in arrival order`, async () => {
    const { db, calls, finish } = slowD1();
    const first = writeTogether(db, statements(db, "first"));
    const waiting = Array.from({ length: GROUP_STATEMENTS_MAX }, (_, n) =>
      writeTogether(db, statements(db, `w${n}`, `w${n}-audit`)),
    );
    finish(0);
    await settle();
    expect(calls[1]!.sql).toHaveLength(GROUP_STATEMENTS_MAX);
    finish(1);
    await settle();
    expect(calls[2]!.sql).toHaveLength(GROUP_STATEMENTS_MAX);
    expect([...calls[1]!.sql, ...calls[2]!.sql]).toEqual(
      Array.from({ length: GROUP_STATEMENTS_MAX }, (_, n) => [`w${n}`, `w${n}-audit`]).flat(),
    );
    finish(2);
    await first;
    expect(await Promise.all(waiting)).toHaveLength(GROUP_STATEMENTS_MAX);
  });

  it("gives up on a writer that never comes back: those waiting fail after the limit, and the next request writes at once", async () => {
    vi.useFakeTimers();
    const { db, calls, finish } = slowD1();
    void writeTogether(db, statements(db, "lost")).catch(() => {});
    const waiting = writeTogether(db, statements(db, "waiting"));
    const failed = expect(waiting).rejects.toThrow(`no writer within ${WAIT_LIMIT_MS} ms`);
    await vi.advanceTimersByTimeAsync(WAIT_LIMIT_MS);
    await failed;
    const next = writeTogether(db, statements(db, "next"));
    expect(calls.map((c) => c.sql)).toEqual([["lost"], ["next"]]);
    finish(1);
    expect(await next).toEqual(["result of next"]);
  });
});

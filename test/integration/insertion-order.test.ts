// Responses must carry no order of insertion: with a rowid, numbering a day's hotline
// responses by rowid and that day's audit entries by id paired each reference with
// its agent and a time. WITHOUT ROWID tables (migration 0005) are stored in key order,
// and the audit log keeps only the hour (src/db/audit.ts).
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { newReference } from "../../src/check/reference";
import { auditInsert } from "../../src/db/audit";
import { database } from "../../src/db/client";
import { insertResponse, replaceAnswers } from "../../src/db/responses";
import { answers as answerSet } from "../support/answers";

const db = () => database(env.DB);
// Today: a response can be changed only in its own week (src/db/responses.ts, isWeekClosed).
const DAY = new Date().toISOString().slice(0, 10);
const answers = (i: number) =>
  answerSet({
    has_kaspersky: "yes",
    products: i % 2 ? ["vpn", "password_manager"] : ["safe_kids"],
    installed_on: i % 3 ? ["windows", "mac"] : ["android"],
  });

/** What a reader gets back without ORDER BY, for these references. */
async function readBack(references: readonly string[]) {
  const list = references.map(() => "?").join(", ");
  const responses = await env.DB.prepare(`select reference from responses where day = ?`).bind(DAY).all<{ reference: string }>();
  const choices = await env.DB.prepare(`select reference, question, option from response_choices where reference in (${list})`)
    .bind(...references)
    .all();
  return { responses: responses.results.map((r) => r.reference), choices: choices.results };
}

/** Stores each reference, in the order given, with answers that depend on the code alone. */
async function insertInOrder(references: readonly string[]) {
  for (const reference of references) {
    const base = { channel: "hotline" as const, locale: "en", questionnaireVersion: 1, guidanceVersion: 1, day: DAY };
    expect(await insertResponse(db(), { reference, ...base, answers: answers(reference.charCodeAt(0)) })).toBe("stored");
  }
}

const remove = (references: readonly string[]) =>
  env.DB.prepare(`delete from responses where reference in (${references.map(() => "?").join(", ")})`)
    .bind(...references)
    .run();

describe("the order responses were stored in", () => {
  it("cannot be read: responses, their choices and the feedback counts have no rowid", async () => {
    for (const table of ["responses", "response_choices", "feedback_counts"]) {
      await expect(env.DB.prepare(`select rowid from ${table}`).all()).rejects.toThrow(/no such column: rowid/);
      await expect(env.DB.prepare(`select _rowid_, oid from ${table}`).all()).rejects.toThrow(/no such column/);
      const row = await env.DB.prepare("select sql from sqlite_master where type = 'table' and name = ?")
        .bind(table)
        .first<{ sql: string }>();
      expect(row?.sql).toMatch(/\)\s*WITHOUT ROWID$/);
    }
  });

  it("does not change what is read back: key order, whether stored forwards, backwards or edited", async () => {
    const references = Array.from({ length: 24 }, () => newReference());
    const sorted = [...references].sort();
    // Backwards first: in insertion order a reader would see them reversed.
    const backwards = [...sorted].reverse();
    await insertInOrder(backwards);
    const first = await readBack(references);
    expect(first.responses).toEqual(sorted);
    // Same data, stored in the opposite order: the same bytes come back.
    await remove(references);
    await insertInOrder(sorted);
    expect(await readBack(references)).toEqual(first);
    // An edit deletes and re-inserts the choices of one reference: nothing shows which.
    const edited = sorted[7]!;
    const change = {
      reference: edited,
      day: DAY,
      locale: "en",
      answers: answers(0),
      questionnaireVersion: 1,
      guidanceVersion: 1,
    };
    expect(await replaceAnswers(db(), change)).toBe(true);
    const after = await readBack(references);
    expect(after.responses).toEqual(sorted);
    const keyOrder = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify([r.reference, r.question, r.option]));
    const indexOrder = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify([r.question, r.option, r.reference]));
    // Whichever of the key or the (question, option) index the reader scans, rows come sorted by it.
    const ordered = (keys: string[]) => keys.join("\n") === [...keys].sort().join("\n");
    expect(ordered(keyOrder(after.choices)) || ordered(indexOrder(after.choices))).toBe(true);
    await remove(references);
  });
});

describe("the time of an audit entry", () => {
  it("is kept to the hour", async () => {
    await auditInsert(
      db(),
      { staff: "a@x.test", role: "agent", action: "hotline.check.created" },
      new Date("2026-12-02T13:45:12.345Z"),
    );
    const row = await env.DB.prepare("select at from audit_log order by id desc limit 1").first<{ at: string }>();
    expect(row).toEqual({ at: "2026-12-02T13:00Z" });
  });

  it("is refused by the database when it says more than the hour", async () => {
    const insert = env.DB.prepare(
      "insert into audit_log (staff, role, action, at) values ('a@x.test', 'agent', 'hotline.check.created', ?)",
    );
    for (const at of ["2026-12-02T13:45:12.345Z", "2026-12-02T13:45Z", "2026-12-02 13:00"]) {
      await expect(insert.bind(at).run(), at).rejects.toThrow(/CHECK constraint failed/);
    }
    await insert.bind("2026-12-02T13:00Z").run();
  });
});

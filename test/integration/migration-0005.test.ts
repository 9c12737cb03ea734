// Migration 0005 rebuilds `responses` and `response_choices` WITHOUT ROWID and
// keeps audit times to the hour. D1 enforces foreign keys, so dropping `responses`
// while `response_choices` references it would cascade-delete every choice: this
// applies 0000-0004 to an empty database, stores data, applies 0005 and checks
// that every row, key, index, trigger and cascade is still there.
import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const DB = () => env.MIGRATION_TEST_DB;
const before = env.TEST_MIGRATIONS.filter((m) => m.name < "0005");
const all = env.TEST_MIGRATIONS;

const rows = async (sql: string) => (await DB().prepare(sql).all()).results;

describe("migration 0005 (responses and choices WITHOUT ROWID, audit times to the hour)", () => {
  it("keeps every response, choice, purged code and audit entry, and the constraints that guard them", async () => {
    await applyD1Migrations(DB(), before);
    const insertResponse =
      "insert into responses (reference, channel, locale, questionnaire_version, guidance_version, day, respondent, outcome) values (?, ?, 'en', 1, 1, ?, 'household', ?)";
    await DB().batch([
      DB().prepare(insertResponse).bind("KX7P4M2Q", "web", "2026-11-20", null),
      DB().prepare(insertResponse).bind("B3CDEFGH", "hotline", "2026-11-21", "not_affected"),
      DB().prepare(
        "insert into response_choices values ('KX7P4M2Q', 'products', 'vpn'), ('KX7P4M2Q', 'platforms', 'mac'), ('B3CDEFGH', 'platforms', 'windows')",
      ),
      DB().prepare("insert into purged_references values ('PURGED22')"),
      DB().prepare(
        "insert into audit_log (staff, role, action, detail, at) values ('a@x.test', 'agent', 'hotline.check.created', null, '2026-11-21T09:41:07.123Z'), ('b@x.test', 'analyst', 'stats.queried', '{}', '2026-11-21T17:05:00.000Z')",
      ),
    ]);
    const responsesBefore = await rows("select * from responses order by reference");
    const choicesBefore = await rows("select * from response_choices order by reference, question, option");

    await applyD1Migrations(DB(), all);

    // Every column 0005 saw keeps its value (a later migration may add columns, which these rows leave empty).
    expect(await rows("select * from responses order by reference")).toEqual(
      responsesBefore.map((row) => expect.objectContaining(row)),
    );
    expect(await rows("select * from response_choices order by reference, question, option")).toEqual(choicesBefore);
    expect(await rows("select * from purged_references")).toEqual([{ reference: "PURGED22" }]);
    expect(await rows("select id, staff, at from audit_log order by id")).toEqual([
      { id: 1, staff: "a@x.test", at: "2026-11-21T09:00Z" },
      { id: 2, staff: "b@x.test", at: "2026-11-21T17:00Z" },
    ]);
    // Ids carry on from where they were (AUTOINCREMENT's counter survived the rebuild).
    await DB()
      .prepare(
        "insert into audit_log (staff, role, action, at) values ('c@x.test', 'agent', 'hotline.check.reopened', '2026-11-22T08:00Z')",
      )
      .run();
    expect(await rows("select max(id) as id from audit_log")).toEqual([{ id: 3 }]);

    for (const table of ["responses", "response_choices"]) {
      const { sql } = (await DB().prepare("select sql from sqlite_master where name = ?").bind(table).first<{ sql: string }>())!;
      expect(sql).toMatch(/\)\s*WITHOUT ROWID$/);
    }
    expect(
      (await rows("select name from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name")).map(
        (r) => r.name,
      ),
    ).toEqual(["response_choices_question_option", "responses_day"]);
    const insert = DB().prepare(insertResponse);
    // The CHECKs still hold, and a purged code is still never reused (trigger from 0003).
    await expect(insert.bind("SHORT", "web", "2026-11-22", null).run()).rejects.toThrow(/CHECK constraint failed/);
    await expect(insert.bind("C3CDEFGH", "web", "2026-11-22 10:00", null).run()).rejects.toThrow(/CHECK constraint failed/);
    await expect(insert.bind("PURGED22", "web", "2026-11-22", null).run()).rejects.toThrow(/reference was purged/);
    // Choices still need their response, and still go with it.
    await expect(DB().prepare("insert into response_choices values ('NOSUCH22', 'platforms', 'mac')").run()).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await DB().prepare("delete from responses where reference = 'KX7P4M2Q'").run();
    expect(await rows("select reference from response_choices")).toEqual([{ reference: "B3CDEFGH" }]);
  });
});

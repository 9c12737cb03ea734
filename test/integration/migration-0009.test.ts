// Migration 0009 admits the phone line's channel `ivr` to the CHECK on
// `responses.channel`, which SQLite can only change by rebuilding the table (and
// `response_choices` with it, as 0005 did: D1 enforces foreign keys, so dropping
// `responses` while choices reference it would cascade-delete them). This applies
// every migration before 0009 to an empty database, stores data, applies 0009 and
// checks that every row, key, index, trigger and cascade is still there.
import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const DB = () => env.MIGRATION_TEST_DB;
const before = env.TEST_MIGRATIONS.filter((m) => m.name < "0009");
const all = env.TEST_MIGRATIONS;

const rows = async (sql: string) => (await DB().prepare(sql).all()).results;

describe("migration 0009 (the ivr channel)", () => {
  it("keeps every response and choice, admits ivr and nothing else new, and keeps the constraints", async () => {
    await applyD1Migrations(DB(), before);
    const insertResponse =
      "insert into responses (reference, channel, locale, questionnaire_version, guidance_version, day, respondent, outcome, record_key) values (?, ?, 'en', 2, 2, ?, 'household', ?, 12345)";
    await expect(DB().prepare(insertResponse).bind("IVRBEFOR", "ivr", "2026-11-20", null).run()).rejects.toThrow(
      /CHECK constraint failed/,
    );
    await DB().batch([
      DB().prepare(insertResponse).bind("KX7P4M2Q", "web", "2026-11-20", null),
      DB().prepare(insertResponse).bind("B3CDEFGH", "hotline", "2026-11-21", "not_affected"),
      DB().prepare(
        "insert into response_choices values ('KX7P4M2Q', 'products', 'vpn'), ('KX7P4M2Q', 'platforms', 'mac'), ('B3CDEFGH', 'platforms', 'windows')",
      ),
      DB().prepare("insert into purged_references values ('PURGED22')"),
    ]);
    const responsesBefore = await rows("select * from responses order by reference");
    const choicesBefore = await rows("select * from response_choices order by reference, question, option");

    await applyD1Migrations(DB(), all);

    expect(await rows("select * from responses order by reference")).toEqual(
      responsesBefore.map((row) => expect.objectContaining(row)),
    );
    expect(await rows("select * from response_choices order by reference, question, option")).toEqual(choicesBefore);
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
    await insert.bind("IVRAFTER", "ivr", "2026-11-22", null).run();
    await expect(insert.bind("FAXAFTER", "fax", "2026-11-22", null).run()).rejects.toThrow(/CHECK constraint failed/);
    await expect(insert.bind("SHORT", "web", "2026-11-22", null).run()).rejects.toThrow(/CHECK constraint failed/);
    await expect(insert.bind("PURGED22", "web", "2026-11-22", null).run()).rejects.toThrow(/reference was purged/);
    await expect(DB().prepare("insert into response_choices values ('NOSUCH22', 'platforms', 'mac')").run()).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await DB().prepare("delete from responses where reference = 'KX7P4M2Q'").run();
    expect(await rows("select reference from response_choices")).toEqual([{ reference: "B3CDEFGH" }]);
  });
});

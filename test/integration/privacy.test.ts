import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { GUIDANCE_VERSION } from "../../src/check/guidance/rules";
import { QUESTIONNAIRE_VERSION, QUESTIONS, SINGLE_CHOICE_IDS } from "../../src/check/questionnaire";
import { DIMENSIONS, isDimensionName } from "../../src/stats/dimensions";
import { answers } from "../support/answers";
import { Browser, foldPending, hiddenFields, postJson } from "./helpers";
import { callAndAnswer } from "./ivr-phone";

/**
 * Every column a response table may have. A new column must be added here on
 * purpose, after a privacy review; only the answer columns come from the
 * registry: one per single-choice question, which holds an option id by
 * construction (checked below), never anything typed.
 */
const RECORD_COLUMNS = [
  "reference",
  "channel",
  "locale",
  "questionnaire_version",
  "guidance_version",
  "day",
  "outcome",
  "record_key",
];
const RESPONSE_COLUMNS: Record<string, string[]> = {
  responses: [...RECORD_COLUMNS, ...SINGLE_CHOICE_IDS],
  response_choices: ["reference", "question", "option"],
};
/**
 * The counts analysts read: enumerated dimension names and values, a channel, a
 * week (its Monday) or a day, and a number. No reference code, no time of day,
 * nothing typed: a new column must be added here on purpose, after a privacy review.
 */
const COUNT_COLUMNS: Record<string, string[]> = {
  weekly_counts: ["week", "channel", "dim_a", "value_a", "dim_b", "value_b", "responses", "key_sum"],
  daily_counts: ["day", "channel", "dim", "value", "responses", "key_sum"],
};
/**
 * "Was this useful?": a day, the result's kind, the language, the answer, a count
 * and a sum of random keys (for the counts' noise). No reference, no time, nothing typed.
 */
const FEEDBACK_COLUMNS: Record<string, string[]> = {
  feedback_counts: ["day", "kind", "locale", "answer", "answers", "key_sum"],
};
/** What the retention purge keeps of a deleted response: its bare reference code, nothing else. */
const PURGED_COLUMNS: Record<string, string[]> = { purged_references: ["reference"] };
/** Since which week each dimension is counted: a dimension name and a Monday, nothing about anyone. */
const COVERAGE_COLUMNS: Record<string, string[]> = { dimension_coverage: ["dim", "first_week"] };
/**
 * The write path (src/db/pending.ts): a check waiting to be folded (its reference, its day
 * and the check as JSON, whose keys are pinned below) and queue messages given up on (a
 * random message id and the message: a check as pending holds it, references, or an audit row).
 */
const WRITE_PATH_COLUMNS: Record<string, string[]> = {
  pending_responses: ["reference", "day", "response"],
  dead_letters: ["id", "body"],
};
/** The keys of a pending check's JSON: the record's own fields and the answers, by question id. */
const PENDING_KEYS = ["answers", "channel", "day", "guidanceVersion", "locale", "questionnaireVersion", "recordKey"];
/** The staff audit log names staff and times, so it must never name a response or its answers. */
const AUDIT_COLUMNS = ["id", "staff", "role", "action", "detail", "at"];
const INTERNAL_TABLES = /^(sqlite_|_cf_|d1_migrations$)/;
const FORBIDDEN_NAME = /ip|addr|agent|ua$|cookie|time|created|updated|name|email|phone|text|note|comment|agent_id|staff/i;

const MARKERS = {
  ip: "203.0.113.77",
  userAgent: "PrivacyProbe/9.9 (marker-UA)",
  freeText: "Ada Lovelace, 555-0100, ada@example.org",
};

async function tables(): Promise<string[]> {
  const { results } = await env.DB.prepare("select name from sqlite_master where type = 'table'").all<{ name: string }>();
  return results.map((r) => r.name).filter((name) => !INTERNAL_TABLES.test(name));
}

async function dumpAll(): Promise<string> {
  const rows: unknown[] = [];
  for (const table of await tables()) rows.push((await env.DB.prepare(`select * from "${table}"`).all()).results);
  return JSON.stringify(rows);
}

describe("privacy of stored responses", () => {
  it("has no table or column that could hold an IP, user agent, free text, identity or time of day", async () => {
    const allowList = {
      ...RESPONSE_COLUMNS,
      ...COUNT_COLUMNS,
      ...PURGED_COLUMNS,
      ...COVERAGE_COLUMNS,
      ...WRITE_PATH_COLUMNS,
      ...FEEDBACK_COLUMNS,
    };
    expect((await tables()).sort()).toEqual([...Object.keys(allowList), "audit_log"].sort());
    for (const [table, allowed] of Object.entries(allowList)) {
      const { results } = await env.DB.prepare(`pragma table_info("${table}")`).all<{ name: string }>();
      const columns = results.map((c) => c.name);
      expect(columns.sort()).toEqual([...allowed].sort());
      for (const column of columns) expect(column).not.toMatch(FORBIDDEN_NAME);
    }
    const { results } = await env.DB.prepare(`pragma table_info("audit_log")`).all<{ name: string }>();
    expect(results.map((c) => c.name).sort()).toEqual([...AUDIT_COLUMNS].sort());
    for (const question of QUESTIONS) expect(AUDIT_COLUMNS).not.toContain(question.id);
  });

  it("refuses, at the database, a day that carries a time", async () => {
    const insert = env.DB.prepare(
      "insert into responses (reference, channel, locale, questionnaire_version, guidance_version, day) values (?, 'web', 'en', 1, 1, ?)",
    );
    await expect(insert.bind("TTTTTTTT", "2026-11-22T13:45:00Z").run()).rejects.toThrow(/CHECK constraint failed/);
    await expect(insert.bind("TTTTTTTT", "2026-11-22 13:45").run()).rejects.toThrow(/CHECK constraint failed/);
  });

  it("stores nothing about the person: not their IP, user agent or anything they typed", async () => {
    const identifying = {
      "user-agent": MARKERS.userAgent,
      "cf-connecting-ip": MARKERS.ip,
      "x-forwarded-for": MARKERS.ip,
      "x-real-ip": MARKERS.ip,
      referer: `https://search.example/?q=${encodeURIComponent(MARKERS.freeText)}`,
    };
    // The web form, with an extra free-text field slipped into every post.
    const browser = new Browser();
    const smallBusiness = answers({
      respondent: "small_business",
      has_kaspersky: "yes",
      products: ["endpoint", "password_manager"],
      installed_on: ["windows"],
      devices: "10_49",
      ultraav: "no",
      embedded: "yes",
      state: "VT",
    });
    for (const [question, value] of Object.entries(smallBusiness)) {
      await browser.post(`/check/${question}`, { [question]: value, name: MARKERS.freeText }, identifying);
    }
    const summary = await (await browser.get("/check/answers")).text();
    const fields = hiddenFields(summary);
    const reference = fields.reference!;
    const web = await browser.post("/check/answers", { ...fields, comment: MARKERS.freeText }, identifying);
    expect(web.status).toBe(303);
    // The API, with identifying headers.
    const api = await postJson("/api/v1/checks", { answers: answers({ has_kaspersky: "no" }) }, identifying);
    expect(api.status).toBe(201);

    // While pending (before the queue consumer folds them): the check's JSON holds only the pinned keys.
    const { results: pending } = await env.DB.prepare("select response from pending_responses").all<{ response: string }>();
    expect(pending).toHaveLength(2);
    for (const { response } of pending) {
      const check = JSON.parse(response) as Record<string, unknown>;
      expect(Object.keys(check).sort()).toEqual(PENDING_KEYS);
      for (const [question, option] of Object.entries(check.answers as Record<string, string | string[]>)) {
        const offered = QUESTIONS.find((q) => q.id === question)!.options.map((o) => o.id as string);
        for (const one of [option].flat()) expect(offered).toContain(one);
      }
    }
    for (const marker of [MARKERS.ip, MARKERS.userAgent, "PrivacyProbe", "Lovelace", "555-0100", "example.org"]) {
      expect(await dumpAll()).not.toContain(marker);
    }
    await foldPending();
    const everything = await dumpAll();
    for (const marker of [MARKERS.ip, MARKERS.userAgent, "PrivacyProbe", "Lovelace", "555-0100", "example.org"]) {
      expect(everything).not.toContain(marker);
    }

    const row = await env.DB.prepare("select * from responses where reference = ?")
      .bind(reference)
      .first<Record<string, unknown>>();
    // The record's own columns, and in each answer column the option sent or nothing (a question not asked).
    expect(row).toEqual({
      reference,
      channel: "web",
      locale: "en",
      questionnaire_version: QUESTIONNAIRE_VERSION,
      guidance_version: GUIDANCE_VERSION,
      day: new Date().toISOString().slice(0, 10),
      outcome: null,
      // Random, for the counts' noise (src/stats/cell-key.ts): never shown, nothing about the person.
      record_key: expect.any(Number),
      ...Object.fromEntries(SINGLE_CHOICE_IDS.map((id) => [id, smallBusiness[id] ?? null])),
    });
    expect(row).toMatchObject({ respondent: "small_business", sector: null, devices: "10_49", embedded: "yes", state: "VT" });
    // Every stored answer column holds an option id from the questionnaire: nothing free-form.
    for (const id of SINGLE_CHOICE_IDS) {
      if (row![id] !== null)
        expect(
          QUESTIONS.find((q) => q.id === id)!.options.map((o) => o.id as string),
          id,
        ).toContain(row![id]);
    }
    // Every stored answer is an option id from the questionnaire: nothing free-form.
    const { results: choices } = await env.DB.prepare("select question, option from response_choices").all<{
      question: string;
      option: string;
    }>();
    expect(choices.length).toBeGreaterThan(0);
    for (const { question, option } of choices) {
      expect(QUESTIONS.find((q) => q.id === question)?.options.map((o) => o.id)).toContain(option);
    }
    // The counts hold enumerated dimensions and values and a Monday: never a reference or anything typed.
    const counts = await env.DB.prepare("select week, dim_a, value_a, dim_b, value_b from weekly_counts").all<
      Record<string, string>
    >();
    expect(counts.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(counts.results)).not.toContain(reference);
    for (const { week, dim_a, value_a, dim_b, value_b } of counts.results) {
      expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1);
      for (const [dim, value] of [
        [dim_a!, value_a!],
        [dim_b!, value_b!],
      ] as const) {
        if (dim === "") continue;
        expect(isDimensionName(dim) && DIMENSIONS[dim].values).toContain(value);
      }
    }
  });

  it("stores nothing of a phone caller: not their number, the call's id or anything else Twilio sends", async () => {
    const caller = await callAndAnswer(answers({ has_kaspersky: "not_sure", state: "OH" }), "es", "+16145550142");
    await caller.press("0");
    // Searched while the check waits in pending_responses, and again once folded into responses.
    const whilePending = await dumpAll();
    await foldPending();
    const everything = whilePending + (await dumpAll());
    for (const marker of ["6145550142", "CA1234567890abcdef", "AC0000000000", "SPRINGFIELD", "62701", "18005550199"]) {
      expect(everything).not.toContain(marker);
    }
    const { results } = await env.DB.prepare("select channel, locale, state from responses where channel = 'ivr'").all();
    expect(results).toContainEqual({ channel: "ivr", locale: "es", state: "OH" });
  });

  it("refuses, at the database, counts by anything but a calendar day or week", async () => {
    const weekly = env.DB.prepare("insert into weekly_counts values (?, 'web', '', '', '', '', 1, 0)");
    await expect(weekly.bind("2026-11-16T09:00").run()).rejects.toThrow(/CHECK constraint failed/);
    const daily = env.DB.prepare("insert into daily_counts values (?, 'web', '', '', 1, 0)");
    await expect(daily.bind("2026-11-16 09:00").run()).rejects.toThrow(/CHECK constraint failed/);
  });

  it('stores a "Was this useful?" answer as one more in a daily count, and nothing else: no reference, time, IP or text', async () => {
    const identifying = {
      "user-agent": MARKERS.userAgent,
      "cf-connecting-ip": MARKERS.ip,
      referer: `https://search.example/?q=${encodeURIComponent(MARKERS.freeText)}`,
    };
    const created = await postJson("/api/v1/checks", { answers: answers({ has_kaspersky: "no" }) });
    const { reference } = await created.json<{ reference: string }>();
    const before = await tableContents();

    const browser = new Browser(identifying);
    const sent = await browser.post(`/result/${reference}/feedback`, { answer: "no", comment: MARKERS.freeText, reference });
    expect(sent.status).toBe(303);

    const after = await tableContents();
    // Every table but feedback_counts is exactly as it was; there, one row more, holding only these values.
    for (const table of Object.keys(after)) {
      if (table !== "feedback_counts") expect(after[table], table).toEqual(before[table]);
    }
    expect(before.feedback_counts).toEqual([]);
    expect(after.feedback_counts).toEqual([
      {
        day: new Date().toISOString().slice(0, 10),
        kind: "nothing_to_do",
        locale: "en",
        answer: "no",
        answers: 1,
        // Random, for the counts' noise: never shown, nothing about the person.
        key_sum: expect.any(Number),
      },
    ]);
    const stored = JSON.stringify(after.feedback_counts);
    for (const marker of [reference, MARKERS.ip, MARKERS.userAgent, "Lovelace", "search.example"]) {
      expect(stored).not.toContain(marker);
    }
    // The day is a calendar day: the database refuses a time of day.
    const insert = env.DB.prepare("insert into feedback_counts values (?, 'to_do', 'en', 'yes', 1, 0)");
    await expect(insert.bind("2026-11-16T09:00").run()).rejects.toThrow(/CHECK constraint failed/);
  });
});

/** Every table's rows (in storage order: key order for WITHOUT ROWID tables), by table name. */
async function tableContents(): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of await tables()) {
    contents[table] = (await env.DB.prepare(`select * from "${table}"`).all()).results;
  }
  return contents;
}

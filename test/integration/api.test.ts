import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { GUIDANCE_VERSION } from "../../src/check/guidance/rules";
import { QUESTIONNAIRE_VERSION, QUESTIONS, optionIds } from "../../src/check/questionnaire";
import { catalogFor, optionLabel, questionWords } from "../../src/i18n";
import { answers as answerSet } from "../support/answers";
import { ORIGIN, get, postJson } from "./helpers";

const answers = answerSet({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"], state: "OH" });

describe("GET /api/v1/questionnaire", () => {
  it("lists every question with stable ids, kinds, labels, options and branching", async () => {
    const res = await get("/api/v1/questionnaire?lang=en");
    expect(res.status).toBe(200);
    const body = await res.json<{
      version: number;
      questions: { id: string; kind: string; label: string; appliesWhen: unknown; options: { id: string; label: string }[] }[];
    }>();
    expect(body.version).toBe(QUESTIONNAIRE_VERSION);
    // Every registry question, in the order asked, with its kind, branching and options; and none other.
    const catalog = catalogFor("en");
    expect(
      body.questions.map(({ id, kind, label, appliesWhen, options }) => ({
        id,
        kind,
        label,
        appliesWhen,
        options: options.map((o) => [o.id, o.label]),
      })),
    ).toEqual(
      QUESTIONS.map((q) => ({
        id: q.id,
        kind: q.kind,
        label: questionWords(catalog, q.id).title,
        appliesWhen: q.when ?? null,
        options: optionIds(q.id).map((o) => [o, optionLabel(catalog, q.id, o)]),
      })),
    );
    // The ids are public and stable: the ones published so far are all still there, in the same order. The one
    // exception: questionnaire 3 replaced "platforms" (the devices used) with "installed_on" (README, Counts for analysts).
    const published = [
      "respondent",
      "sector",
      "has_kaspersky",
      "products",
      "installed_on",
      "devices",
      "ultraav",
      "embedded",
      "state",
    ];
    expect(body.questions.map((q) => q.id).filter((id) => published.includes(id))).toEqual(published);
    const sector = body.questions.find((q) => q.id === "sector")!;
    expect(sector.kind).toBe("single");
    expect(sector.appliesWhen).toEqual({ respondent: ["critical_infrastructure"] });
    expect(sector.options).toHaveLength(16);
    expect(body.questions.find((q) => q.id === "products")!.kind).toBe("multiple");
    expect(body.questions[0]!.label).toBe("Who are you answering for?");
  });

  it("refuses a language it does not have, saying which it has", async () => {
    const res = await get("/api/v1/questionnaire?lang=fr");
    expect(res.status).toBe(400);
    expect((await res.json<{ error: { message: string } }>()).error.message).toMatch(
      /lang "fr" is not supported; use one of: en/,
    );
  });
});

describe("POST /api/v1/checks", () => {
  it("stores the check and returns 201 with the reference and the guidance", async () => {
    const res = await postJson("/api/v1/checks", { answers, lang: "en" });
    expect(res.status).toBe(201);
    const body = await res.json<{
      reference: string;
      guidance: { version: number; steps: { id: string; title: string; body: unknown[]; why: string }[] };
    }>();
    expect(body.reference).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
    expect(res.headers.get("location")).toBe(`/api/v1/checks/${body.reference}`);
    expect(body.guidance.version).toBe(GUIDANCE_VERSION);
    // Password Manager alone: it loses security fixes (it never scanned for threats).
    expect(body.guidance.steps[0]).toMatchObject({
      id: "no_security_fixes",
      title: "Your Kaspersky apps no longer get security fixes",
    });
    expect(body.guidance.steps.map((s) => s.id)).toContain("export_passwords");
    const row = await env.DB.prepare("select channel, respondent, state from responses where reference = ?")
      .bind(body.reference)
      .first();
    expect(row).toEqual({ channel: "api", respondent: "household", state: "OH" });
  });

  it("returns the same guidance when the reference is read back, and 404 JSON for an unknown one", async () => {
    const created = await (await postJson("/api/v1/checks", { answers })).json<{ reference: string; guidance: unknown }>();
    const res = await get(`/api/v1/checks/${created.reference}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
    const missing = await get("/api/v1/checks/ZZZZZZZZ");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { status: 404, message: "No check has that reference code" } });
  });

  it.each([
    ["malformed JSON", 400, '{"answers":', /not valid JSON/],
    ["a body that is not an object", 400, "[1,2]", /must be an object/],
    ["answers of the wrong type", 400, { answers: "yes" }, /answers/],
    ["an unknown top-level field", 400, { answers, name: "Ada Lovelace" }, /name/],
    ["an unsupported language", 400, { answers, lang: "xx" }, /lang "xx"/],
    ["an unknown question", 422, { answers: { ...answers, phone: "555-0100" } }, /fit the questionnaire/],
    ["an unknown option", 422, { answers: { ...answers, ultraav: "perhaps" } }, /fit the questionnaire/],
    ["an answer the branching skips", 422, { answers: { ...answers, sector: "energy" } }, /fit the questionnaire/],
    ["a missing required answer", 422, { answers: { respondent: "household" } }, /fit the questionnaire/],
  ])("refuses %s with %i and a message", async (_, status, body, message) => {
    const before = await env.DB.prepare("select count(*) as n from responses").first<{ n: number }>();
    const res = await postJson("/api/v1/checks", body);
    expect(res.status).toBe(status);
    expect((await res.json<{ error: { message: string } }>()).error.message).toMatch(message);
    const after = await env.DB.prepare("select count(*) as n from responses").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it("names each problem with the question it is about", async () => {
    const res = await postJson("/api/v1/checks", { answers: { ...answers, has_kaspersky: "no" } });
    const body = await res.json<{ error: { problems: { question: string; code: string; message: string }[] } }>();
    expect(body.error.problems).toEqual([
      {
        question: "products",
        code: "not_applicable",
        message: 'products: does not apply unless has_kaspersky is "yes" or "removed"',
      },
      {
        question: "installed_on",
        code: "not_applicable",
        message: 'installed_on: does not apply unless has_kaspersky is "yes" or "removed"',
      },
    ]);
  });

  it("refuses a body that is not JSON with 415, a cross-site form with 403, and an oversized body with 413", async () => {
    const text = await postJson("/api/v1/checks", JSON.stringify({ answers }), { "content-type": "text/plain", origin: ORIGIN });
    expect(text.status).toBe(415);
    const crossSite = await postJson("/api/v1/checks", JSON.stringify({ answers }), {
      "content-type": "text/plain",
      origin: "https://elsewhere.example",
    });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json<{ error: { message: string } }>()).error.message).toMatch(/another website/);
    const huge = await postJson("/api/v1/checks", { answers, padding: "x".repeat(20_000) });
    expect(huge.status).toBe(413);
    expect((await huge.json<{ error: { message: string } }>()).error.message).toMatch(/larger than/);
  });

  it("answers unknown API routes with 404 JSON", async () => {
    const res = await get("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });
});

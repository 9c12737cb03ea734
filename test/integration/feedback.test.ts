import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { perturb } from "../../src/stats/cell-key";
import { answers as answerSet } from "../support/answers";
import { Browser, clientAddress, get, postJson } from "./helpers";
import { inOneLimiterWindow } from "./limiter-window";
import { analystHeaders } from "./staff-tokens";

const today = () => new Date().toISOString().slice(0, 10);

/** A stored check through the API: a result with tasks (Kaspersky on Windows) or with nothing to do. */
async function check(kind: "to_do" | "nothing_to_do", lang: "en" | "es" = "en"): Promise<string> {
  const answers =
    kind === "to_do"
      ? answerSet({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"] })
      : answerSet({ has_kaspersky: "no" });
  const res = await postJson("/api/v1/checks", { answers, lang });
  expect(res.status).toBe(201);
  return (await res.json<{ reference: string }>()).reference;
}

async function feedbackRows() {
  const { results } = await env.DB.prepare("select * from feedback_counts order by day, kind, locale, answer").all();
  return results;
}

describe('"Was this useful?" on results', () => {
  // The tests of a file share one database: each starts with no feedback counted.
  beforeEach(async () => {
    await env.DB.prepare("delete from feedback_counts").run();
  });

  it("asks under every result, counts a Yes once in today's cell for the result's kind and language, then thanks", async () => {
    const reference = await check("to_do");
    const browser = new Browser();
    const page = await (await browser.get(`/result/${reference}`)).text();
    expect(page).toContain("Was this useful?");
    expect(page).toContain(`action="/result/${reference}/feedback"`);
    expect(page).toMatch(/<button[^>]*name="answer" value="yes"/);

    const sent = await browser.post(`/result/${reference}/feedback`, { answer: "yes" });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/result/${reference}?feedback=sent#feedback`);
    expect(await feedbackRows()).toEqual([
      { day: today(), kind: "to_do", locale: "en", answer: "yes", answers: 1, key_sum: expect.any(Number) },
    ]);

    const thanked = await (await browser.get(`/result/${reference}?feedback=sent`)).text();
    expect(thanked).toContain("Thank you for your feedback.");
    expect(thanked).not.toContain('name="answer"');
  });

  it("adds up answers in one cell and tells a result with nothing to do apart, in the language it was shown in", async () => {
    const nothing = await check("nothing_to_do", "es");
    for (const answer of ["no", "no", "yes"]) {
      expect((await new Browser().post(`/result/${nothing}/feedback`, { answer })).status).toBe(303);
    }
    const rows = await feedbackRows();
    expect(rows.map(({ kind, locale, answer, answers }) => ({ kind, locale, answer, answers }))).toEqual([
      { kind: "nothing_to_do", locale: "es", answer: "no", answers: 2 },
      { kind: "nothing_to_do", locale: "es", answer: "yes", answers: 1 },
    ]);
    const spanish = await (await get(`/result/${nothing}`)).text();
    expect(spanish).toContain("¿Le resultó útil?");
  });

  it("counts nothing for an answer that is not Yes or No, an unknown reference, or a form from another site", async () => {
    const reference = await check("to_do");
    const odd = await new Browser().post(`/result/${reference}/feedback`, { answer: "maybe" });
    expect(odd.status).toBe(303);
    expect(odd.headers.get("location")).toBe(`/result/${reference}#feedback`);
    expect((await new Browser().post("/result/ZZZZZZZZ/feedback", { answer: "yes" })).status).toBe(404);
    const foreign = await new Browser().post(
      `/result/${reference}/feedback`,
      { answer: "yes" },
      { origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    expect(await feedbackRows()).toEqual([]);
  });

  it("refuses the 11th answer in a minute from one client with 429, counting only the first 10", async () => {
    const reference = await check("to_do");
    const refused = await inOneLimiterWindow(async () => {
      // A burst run again counts from nothing again.
      await env.DB.prepare("delete from feedback_counts").run();
      const browser = new Browser({ "cf-connecting-ip": clientAddress() });
      for (let i = 0; i < 10; i++)
        expect((await browser.post(`/result/${reference}/feedback`, { answer: "yes" })).status).toBe(303);
      return browser.post(`/result/${reference}/feedback`, { answer: "yes" });
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.text()).toContain("Too many answers from your connection");
    expect((await feedbackRows())[0]).toMatchObject({ answers: 10 });
  });

  it("shows analysts each cell perturbed as every count is: the cumulative cell up to the range's end, minus the one before it", async () => {
    // Two closed weeks of answers, written as the app writes them (one row a day, kind, language, answer).
    const rows = [
      ["2025-03-04", "to_do", "en", "yes", 40, 123456789],
      ["2025-03-05", "to_do", "en", "yes", 7, 987654321],
      ["2025-03-12", "to_do", "en", "yes", 3, 55555],
      ["2025-03-12", "nothing_to_do", "es", "no", 2, 424242],
    ] as const;
    for (const row of rows)
      await env.DB.prepare("insert into feedback_counts values (?, ?, ?, ?, ?, ?)")
        .bind(...row)
        .run();
    const page = await (
      await get("/analyst?from=2025-03-10&to=2025-03-16", { ...(await analystHeaders()), "sec-fetch-site": "same-origin" })
    ).text();
    const section = page.slice(page.indexOf('id="feedback-heading"'));
    const cells = [
      ...section.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g),
    ].map((m) => m.slice(1));
    const upTo = perturb({ count: 50, keys: 123456789 + 987654321 + 55555 });
    const before = perturb({ count: 47, keys: 123456789 + 987654321 });
    const nothing = perturb({ count: 2, keys: 424242 });
    expect(cells).toEqual([
      ["Something to do", "English", String(Math.max(0, upTo - before)), "0"],
      ["Something to do", "Español", "0", "0"],
      ["Nothing to do", "English", "0", "0"],
      ["Nothing to do", "Español", "0", String(nothing)],
    ]);
  });
});

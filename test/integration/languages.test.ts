import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { answers } from "../support/answers";
import { Browser, get, hiddenFields, location, postJson, texts } from "./helpers";

describe("languages", () => {
  it("switches a page to Spanish, keeps the place and answers, and stays in Spanish afterwards", async () => {
    const browser = new Browser();
    await browser.post("/check/respondent", { respondent: "household" });
    const english = await (await browser.get("/check/has_kaspersky?change=1")).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('href="/check/has_kaspersky?change=1&amp;lang=es" lang="es" hreflang="es">Español</a>');

    const spanish = await (await browser.get("/check/has_kaspersky?change=1&lang=es")).text();
    expect(spanish).toContain('<html lang="es">');
    expect(texts(spanish, "h1")).toEqual(["¿Tiene actualmente software de seguridad de Kaspersky?"]);
    // The next page, without ?lang, is still Spanish; the earlier answer is still there.
    const back = await (await browser.get("/check/respondent")).text();
    expect(back).toContain('<html lang="es">');
    expect(back).toMatch(/value="household" checked/);
    expect(back).toContain(">English</a>");
  });

  it("stores the language the check was taken in, and shows the result in it", async () => {
    const browser = new Browser();
    await browser.get("/?lang=es");
    const household = answers({ has_kaspersky: "no", state: "PR" });
    for (const [question, value] of Object.entries(household)) await browser.post(`/check/${question}`, { [question]: value });
    const summary = await (await browser.get("/check/answers")).text();
    expect(texts(summary, "h1")).toEqual(["Revise sus respuestas"]);
    const fields = hiddenFields(summary);
    const reference = fields.reference!;
    expect(location(await browser.post("/check/answers", fields))).toBe(`/result/${reference}`);
    const row = await env.DB.prepare("select locale from responses where reference = ?").bind(reference).first();
    expect(row).toEqual({ locale: "es" });
    // A new visitor with no language chosen sees it in Spanish, and can switch to English.
    const result = await (await get(`/result/${reference}`)).text();
    expect(result).toContain('<html lang="es">');
    expect(texts(result, "h3")).toContain("Parece que esto no le afecta");
    const inEnglish = await (await get(`/result/${reference}?lang=en`)).text();
    expect(texts(inEnglish, "h3")).toContain("You do not seem to be affected");
  });

  it("links the other language to a path on this site, never to another host", async () => {
    // "//host/x" in an href is protocol-relative: it would send the visitor to that host.
    for (const path of ["//evil.example/x", "/\\evil.example/x", "///evil.example/x?y=1"]) {
      const page = await (await get(path)).text();
      const href = /href="([^"]*)" lang="es"/.exec(page)?.[1];
      expect(href, path).toMatch(/^\/evil\.example\/x\?/);
      expect(new URL(href!.replaceAll("&amp;", "&"), "https://check.example/").host, path).toBe("check.example");
    }
  });

  it("speaks Spanish in the API when asked", async () => {
    const questionnaire = await (await get("/api/v1/questionnaire?lang=es")).json<{ questions: { label: string }[] }>();
    expect(questionnaire.questions[0]!.label).toBe("¿Para quién responde?");
    const res = await postJson("/api/v1/checks", {
      lang: "es",
      answers: answers({ has_kaspersky: "yes", products: ["vpn"], installed_on: ["ios"] }),
    });
    const body = await res.json<{ guidance: { locale: string; steps: { title: string; why: string }[] } }>();
    expect(body.guidance.locale).toBe("es");
    expect(body.guidance.steps[0]!.title).toBe("Sus aplicaciones de Kaspersky ya no reciben correcciones de seguridad");
    expect(body.guidance.steps[0]!.why).toContain("29 de septiembre de 2024");
  });
});

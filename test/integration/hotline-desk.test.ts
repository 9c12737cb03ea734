import { describe, expect, it } from "vitest";
import { Browser, texts } from "./helpers";
import { AGENT_HEADERS } from "./staff-tokens";

describe("the hotline desk for a live call", () => {
  it("puts the caller's reference lookup before the questions", async () => {
    const html = await (await new Browser(AGENT_HEADERS).get("/hotline")).text();
    expect(html.indexOf('action="/hotline/open"')).toBeGreaterThan(0);
    expect(html.indexOf('action="/hotline/open"')).toBeLessThan(html.indexOf("data-hotline-form"));
    expect(html).toContain('class="site-main site-container site-container--wide"');
    expect(html).toContain('<div class="hotline-questions">');
  });

  it("refuses an unknown code with an error summary, Error: in the title, and the typed code kept", async () => {
    const res = await new Browser(AGENT_HEADERS).get("/hotline/open?reference=zzzz-zzzz");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(texts(html, "title")[0]).toMatch(/^Error: /);
    expect(html).toContain('<a class="usa-link" href="#reference">No check has the reference code zzzz-zzzz</a>');
    expect(html).toMatch(/id="reference" name="reference" value="zzzz-zzzz"/);
    // The summary comes first in the page's main content, before the heading.
    expect(html.indexOf("usa-alert--error")).toBeLessThan(html.indexOf("<h1>"));
  });

  it("has every question and option in both languages, each marked with its language", async () => {
    const html = await (await new Browser(AGENT_HEADERS).get("/hotline")).text();
    expect(html).toContain('<span class="in-lang" lang="en">Do you have Kaspersky security software now?</span>');
    expect(html).toContain('<span class="in-lang" lang="es">¿Tiene actualmente software de seguridad de Kaspersky?</span>');
    expect(html).toContain('<span class="in-lang" lang="es">Computadoras con Windows</span>');
  });

  it("words the state list in the caller's language, with every wording kept for the script to switch to", async () => {
    const desk = new Browser(AGENT_HEADERS);
    const english = await (await desk.get("/hotline")).text();
    expect(english).toContain(
      '<option value="NY" lang="en" data-label-en="New York" data-label-es="Nueva York">New York</option>',
    );
    // "Update questions" (no JavaScript) with a Spanish-speaking caller: the page stays English, the list does not.
    const updated = await desk.post("/hotline", { caller_lang: "es", respondent: "household", action: "refresh" });
    expect(updated.status).toBe(200);
    const spanish = await updated.text();
    expect(spanish).toContain('<html lang="en">');
    expect(spanish).toContain(
      '<option value="NY" lang="es" data-label-en="New York" data-label-es="Nueva York">Nueva York</option>',
    );
  });
});

/**
 * How the result page and the hotline script present a result: facts as
 * panels, tasks as the only numbered list, contacts apart, headings in order,
 * and a notice when the stored check was made under older advice.
 */
import { describe, expect, it } from "vitest";
import { guidance } from "../../src/check/guidance";
import { catalogFor, fill } from "../../src/i18n";
import { HotlineScriptPage } from "../../src/ui/pages/hotline-script";
import { ResultPage } from "../../src/ui/pages/result";
import { answers } from "../support/answers";

const page = { locale: "en" as const, catalog: catalogFor("en"), otherLanguages: [] };
const DAY = "2026-11-22";
const render = (set = answers(), changedSince?: string) =>
  String(
    <ResultPage
      page={page}
      reference="KX7P4M2Q"
      guidance={guidance(set, DAY, "en")}
      {...(changedSince !== undefined && { changedSince })}
    />,
  );
const headings = (html: string) => [...html.matchAll(/<h([1-6])[^>]*>/g)].map((m) => Number(m[1]));

describe("the result page", () => {
  it("shows not affected as a panel of its own, never as step 1", () => {
    const html = render();
    expect(html).toContain("You do not seem to be affected");
    expect(html).not.toContain('<ol class="steps"');
    expect(html).not.toContain(page.catalog.pages.result.tasksTitle);
  });

  it("frames with facts, numbers only the tasks, and lists contacts last, headings in order", () => {
    const set = answers({
      respondent: "critical_infrastructure",
      sector: "energy",
      has_kaspersky: "yes",
      products: ["industrial"],
      devices: "50_249",
    });
    const html = render(set);
    const { factsTitle, tasksTitle, contactsTitle } = page.catalog.pages.result;
    expect(html.indexOf(factsTitle)).toBeLessThan(html.indexOf(tasksTitle));
    expect(html.indexOf(tasksTitle)).toBeLessThan(html.indexOf(contactsTitle));
    const list = html.slice(html.indexOf('<ol class="steps"'), html.indexOf("</ol>"));
    expect(list).not.toContain("Kaspersky no longer protects your devices");
    expect(list).toContain("Ask CISA for help moving off Kaspersky");
    const levels = headings(html);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("says when the advice has changed since the check was stored, and only then", () => {
    const notice = fill(page.catalog.pages.result.adviceUpdated, { date: "November 22, 2026" }).replaceAll("'", "&#39;");
    expect(render(answers(), DAY)).toContain(notice);
    expect(render(answers())).not.toContain(notice);
  });
});

describe("the hotline script", () => {
  it("reads facts first, then numbered tasks, then contacts, and flags older advice", () => {
    const set = answers({ respondent: "sltt_government", has_kaspersky: "not_sure", devices: "10_49" });
    const html = String(
      <HotlineScriptPage page={page} reference="KX7P4M2Q" guidance={guidance(set, DAY, "en")} changedSince={DAY} />,
    );
    const { readFacts, readSteps, readContacts, adviceUpdated } = page.catalog.hotline;
    expect(html.indexOf(readFacts)).toBeLessThan(html.indexOf(readSteps));
    expect(html.indexOf(readSteps)).toBeLessThan(html.indexOf(readContacts));
    expect(html).toContain(fill(adviceUpdated, { date: "November 22, 2026" }));
  });
});

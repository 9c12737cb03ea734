/**
 * docs/guidance-results.md is what the code tells people: every step's words
 * and every distinct result for a covering set of answers, in both languages.
 * It is generated (`npm run guidance:render`) and committed, so a change of
 * wording or of who sees what is reviewed as a diff; this test fails while the
 * committed file is out of date.
 */
import { describe, expect, it } from "vitest";
import { guidance } from "../../src/check/guidance";
import { RULES } from "../../src/check/guidance/rules";
import committed from "../../docs/guidance-results.md?raw";
import { RENDER_DAY, coveringSets, renderGuidanceResults } from "../support/guidance-results";

describe("docs/guidance-results.md", () => {
  it("is what the rules and catalogs say now (if not, run npm run guidance:render and review the diff)", () => {
    expect(renderGuidanceResults() === committed, "docs/guidance-results.md is out of date: run npm run guidance:render").toBe(
      true,
    );
  });

  it("covers every step that applies on its day, from a covering set of answers", () => {
    const seen = new Set(coveringSets().flatMap((set) => guidance(set, RENDER_DAY, "en").steps.map((s) => s.id)));
    const dated = RULES.filter((r) => "until" in r && r.until < RENDER_DAY).map((r) => r.id);
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual(dated);
  });
});

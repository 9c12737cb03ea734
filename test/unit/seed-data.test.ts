import { describe, expect, it } from "vitest";
import { validateAnswers } from "../../src/check/answers";
import { random, seedAnswers } from "../../scripts/seed-data";

describe("the seed mix", () => {
  it("draws only answer sets the questionnaire accepts, over the whole seeded period", () => {
    const rand = random(7);
    const days = ["2024-06-20", "2024-09-20", "2026-11-01"];
    const refused = [];
    for (let n = 0; n < 3_000; n++) {
      const answers = seedAnswers(rand, days[n % days.length]!);
      const result = validateAnswers(answers);
      if (!result.ok) refused.push({ answers, problems: result.problems });
    }
    expect(refused.slice(0, 3)).toEqual([]);
  });

  it("reaches the rare answers too: federal agencies, business products, outside the US", () => {
    const rand = random(11);
    const seen = new Set<string>();
    for (let n = 0; n < 20_000; n++) {
      for (const [question, value] of Object.entries(seedAnswers(rand, "2024-10-01"))) {
        for (const option of [value].flat()) seen.add(`${question}:${option}`);
      }
    }
    expect(seen.has("respondent:federal_agency")).toBe(true);
    expect(seen.has("products:office365")).toBe(true);
    expect(seen.has("state:outside_us")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../../src/check/questionnaire";
import { ANSWER_COLUMNS } from "../../src/db/schema";

describe("the database schema", () => {
  it("has a column for every single-choice question and for nothing else", () => {
    const single = QUESTIONS.filter((q) => q.kind === "single").map((q) => q.id);
    expect(Object.keys(ANSWER_COLUMNS).sort()).toEqual(single.sort());
    for (const [id, column] of Object.entries(ANSWER_COLUMNS)) expect(column.name).toBe(id);
  });
});

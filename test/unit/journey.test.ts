import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { CHECK_ANSWERS, applicableQuestions, firstUnanswered, nextStep, previousStep } from "../../src/check/journey";
import { answers as answerSet } from "../support/answers";

describe("the journey", () => {
  it("asks a household the short path", () => {
    const ids = applicableQuestions({ respondent: "household", has_kaspersky: "no" }).map((q) => q.id);
    expect(ids).toEqual(["respondent", "has_kaspersky", "platforms", "ultraav", "embedded", "state"]);
  });

  it("asks a critical-infrastructure operator its sector and device count", () => {
    const ids = applicableQuestions({ respondent: "critical_infrastructure", has_kaspersky: "yes" }).map((q) => q.id);
    expect(ids).toEqual(["respondent", "sector", "has_kaspersky", "products", "platforms", "devices", "ultraav", "embedded", "state"]);
  });

  it("goes forward and back through the applicable questions only", () => {
    const answers: Answers = { respondent: "household", has_kaspersky: "no" };
    expect(nextStep(answers, "respondent")).toBe("has_kaspersky");
    expect(nextStep(answers, "has_kaspersky")).toBe("platforms");
    expect(nextStep(answers, "state")).toBe(CHECK_ANSWERS);
    expect(previousStep(answers, "platforms")).toBe("has_kaspersky");
    expect(previousStep(answers, "respondent")).toBeUndefined();
    expect(previousStep(answers, CHECK_ANSWERS)).toBe("state");
  });

  it("after a Change, returns to the summary unless the change opened a new question", () => {
    const complete = answerSet({ has_kaspersky: "no", platforms: ["mac"] });
    expect(nextStep(complete, "ultraav", true)).toBe(CHECK_ANSWERS);
    expect(nextStep({ ...complete, has_kaspersky: "yes" }, "has_kaspersky", true)).toBe("products");
  });

  it("finds the first required question still unanswered", () => {
    expect(firstUnanswered({})?.id).toBe("respondent");
    expect(firstUnanswered(answerSet({ platforms: ["mac"] }))).toBeUndefined();
  });
});

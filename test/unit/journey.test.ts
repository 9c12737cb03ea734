import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { CHECK_ANSWERS, applicableQuestions, firstUnanswered, nextStep, previousStep } from "../../src/check/journey";
import { QUESTIONS, conditionHolds, type QuestionId } from "../../src/check/questionnaire";
import { answers as answerSet } from "../support/answers";

/** The questions these tests were written against; a question added later may come anywhere between them. */
const KNOWN: readonly QuestionId[] = [
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

/** The registry's questions whose `when` holds for these answers, in the order asked. */
const registryPath = (given: Answers) => QUESTIONS.filter((q) => conditionHolds(q.when, given)).map((q) => q.id);

/** The known questions among these ids, in the order they come. */
const known = (ids: readonly QuestionId[]) => ids.filter((id) => KNOWN.includes(id));

describe("the journey", () => {
  it("asks a household the short path", () => {
    const household: Answers = { respondent: "household", has_kaspersky: "no" };
    const ids = applicableQuestions(household).map((q) => q.id);
    expect(ids).toEqual(registryPath(household));
    expect(known(ids)).toEqual(["respondent", "has_kaspersky", "ultraav", "embedded", "state"]);
    for (const skipped of ["sector", "products", "installed_on", "devices"] as const) expect(ids).not.toContain(skipped);
  });

  it("asks a critical-infrastructure operator its sector and device count", () => {
    const operator: Answers = { respondent: "critical_infrastructure", has_kaspersky: "yes" };
    const ids = applicableQuestions(operator).map((q) => q.id);
    expect(ids).toEqual(registryPath(operator));
    expect(known(ids)).toEqual(KNOWN);
  });

  it("goes forward and back through the applicable questions only", () => {
    const answers: Answers = { respondent: "household", has_kaspersky: "no" };
    expect(nextStep(answers, "respondent")).toBe("has_kaspersky");
    expect(nextStep(answers, "has_kaspersky")).toBe("ultraav");
    expect(nextStep(answers, "state")).toBe(CHECK_ANSWERS);
    expect(previousStep(answers, "ultraav")).toBe("has_kaspersky");
    expect(previousStep(answers, "respondent")).toBeUndefined();
    expect(previousStep(answers, CHECK_ANSWERS)).toBe("state");
  });

  it("after a Change, returns to the summary unless the change opened a new question", () => {
    const complete = answerSet({ has_kaspersky: "no" });
    expect(nextStep(complete, "ultraav", true)).toBe(CHECK_ANSWERS);
    expect(nextStep({ ...complete, has_kaspersky: "yes" }, "has_kaspersky", true)).toBe("products");
  });

  it("finds the first required question still unanswered", () => {
    expect(firstUnanswered({})?.id).toBe("respondent");
    expect(firstUnanswered(answerSet({ has_kaspersky: "yes", installed_on: ["mac"] }))).toBeUndefined();
  });
});

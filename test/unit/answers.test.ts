import { describe, expect, it } from "vitest";
import { pruneAnswers, validateAnswers } from "../../src/check/answers";
import { answers, without } from "../support/answers";

const valid = answers({ has_kaspersky: "yes", products: ["password_manager"] });

const codes = (input: unknown) => {
  const result = validateAnswers(input);
  return result.ok ? [] : result.problems.map((p) => `${p.question}:${p.code}`);
};

describe("validateAnswers", () => {
  it("accepts a complete answer set, with the optional state left out or given", () => {
    expect(validateAnswers(valid).ok).toBe(true);
    expect(validateAnswers({ ...valid, state: "prefer_not_to_say" }).ok).toBe(true);
  });

  it("refuses a question that does not exist", () => {
    expect(codes({ ...valid, name: "Ada" })).toEqual(["name:unknown_question"]);
  });

  it("refuses a single answer given as a list, and a list given as a string", () => {
    expect(codes({ ...valid, respondent: ["household"] })).toEqual(["respondent:wrong_type"]);
    expect(codes({ ...valid, installed_on: "windows" })).toEqual(["installed_on:wrong_type"]);
  });

  it("refuses an option the question does not have", () => {
    expect(codes({ ...valid, ultraav: "maybe" })).toEqual(["ultraav:unknown_option"]);
  });

  it("refuses a missing required answer but not a missing optional one", () => {
    expect(codes(without(valid, "embedded"))).toEqual(["embedded:required"]);
  });

  it("refuses answers to questions the branching skips", () => {
    expect(codes({ ...valid, has_kaspersky: "no", products: ["vpn"] })).toEqual([
      "products:not_applicable",
      "installed_on:not_applicable",
    ]);
    expect(codes({ ...valid, sector: "energy" })).toEqual(["sector:not_applicable"]);
    expect(codes({ ...valid, devices: "1_9" })).toEqual(["devices:not_applicable"]);
  });

  it("requires the questions the branching opens", () => {
    expect(codes({ ...valid, respondent: "critical_infrastructure" })).toEqual(["sector:required", "devices:required"]);
  });

  it("refuses business products for a household, and the same option twice", () => {
    expect(codes({ ...valid, products: ["industrial"] })).toEqual(["products:option_not_offered"]);
    expect(codes({ ...valid, installed_on: ["mac", "mac"] })).toEqual(["installed_on:duplicate_option"]);
  });

  it("refuses an empty list and anything that is not an object", () => {
    expect(codes({ ...valid, installed_on: [] })).toEqual(["installed_on:wrong_type"]);
    expect(validateAnswers(null).ok).toBe(false);
    expect(validateAnswers("household").ok).toBe(false);
  });

  it("says in plain words what is wrong", () => {
    const result = validateAnswers({ ...valid, has_kaspersky: "no", products: ["vpn"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('does not apply unless has_kaspersky is "yes" or "removed"');
  });
});

describe("pruneAnswers", () => {
  it("drops answers that no longer apply after an earlier answer changes", () => {
    const changed = { ...valid, has_kaspersky: "no", respondent: "household" };
    // Products and where Kaspersky is installed no longer apply; every other answer stays as it was.
    expect(valid.products).toEqual(["password_manager"]);
    expect(pruneAnswers(changed)).toEqual({
      ...without(valid, "products", "installed_on"),
      respondent: "household",
      has_kaspersky: "no",
    });
  });

  it("drops options no longer offered, keeping the others", () => {
    const org = answers({ respondent: "small_business", has_kaspersky: "yes", products: ["industrial", "vpn"], devices: "1_9" });
    expect(pruneAnswers({ ...org, respondent: "household", devices: undefined as never }).products).toEqual(["vpn"]);
  });
});

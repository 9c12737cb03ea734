import { describe, expect, it } from "vitest";
import { ANSWER_FACTS, CHOICE_FACTS } from "../../../src/db/aggregate-sql";
import { addDays, lastCompleteWeekEnd, monthsBetween, publishingDay, weekEnd, weekOf } from "../../../src/stats/calendar";
import { DIMENSIONS, DIMENSION_NAMES } from "../../../src/stats/dimensions";
import { slicesFor } from "../../../src/stats/slices";

describe("the stats dimensions", () => {
  it("are all kept in the aggregates: every answer dimension has a fact in the counting SQL, and no other", () => {
    const answers = DIMENSION_NAMES.filter((d) => DIMENSIONS[d].source === "answer");
    expect([...ANSWER_FACTS, ...CHOICE_FACTS].map(([name]) => name).sort()).toEqual([...answers].sort());
  });

  it("count multiple-choice questions as multiple, and link each asked-only-sometimes question to its parent", () => {
    expect(DIMENSION_NAMES.filter((d) => DIMENSIONS[d].multiple)).toEqual(["product", "installed_on"]);
    expect(DIMENSION_NAMES.filter((d) => DIMENSIONS[d].link).map((d) => [d, DIMENSIONS[d].link!.parent])).toEqual([
      ["sector", "respondent_type"],
      ["product", "uses_kaspersky"],
      ["installed_on", "uses_kaspersky"],
      ["outcome", "channel"],
    ]);
  });

  it("are read as the total, each dimension asked, and the pair in canonical order", () => {
    expect(slicesFor(["sector"])).toEqual([[], ["sector"]]);
    expect(slicesFor(["outcome", "state"])).toEqual([[], ["outcome"], ["state"], ["state", "outcome"]]);
  });
});

describe("the stats calendar", () => {
  it("snaps days to ISO weeks, Monday to Sunday", () => {
    expect(weekOf("2025-03-05")).toBe("2025-03-03");
    expect(weekOf("2025-03-09")).toBe("2025-03-03");
    expect(weekOf("2025-03-10")).toBe("2025-03-10");
    expect(weekEnd("2024-12-31")).toBe("2025-01-05");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("ends with the last complete week, and lists months across a year end", () => {
    expect(lastCompleteWeekEnd("2026-11-22")).toBe("2026-11-15"); // a Sunday: its week is not over until the day ends
    expect(lastCompleteWeekEnd("2026-11-23")).toBe("2026-11-22");
    expect(monthsBetween("2024-11-25", "2025-02-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("publishes a week on the Tuesday after it ends, as the pages say", () => {
    expect(lastCompleteWeekEnd(publishingDay("2026-11-23"))).toBe("2026-11-15"); // Monday: not yet
    expect(lastCompleteWeekEnd(publishingDay("2026-11-24"))).toBe("2026-11-22"); // Tuesday
  });
});

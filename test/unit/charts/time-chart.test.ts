import { describe, expect, it } from "vitest";
import { MIN_TEXT } from "../../../src/ui/charts/chart-data";
import { TimeChart } from "../../../src/ui/charts/time-chart";
import { addDays } from "../../../src/stats/calendar";

/** One row a week from the Monday `from`, every count 100. */
function weeks(from: string, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const key = addDays(from, 7 * i);
    return { key, label: key, count: 100 };
  });
}

/** The date labels under the axis, with where they are drawn: a month, and its year under it when shown there. */
async function dateLabels(rows: ReturnType<typeof weeks>): Promise<{ x: number; text: string; year?: string }[]> {
  const svg = String(
    await TimeChart({
      id: "t",
      title: "Title",
      description: "Description",
      rows,
      locale: "en-US",
      axes: { x: "Week", y: "Responses" },
    }),
  );
  const at = (y: number) => [...svg.matchAll(new RegExp(`<text x="([\\d.]+)" y="${y}"[^>]*>([^<]+)</text>`, "g"))];
  const years = new Map(at(260).map((m) => [m[1], m[2]!]));
  return at(242).map((m) => ({ x: Number(m[1]), text: m[2]!, ...(years.has(m[1]) && { year: years.get(m[1]) }) }));
}

describe("the chart of responses over time", () => {
  it("labels every month over a few months, under the week that starts it", async () => {
    // Monday 2026-08-31 is August's last week: September's label goes under Monday 2026-09-07.
    const labels = await dateLabels(weeks("2026-08-31", 13));
    expect(labels).toEqual([
      { x: expect.any(Number), text: "Sep", year: "2026" },
      { x: expect.any(Number), text: "Oct" },
      { x: expect.any(Number), text: "Nov" },
    ]);
  });

  it("labels quarters over years, never two labels overlapping", async () => {
    const labels = await dateLabels(weeks("2024-06-17", 128));
    expect(labels[0]).toMatchObject({ text: "Jul", year: "2024" });
    expect(labels.every((l) => /^(Jan|Apr|Jul|Oct)$/.test(l.text))).toBe(true);
    // Each January carries its year; no other label but the first does.
    expect(labels.filter((l) => l.year).map((l) => `${l.text} ${l.year}`)).toEqual(["Jul 2024", "Jan 2025", "Jan 2026"]);
    expect(labels.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(48);
    expect(labels.at(-1)!.x).toBeLessThanOrEqual(720 - 32);
  });

  it("titles both axes, in text of at least MIN_TEXT units", async () => {
    const svg = String(
      await TimeChart({
        id: "t",
        title: "Title",
        description: "Description",
        rows: weeks("2026-08-31", 13),
        locale: "en-US",
        axes: { x: "Week", y: "Responses" },
      }),
    );
    expect(svg).toMatch(/<text[^>]*>Week<\/text>/);
    expect(svg).toMatch(/<text[^>]*>Responses<\/text>/);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT);
  });
});

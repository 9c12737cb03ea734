import { describe, expect, it } from "vitest";
import { BarChart } from "../../../src/ui/charts/bar-chart";
import { MIN_TEXT } from "../../../src/ui/charts/chart-data";

const rows = [
  { key: "a", label: "Households", count: 150 },
  { key: "b", label: "Small businesses", count: 50 },
];
const chart = async (total?: number) =>
  String(
    await BarChart({
      id: "b",
      title: "Title",
      description: "Description",
      rows,
      locale: "en-US",
      words: { suppressed: "Suppressed", axis: "Responses (share)" },
      ...(total !== undefined && { total }),
    }),
  );

describe("the bar chart", () => {
  it("gives each bar its count and its share of all responses", async () => {
    const svg = await chart(200);
    expect(svg).toContain(">150 (75%)</text>");
    expect(svg).toContain(">50 (25%)</text>");
  });

  it("titles its axis, and draws no text under MIN_TEXT units", async () => {
    const svg = await chart(200);
    expect(svg).toContain(">Responses (share)</text>");
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT);
  });

  it("gives the count alone when there is no total", async () => {
    expect(await chart()).toContain(">150</text>");
  });
});

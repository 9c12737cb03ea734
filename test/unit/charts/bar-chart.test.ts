import { describe, expect, it } from "vitest";
import { BarChart } from "../../../src/ui/charts/bar-chart";

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
      words: { suppressed: "Suppressed" },
      ...(total !== undefined && { total }),
    }),
  );

describe("the bar chart", () => {
  it("gives each bar its count and its share of all responses", async () => {
    const svg = await chart(200);
    expect(svg).toContain(">150 (75%)</text>");
    expect(svg).toContain(">50 (25%)</text>");
  });

  it("gives the count alone when there is no total", async () => {
    expect(await chart()).toContain(">150</text>");
  });
});

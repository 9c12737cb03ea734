import { describe, expect, it } from "vitest";
import { REFERENCE_ALPHABET, formatReference, newReference, normalizeReference } from "../../src/check/reference";

describe("reference codes", () => {
  it("are 8 characters without lookalikes", () => {
    for (const lookalike of "01OILU") expect(REFERENCE_ALPHABET).not.toContain(lookalike);
    for (let i = 0; i < 500; i++) expect(newReference()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
  });

  it("use every character of the alphabet, roughly evenly", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const ch of newReference()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(REFERENCE_ALPHABET.length);
    // 24,000 draws over 30 characters: 800 expected each; 600 is far outside chance.
    for (const count of counts.values()) expect(count).toBeGreaterThan(600);
  });

  it("are read back from what people type", () => {
    expect(normalizeReference("kx7p-4m2q")).toBe("KX7P4M2Q");
    expect(normalizeReference(" KX7P 4M2Q ")).toBe("KX7P4M2Q");
    expect(normalizeReference("KX7P4M2")).toBeUndefined();
    expect(normalizeReference("KX7P4M2O")).toBeUndefined();
  });

  it("are grouped in fours for reading aloud", () => {
    expect(formatReference("KX7P4M2Q")).toBe("KX7P-4M2Q");
  });
});

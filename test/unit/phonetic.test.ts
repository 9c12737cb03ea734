import { describe, expect, it } from "vitest";
import { spellOut } from "../../src/check/phonetic";
import { REFERENCE_ALPHABET } from "../../src/check/reference";

describe("spelling a code over the phone", () => {
  it("gives each letter its NATO word and marks digits", () => {
    expect(spellOut("K7X")).toEqual([
      { kind: "letter", character: "K", word: "Kilo" },
      { kind: "digit", character: "7" },
      { kind: "letter", character: "X", word: "X-ray" },
    ]);
  });

  it("has a word for every letter a reference can contain", () => {
    for (const spelled of spellOut(REFERENCE_ALPHABET)) {
      if (spelled.kind === "letter") expect(spelled.word[0]).toBe(spelled.character);
      else expect(spelled.character).toMatch(/[2-9]/);
    }
  });
});

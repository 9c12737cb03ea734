/**
 * Plain language, measured: every distinct result that `npm run
 * guidance:render` writes (docs/guidance-results.md) is graded in English
 * with the Flesch-Kincaid grade level (the `flesch-kincaid` and `syllable`
 * packages, from the words/wooorm collection). A household's result must read
 * at grade 8 or below, an organization's at grade 11 or below (issue 10). The
 * glossary's terms (src/check/guidance/glossary.ts) count as one short word
 * each. Spanish is not graded: no maintained npm package has a Spanish formula
 * (Fernández-Huerta or Szigriszt-Pazos/INFLESZ); its sentences are held short by
 * test/unit/guidance-words.test.ts.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { guidance, type Step } from "../../src/check/guidance";
import { GLOSSARY_EN } from "../../src/check/guidance/glossary";
import { RENDER_DAY, distinctResults } from "../support/guidance-results";

const HOUSEHOLD_GRADE = 8;
const ORGANIZATION_GRADE = 11;

/** What a reader reads of a step: its title and its words (not "why you see this", which quotes the answers). */
const textOf = (steps: readonly Step[]) => steps.flatMap((step) => [step.title, ...step.body.flat()]);

/** Each glossary term becomes one one-syllable word. */
const withoutTerms = (text: string) => GLOSSARY_EN.reduce((t, term) => t.replaceAll(term, "term"), text);

/** Sentences end at ., !, ? or : followed by a space; a title or a bullet is a sentence of its own. */
const sentencesOf = (texts: readonly string[]) => texts.flatMap((text) => text.split(/(?<=[.!?:])\s+/));
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));

/** The Flesch-Kincaid grade of these texts. */
function grade(texts: readonly string[]): number {
  const sentences = sentencesOf(texts.map(withoutTerms));
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

describe("the guidance's reading grade (English, Flesch-Kincaid)", () => {
  it("grades known text as the formula says", () => {
    // 1 sentence, 6 words, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(grade(["The cat sat on the mat."])).toBeCloseTo(-1.45, 2);
    // A glossary term counts as one short word.
    expect(grade(["Open Kaspersky Security Center now."])).toBe(grade(["Open term now."]));
  });

  it("keeps every household result at grade 8 or below and every organization result at grade 11 or below", () => {
    const over: string[] = [];
    for (const [key, sets] of distinctResults()) {
      const set = sets[0]!;
      const limit = set.respondent === "household" ? HOUSEHOLD_GRADE : ORGANIZATION_GRADE;
      const level = grade(textOf(guidance(set, RENDER_DAY, "en").steps));
      if (level > limit) over.push(`${set.respondent} ${level.toFixed(1)} > ${limit}: ${key}`);
    }
    expect(over).toEqual([]);
  });
});

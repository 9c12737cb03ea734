/**
 * Writes docs/guidance-results.md: every step's words and every distinct
 * guidance result, in English and Spanish (test/support/guidance-results.ts).
 * Run with `npm run guidance:render` after changing a rule or its words, and
 * commit the file with the change: test/unit/guidance-results.test.ts fails
 * until you do.
 */
import { writeFileSync } from "node:fs";
import { renderGuidanceResults } from "../test/support/guidance-results";

const path = new URL("../docs/guidance-results.md", import.meta.url);
const text = renderGuidanceResults();
writeFileSync(path, text);
console.log(`docs/guidance-results.md: ${text.split("\n").length} lines`);

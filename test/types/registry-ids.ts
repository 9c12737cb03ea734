/**
 * @module
 * Proof that the type checker refuses a wrong question or option id wherever
 * one is written: each line below misspells one, and `// @ts-expect-error`
 * makes `npm run typecheck` fail if the error ever disappears (the registry
 * loosened to plain strings somewhere). Type-checked only; never run.
 */
import type { Rule } from "../../src/check/guidance/rules";
import { CONDITIONS, type Answers, type Condition } from "../../src/check/questionnaire";
import type { QuestionCatalog, StepCatalog } from "../../src/i18n";
import { en } from "../../src/i18n/en";
import type { DimensionName } from "../../src/stats/dimensions";
import type { Mix } from "../../scripts/seed-data";
import { answers } from "../support/answers";

// A misspelt option in a rule's condition ("10_49" is right).
// @ts-expect-error "10_94" is not an option of devices
export const badRule = [{ id: "x", kind: "task", when: [{ devices: ["10_94"] }] }] satisfies readonly Rule[];

// A misspelt question in a condition.
// @ts-expect-error "has_kasperksy" is not a question
export const badQuestion: Condition = { has_kasperksy: ["yes"] };

// A named condition combined with a misspelt option.
// @ts-expect-error "remvoed" is not an option of has_kaspersky
export const badCombined: Condition = { ...CONDITIONS.isOrganization, has_kaspersky: ["remvoed"] };

// A catalog with a misspelt option key.
export const badCatalog: QuestionCatalog = {
  ...en.questions,
  devices: {
    ...en.questions.devices,
    // @ts-expect-error "10_94" is not an option of devices
    options: { ...en.questions.devices.options, "10_94": { label: "10 to 94" } },
  },
};

// A catalog missing a step's words.
const { not_affected: _dropped, ...stepsWithoutOne } = en.steps;
// @ts-expect-error not_affected has no words
export const missingStep: StepCatalog = stepsWithoutOne;

// A seed weight for an option that does not exist.
// @ts-expect-error "thermostat" is not a platform
export const badSeedWeight: Mix<"installed_on"> = { windows: 0.8, thermostat: 0.1 };

// Test answers with a misspelt option.
// @ts-expect-error "maybe" is not an option of has_kaspersky
export const badTestAnswers = answers({ has_kaspersky: "maybe" });

// A single choice given as a list, and a multiple choice given as one option.
// @ts-expect-error ultraav is single choice
export const listForSingle: Answers = { ultraav: ["yes"] };
// @ts-expect-error installed_on is multiple choice
export const oneForMultiple: Answers = { installed_on: "windows" };

// An analyst dimension that the registry does not count.
// @ts-expect-error devices are asked but not counted
export const uncounted: DimensionName = "devices";

/**
 * @module
 * Spanish words for each guidance step (ids from src/check/guidance/rules.ts),
 * the same ids and structure as English, kept in three files. A body is a list of paragraphs; a nested list
 * is shown as bullet points.
 */
import type { StepCatalog } from "..";
import { factSteps } from "./steps-facts";
import { removalSteps } from "./steps-removal";
import { taskSteps } from "./steps-tasks";

export const steps = { ...factSteps, ...taskSteps, ...removalSteps } satisfies StepCatalog;

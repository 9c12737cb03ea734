/**
 * @module
 * The English catalog: every word the service shows, in one place.
 */
import { analyst } from "./analyst";
import { feedback } from "./feedback";
import { hotline } from "./hotline";
import { errors, pages, site, sources, why } from "./pages";
import { questions } from "./questions";
import { retention } from "./retention";
import { steps } from "./steps";

export const en = { site, pages, errors, why, sources, questions, steps, hotline, analyst, retention, feedback };

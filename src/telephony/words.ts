/**
 * @module
 * The phone line's words per language: its own phrases (src/i18n/{en,es}/ivr.ts),
 * each step's spoken version (steps-spoken.ts) and the voice that says them.
 * Kept beside the catalogs rather than in them, so pages never carry them.
 */
import type { StepId } from "../check/guidance/rules";
import type { Locale } from "../i18n";
import { ivr as enIvr } from "../i18n/en/ivr";
import { stepsSpoken as enSpoken } from "../i18n/en/steps-spoken";
import { ivr as esIvr } from "../i18n/es/ivr";
import { stepsSpoken as esSpoken } from "../i18n/es/steps-spoken";
import type { Voice } from "./twiml";

/** The phone line's phrases: every language has the same keys as English. */
export type IvrWords = { readonly [K in keyof typeof enIvr]: string };

/**
 * A short spoken text for every guidance step, or null where its title, said as it is, is
 * enough (not repeated, to keep the Worker small): a missing or misspelt id fails typecheck.
 */
export type SpokenStepCatalog = { readonly [S in StepId]: string | null };

export interface PhoneWords {
  readonly ivr: IvrWords;
  readonly spoken: SpokenStepCatalog;
  /** Amazon Polly voices Twilio offers: US English and US Spanish. */
  readonly voice: Voice;
}

export const PHONE_WORDS: Readonly<Record<Locale, PhoneWords>> = {
  en: { ivr: enIvr, spoken: enSpoken, voice: { voice: "Polly.Joanna", language: "en-US" } },
  es: { ivr: esIvr, spoken: esSpoken, voice: { voice: "Polly.Lupe", language: "es-US" } },
};

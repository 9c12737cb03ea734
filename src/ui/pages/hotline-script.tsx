/**
 * @module
 * What the agent reads to the caller: the reference code spelled out, then the
 * facts to tell, the numbered tasks and the contacts, in the caller's language;
 * and the outcome of the call, from a fixed list.
 */
import { byKind, type Guidance, type Step } from "../../check/guidance";
import { spellOut } from "../../check/phonetic";
import { formatReference } from "../../check/reference";
import { OUTCOMES } from "../../check/vocabulary";
import { catalogFor, fill, formatDay } from "../../i18n";
import { Blocks } from "../components/blocks";
import { NewMarker } from "../components/new-marker";
import { ErrorSummary } from "../components/error-summary";
import { Layout } from "../layout";
import type { PageContext } from "../page-context";

export interface HotlineScriptProps {
  readonly page: PageContext;
  readonly reference: string;
  readonly guidance: Guidance;
  readonly outcome?: string | null;
  readonly notice?: string;
  readonly outcomeError?: string;
  /** Set when the guidance stored with the check is older than today's: the agent is told the advice changed. */
  readonly changedSince?: string;
}

/** One step as the agent reads it: title and words in the caller's language, the why in the agent's. */
function Spoken({
  step,
  whyLabel,
  newLabel,
  pageLocale,
  callerLocale,
}: {
  step: Step;
  whyLabel: string;
  /** In the agent's language: the agent reads the step, the caller hears no marker. */
  newLabel: string;
  pageLocale: string;
  callerLocale: string;
}) {
  return (
    <>
      <h3>
        {step.new && <NewMarker label={newLabel} lang={pageLocale} />}
        {step.title}
      </h3>
      <Blocks blocks={step.body} />
      <details class="step__why" lang={pageLocale}>
        <summary>{whyLabel}</summary>
        <p lang={callerLocale}>{step.why}</p>
      </details>
    </>
  );
}

export function HotlineScriptPage({
  page,
  reference,
  guidance,
  outcome,
  notice,
  outcomeError,
  changedSince,
}: HotlineScriptProps) {
  const words = page.catalog.hotline;
  const spoken = catalogFor(guidance.locale).hotline;
  const title = fill(words.scriptTitle, { reference: formatReference(reference) });
  const { facts, tasks, contacts } = byKind(guidance);
  // Every step, fact, task or contact, is read out the same way.
  const readOut = (step: (typeof guidance.steps)[number]) => (
    <Spoken step={step} whyLabel={words.why} newLabel={words.newStep} pageLocale={page.locale} callerLocale={guidance.locale} />
  );
  return (
    <Layout page={page} title={title} hasError={Boolean(outcomeError)}>
      <h1>{title}</h1>
      <ErrorSummary catalog={page.catalog} errors={outcomeError ? [{ field: "outcome", message: outcomeError }] : []} />
      {notice && (
        <div class="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div class="usa-alert__body">
            <p class="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      <h2>{words.readReference}</h2>
      <p class="reference-code">{formatReference(reference)}</p>
      <ol class="usa-list phonetic" lang={guidance.locale}>
        {spellOut(reference).map((c) => (
          <li>
            {c.kind === "letter"
              ? fill(spoken.referenceSpoken, { character: c.character, word: c.word })
              : fill(spoken.digitSpoken, {
                  character: c.character,
                  word: spoken.digits[c.character as keyof typeof spoken.digits],
                })}
          </li>
        ))}
      </ol>
      {changedSince && (
        <div class="usa-alert usa-alert--info usa-alert--slim">
          <div class="usa-alert__body">
            <p class="usa-alert__text">{fill(words.adviceUpdated, { date: formatDay(changedSince, page.locale) })}</p>
            {guidance.steps.some((step) => step.new) && <p class="usa-alert__text">{words.newStepsMarked}</p>}
          </div>
        </div>
      )}
      {facts.length > 0 && (
        <>
          <h2>{words.readFacts}</h2>
          <div class="facts" lang={guidance.locale}>
            {facts.map((step) => (
              <section class="fact">{readOut(step)}</section>
            ))}
          </div>
        </>
      )}
      {tasks.length > 0 && (
        <>
          <h2>{words.readSteps}</h2>
          <ol class="steps" lang={guidance.locale}>
            {tasks.map((step) => (
              <li class="step">{readOut(step)}</li>
            ))}
          </ol>
        </>
      )}
      {contacts.length > 0 && (
        <>
          <h2>{words.readContacts}</h2>
          <ul class="usa-list usa-list--unstyled contacts" lang={guidance.locale}>
            {contacts.map((step) => (
              <li class="contact">{readOut(step)}</li>
            ))}
          </ul>
        </>
      )}
      <form class="usa-form" method="post" action={`/hotline/checks/${reference}/outcome`}>
        <fieldset class={`usa-fieldset usa-form-group${outcomeError ? " usa-form-group--error" : ""}`}>
          <legend class="usa-legend usa-legend--large">{words.outcomeTitle}</legend>
          {/* Shown by /assets/hotline.js, which handles the keys: without it there are none. */}
          <p class="usa-hint" data-shortcuts hidden>
            {words.shortcutsScript}
          </p>
          {outcomeError && <span class="usa-error-message">{outcomeError}</span>}
          {OUTCOMES.map((id, index) => (
            <div class="usa-radio">
              <input
                class="usa-radio__input"
                type="radio"
                id={index === 0 ? "outcome" : `outcome-${id}`}
                name="outcome"
                value={id}
                checked={outcome === id}
                // Alt+O lands on the first choice (hotline.js); the arrow keys then pick another.
                data-shortcut={index === 0 ? "o" : undefined}
              />
              <label class="usa-radio__label" for={index === 0 ? "outcome" : `outcome-${id}`}>
                {words.outcomes[id]}
              </label>
            </div>
          ))}
        </fieldset>
        <button class="usa-button" type="submit" data-shortcut="s">
          {words.recordOutcome}
        </button>
      </form>
      <ul class="usa-button-group">
        <li class="usa-button-group__item">
          <a class="usa-button usa-button--outline" href={`/hotline/checks/${reference}/edit`}>
            {words.changeAnswers}
          </a>
        </li>
        <li class="usa-button-group__item">
          <a class="usa-button usa-button--outline" href="/hotline">
            {words.newCall}
          </a>
        </li>
      </ul>
      {/* The keyboard shortcuts (the rest of the script acts on the desk's form only). */}
      <script src="/assets/hotline.js" defer></script>
    </Layout>
  );
}

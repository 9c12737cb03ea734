/**
 * @module
 * The result: reference code and date, then what the respondent needs to know
 * (facts, each its own panel: "You do not seem to be affected" is one of
 * them, never a numbered step), what to do (tasks, numbered, most urgent
 * first) and who can help (contacts). Each step has "why you see this" and its
 * source. Headings go h1, h2 per part, h3 per step. Prints cleanly (see the
 * print rules in styles/site.scss).
 */
import { byKind, type Guidance, type Step } from "../../check/guidance";
import { formatReference } from "../../check/reference";
import { fill, formatDay } from "../../i18n";
import type { PageContext } from "../page-context";
import { Blocks } from "../components/blocks";
import { NewMarker } from "../components/new-marker";
import { FeedbackForm } from "../components/feedback-form";
import { Layout } from "../layout";

type ResultWords = PageContext["catalog"]["pages"]["result"];

/** A step's title, words, source and "why you see this"; the same for every kind. */
function StepContent({ step, page }: { step: Step; page: ResultWords }) {
  return (
    <>
      <h3>
        {step.new && <NewMarker label={page.newStep} />}
        {step.title}
      </h3>
      <Blocks blocks={step.body} />
      {step.source && (
        <p class="step__source">
          {page.source}{" "}
          <a class="usa-link" href={step.source.url}>
            {step.source.label}
          </a>
        </p>
      )}
      <details class="step__why">
        <summary>
          {page.why}
          <span class="usa-sr-only">: {step.title}</span>
        </summary>
        <p>{step.why}</p>
      </details>
    </>
  );
}

export function ResultPage({
  page: context,
  reference,
  guidance,
  changedSince,
  feedback,
}: {
  page: PageContext;
  reference: string;
  guidance: Guidance;
  /** Set when the guidance stored with the check is older than today's (src/services/record-check.ts): the page says the advice changed. */
  changedSince?: string;
  /** "Was this useful?": where it posts, and whether it was just answered (then a thank-you instead). */
  feedback?: { action: string; sent: boolean };
}) {
  const page = context.catalog.pages.result;
  const { facts, tasks, contacts } = byKind(guidance);
  return (
    <Layout page={context} title={page.title}>
      <h1>{page.title}</h1>
      <section class="usa-summary-box" aria-labelledby="reference-label">
        <div class="usa-summary-box__body">
          <h2 class="usa-summary-box__heading" id="reference-label">
            {page.referenceLabel}
          </h2>
          <div class="usa-summary-box__text">
            <p class="reference-code">{formatReference(reference)}</p>
            <p>{fill(page.checkedOn, { date: formatDay(guidance.day, context.locale) })}</p>
            <p>{page.referenceHint}</p>
          </div>
        </div>
      </section>
      {changedSince && (
        <div class="usa-alert usa-alert--info usa-alert--slim">
          <div class="usa-alert__body">
            <p class="usa-alert__text">{fill(page.adviceUpdated, { date: formatDay(changedSince, context.locale) })}</p>
            {guidance.steps.some((step) => step.new) && <p class="usa-alert__text">{page.newStepsMarked}</p>}
          </div>
        </div>
      )}
      {facts.length > 0 && (
        <section class="facts" aria-labelledby="facts-title">
          <h2 id="facts-title">{page.factsTitle}</h2>
          {facts.map((step) => (
            <div class="usa-summary-box fact" id={`step-${step.id}`}>
              <div class="usa-summary-box__body">
                <StepContent step={step} page={page} />
              </div>
            </div>
          ))}
        </section>
      )}
      {tasks.length > 0 && (
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title">{page.tasksTitle}</h2>
          <ol class="steps">
            {tasks.map((step) => (
              <li class="step" id={`step-${step.id}`}>
                <StepContent step={step} page={page} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {contacts.length > 0 && (
        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{page.contactsTitle}</h2>
          <ul class="usa-list usa-list--unstyled contacts">
            {contacts.map((step) => (
              <li class="contact" id={`step-${step.id}`}>
                <StepContent step={step} page={page} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="no-print">{page.print}</p>
      <p class="no-print">
        <a class="usa-link" href="/">
          {page.startAgain}
        </a>
      </p>
      {feedback && <FeedbackForm catalog={context.catalog} action={feedback.action} sent={feedback.sent} />}
    </Layout>
  );
}

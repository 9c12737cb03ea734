/**
 * @module
 * The result: reference code, date and the steps in order, each with "why you
 * see this" and its source. Prints cleanly (see the print rules in styles/site.scss).
 */
import type { Guidance } from "../../check/guidance";
import { formatReference } from "../../check/reference";
import { fill, formatDay } from "../../i18n";
import type { PageContext } from "../page-context";
import { Blocks } from "../components/blocks";
import { Layout } from "../layout";

export function ResultPage({ page: context, reference, guidance }: {
  page: PageContext;
  reference: string;
  guidance: Guidance;
}) {
  const page = context.catalog.pages.result;
  return (
    <Layout page={context} title={page.title}>
      <h1>{page.title}</h1>
      <div class="usa-summary-box" role="region" aria-labelledby="reference-label">
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
      </div>
      <p>{page.stepsIntro}</p>
      <ol class="steps">
        {guidance.steps.map((step) => (
          <li class="step" id={`step-${step.id}`}>
            <h2>{step.title}</h2>
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
          </li>
        ))}
      </ol>
      <p class="no-print">{page.print}</p>
      <p class="no-print">
        <a class="usa-link" href="/">
          {page.startAgain}
        </a>
      </p>
    </Layout>
  );
}

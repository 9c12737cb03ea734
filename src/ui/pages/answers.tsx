/**
 * @module
 * Check your answers: every question that applies, with a Change link each,
 * and the form that completes the check. The form carries a one-time reference
 * code, so pressing the button twice stores one response, and the server's
 * signature of it, so no other code can be posted in its place (one-time-code.ts).
 */
import type { Answers } from "../../check/answers";
import { selected } from "../../check/answers";
import type { Question } from "../../check/questionnaire";
import { optionLabel, questionWords } from "../../i18n";
import type { PageContext } from "../page-context";
import { TURNSTILE_SCRIPT } from "../../middleware/turnstile";
import { Layout } from "../layout";

export interface AnswersPageProps {
  readonly page: PageContext;
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly backHref?: string;
  /** A fresh code and its signature (none when no signing secret is configured). */
  readonly oneTimeReference: { readonly reference: string; readonly signature?: string | undefined };
  /** Set when Turnstile is on: its widget goes in the form (and its script on this page only). */
  readonly turnstileSiteKey?: string;
}

export function AnswersPage(props: AnswersPageProps) {
  const { page: context, questions, answers, backHref, oneTimeReference, turnstileSiteKey } = props;
  const { catalog } = context;
  const page = catalog.pages.answers;
  return (
    <Layout page={context} title={page.title}>
      {backHref && (
        <a class="usa-link back-link" href={backHref}>
          {catalog.site.back}
        </a>
      )}
      <h1>{page.title}</h1>
      <dl class="summary-list">
        {questions.map((question) => {
          const words = questionWords(catalog, question.id);
          const chosen = selected(answers, question.id).map((id) => optionLabel(catalog, question.id, id));
          return (
            <div class="summary-list__row">
              <dt class="summary-list__key">{words.short}</dt>
              <dd class="summary-list__value">
                {chosen.length > 1 ? (
                  // Several answers are read as a list, not run together with commas.
                  <ul class="usa-list summary-list__items">
                    {chosen.map((label) => (
                      <li>{label}</li>
                    ))}
                  </ul>
                ) : (
                  (chosen[0] ?? page.notAnswered)
                )}
              </dd>
              <dd class="summary-list__action">
                <a class="usa-link" href={`/check/${question.id}?change=1`}>
                  {page.change}
                  <span class="usa-sr-only"> {words.short}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2>{page.submitTitle}</h2>
      <p>{page.submitText}</p>
      <form method="post" action="/check/answers">
        <input type="hidden" name="reference" value={oneTimeReference.reference} />
        {oneTimeReference.signature && <input type="hidden" name="reference_signature" value={oneTimeReference.signature} />}
        {turnstileSiteKey && (
          <>
            <div class="cf-turnstile" data-sitekey={turnstileSiteKey} data-language={context.locale}></div>
            <script src={TURNSTILE_SCRIPT} async defer></script>
          </>
        )}
        <button class="usa-button" type="submit">
          {page.submit}
        </button>
      </form>
    </Layout>
  );
}

/**
 * @module
 * "Was this useful? Yes / No" under a result: a plain form whose two buttons
 * post the answer (works without JavaScript), then, once answered, a thank-you
 * in its place. Only the answer is sent: the reference is in the address it
 * posts to, so the server can tell the result's kind, and is never stored
 * (src/db/feedback.ts).
 */
import type { Catalog } from "../../i18n";

export function FeedbackForm({ catalog, action, sent }: { catalog: Catalog; action: string; sent: boolean }) {
  const words = catalog.feedback.result;
  return (
    <section class="feedback no-print" id="feedback" aria-labelledby="feedback-title">
      {sent ? (
        <div class="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div class="usa-alert__body">
            <p class="usa-alert__text" id="feedback-title">
              {words.thanks}
            </p>
          </div>
        </div>
      ) : (
        <form method="post" action={action}>
          <h2 id="feedback-title">{words.question}</h2>
          <p class="usa-hint" id="feedback-hint">
            {words.hint}
          </p>
          <ul class="usa-button-group">
            <li class="usa-button-group__item">
              <button
                class="usa-button usa-button--outline"
                type="submit"
                name="answer"
                value="yes"
                aria-describedby="feedback-hint"
              >
                {words.yes}
              </button>
            </li>
            <li class="usa-button-group__item">
              <button
                class="usa-button usa-button--outline"
                type="submit"
                name="answer"
                value="no"
                aria-describedby="feedback-hint"
              >
                {words.no}
              </button>
            </li>
          </ul>
        </form>
      )}
    </section>
  );
}

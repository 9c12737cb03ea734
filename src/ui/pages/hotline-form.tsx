/**
 * @module
 * The agent's screen: a caller's reference code first (a caller who has one
 * says so at once), then every question at once in two columns from 1024 px,
 * worded in the caller's language, and either "save" for a new call or a
 * required reason when changing a stored check.
 */
import type { Answers } from "../../check/answers";
import { formatReference } from "../../check/reference";
import { CHANGE_REASONS } from "../../check/vocabulary";
import { LOCALES, catalogFor, fill, type Locale } from "../../i18n";
import { ErrorSummary, type FieldError } from "../components/error-summary";
import { HotlineQuestions } from "../components/hotline-questions";
import { ReferenceLookup } from "../components/reference-lookup";
import { Layout } from "../layout";
import type { PageContext } from "../page-context";

export interface HotlineFormProps {
  readonly page: PageContext;
  /** Set when changing a stored check. */
  readonly reference?: string;
  readonly answers: Answers;
  readonly callerLocale: Locale;
  readonly errors: readonly FieldError[];
  readonly reason?: string;
  readonly lookupError?: string;
  /** The code as the agent typed it, kept when it was refused. */
  readonly lookupValue?: string;
  /** A note above the form (a caller handed over by the phone line). */
  readonly notice?: string;
}

export function HotlineFormPage(props: HotlineFormProps) {
  const { page, reference, answers, errors } = props;
  const words = page.catalog.hotline;
  const title = reference ? fill(words.editTitle, { reference: formatReference(reference) }) : words.title;
  const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
  const lookupErrors = props.lookupError ? [{ field: "reference", message: props.lookupError }] : [];
  return (
    <Layout page={page} title={title} hasError={errors.length + lookupErrors.length > 0} wide>
      <ErrorSummary catalog={page.catalog} errors={[...lookupErrors, ...errors]} />
      <h1>{title}</h1>
      {props.notice && (
        <div class="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div class="usa-alert__body">
            <p class="usa-alert__text">{props.notice}</p>
          </div>
        </div>
      )}
      {!reference && (
        <div class="hotline-lookup">
          <ReferenceLookup
            catalog={page.catalog}
            action="/hotline/open"
            error={props.lookupError}
            value={props.lookupValue}
            title={words.reopenTitle}
          />
        </div>
      )}
      <p>{words.intro}</p>
      <form
        class="usa-form usa-form--large hotline-form"
        method="post"
        action={reference ? `/hotline/checks/${reference}/edit` : "/hotline"}
        data-hotline-form
        novalidate
      >
        <fieldset class="usa-fieldset usa-form-group">
          <legend class="usa-legend">{words.callerLanguage}</legend>
          {LOCALES.map((locale, index) => (
            <div class="usa-radio">
              <input
                class="usa-radio__input"
                type="radio"
                id={index === 0 ? "caller_lang" : `caller_lang-${locale}`}
                name="caller_lang"
                value={locale}
                checked={locale === props.callerLocale}
              />
              <label class="usa-radio__label" for={index === 0 ? "caller_lang" : `caller_lang-${locale}`} lang={locale}>
                {catalogFor(locale).site.languageName}
              </label>
            </div>
          ))}
        </fieldset>
        <div class="hotline-questions">
          <HotlineQuestions catalog={page.catalog} callerLocale={props.callerLocale} answers={answers} errors={byField} />
        </div>
        {reference && (
          <div class={`usa-form-group${byField.reason ? " usa-form-group--error" : ""}`}>
            <label class="usa-label" for="reason">
              {words.reasonLabel}
            </label>
            {byField.reason && <span class="usa-error-message">{byField.reason}</span>}
            <select class="usa-select" id="reason" name="reason">
              <option value=""></option>
              {CHANGE_REASONS.map((reason) => (
                <option value={reason} selected={props.reason === reason}>
                  {words.reasons[reason]}
                </option>
              ))}
            </select>
          </div>
        )}
        {/* Shown by /assets/hotline.js, which handles the keys: without it there are none. */}
        <p class="usa-hint" data-shortcuts hidden>
          {words.shortcutsDesk}
        </p>
        {/* Submit first, so Enter in any field saves rather than refreshes. */}
        <button class="usa-button" type="submit" name="action" value="submit" data-shortcut="s">
          {reference ? words.saveChanges : words.submit}
        </button>
        <button class="usa-button usa-button--outline" type="submit" name="action" value="refresh" data-refresh>
          {words.update}
        </button>
      </form>
      <script src="/assets/hotline.js" defer></script>
    </Layout>
  );
}

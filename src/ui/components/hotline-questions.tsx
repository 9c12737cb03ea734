/**
 * @module
 * Every question on one screen for the hotline desk. Questions and options that
 * do not apply to the answers so far are rendered hidden and disabled, with their
 * condition in `data-when`, so /assets/hotline.js can show them as the agent
 * answers; without JavaScript, "Update questions" re-renders the form instead.
 * What the agent reads aloud (each question and option) is there in every
 * language, each in its own `lang`; the stylesheet shows the caller's language
 * as soon as it is chosen, with or without JavaScript (site.scss, `.in-lang`).
 * A select's options hold one wording: the caller's, switched by the script.
 */
import { applies, conditionHolds, selected, type Answers } from "../../check/answers";
import { QUESTIONS, type Question } from "../../check/questionnaire";
import { LOCALES, catalogFor, questionWords, type Catalog, type Locale, type QuestionWords } from "../../i18n";

/** One wording per language, each marked with its language; the caller's is shown. */
function InEachLanguage({ question, words }: { question: Question; words: (w: QuestionWords) => string | undefined }) {
  return (
    <>
      {LOCALES.map((locale) => (
        <span class="in-lang" lang={locale}>
          {words(questionWords(catalogFor(locale), question.id))}
        </span>
      ))}
    </>
  );
}

function Choices({
  question,
  catalog,
  callerLocale,
  answers,
  disabled,
}: {
  question: Question;
  catalog: Catalog;
  callerLocale: Locale;
  answers: Answers;
  disabled: boolean;
}) {
  const chosen = selected(answers, question.id);
  if (question.control === "select") {
    // An option holds text only, so it cannot carry every wording as the labels do: it is
    // drawn in the caller's language, with each wording in a data-label-<locale> attribute
    // for /assets/hotline.js to switch to at once (without it, "Update questions" redraws it).
    const wordings = LOCALES.map((locale) => ({ locale, words: questionWords(catalogFor(locale), question.id) }));
    const callerWords = questionWords(catalogFor(callerLocale), question.id);
    return (
      // A fieldset's legend does not name a select: point at it (axe: select-name).
      <select
        class="usa-select"
        id={question.id}
        name={question.id}
        disabled={disabled}
        aria-labelledby={`${question.id}-legend`}
      >
        <option value="">{question.required ? "" : catalog.hotline.optional}</option>
        {question.options.map((option) => (
          <option
            value={option.id}
            selected={chosen.includes(option.id)}
            lang={callerLocale}
            {...Object.fromEntries(
              wordings.map(({ locale, words }) => [`data-label-${locale}`, words.options[option.id]?.label]),
            )}
          >
            {callerWords.options[option.id]?.label}
          </option>
        ))}
      </select>
    );
  }
  const type = question.kind === "multiple" ? "checkbox" : "radio";
  return (
    <>
      {question.options.map((option, index) => {
        const id = index === 0 ? question.id : `${question.id}-${option.id}`;
        const offered = conditionHolds(option.when, answers);
        return (
          <div class={`usa-${type}`} hidden={!offered} data-when={option.when && JSON.stringify(option.when)}>
            <input
              class={`usa-${type}__input`}
              type={type}
              id={id}
              name={question.id}
              value={option.id}
              checked={chosen.includes(option.id)}
              disabled={disabled || !offered}
            />
            <label class={`usa-${type}__label`} for={id}>
              <InEachLanguage question={question} words={(w) => w.options[option.id]?.label} />
            </label>
          </div>
        );
      })}
    </>
  );
}

export function HotlineQuestions(props: {
  catalog: Catalog;
  /** The caller's language: what the agent reads aloud, where one wording only fits (a select's options). */
  callerLocale: Locale;
  answers: Answers;
  errors: Readonly<Record<string, string>>;
}) {
  const { catalog, callerLocale, answers, errors } = props;
  return (
    <>
      {QUESTIONS.map((question) => {
        const shown = applies(question, answers);
        const error = errors[question.id];
        return (
          <div
            class={`usa-form-group hotline-question${error ? " usa-form-group--error" : ""}`}
            hidden={!shown}
            data-when={question.when && JSON.stringify(question.when)}
          >
            <fieldset class="usa-fieldset">
              <legend class="usa-legend" id={`${question.id}-legend`}>
                <InEachLanguage question={question} words={(w) => w.title} /> {!question.required && catalog.hotline.optional}
              </legend>
              {error && (
                <span class="usa-error-message" id={`${question.id}-error`}>
                  {error}
                </span>
              )}
              <Choices question={question} catalog={catalog} callerLocale={callerLocale} answers={answers} disabled={!shown} />
            </fieldset>
          </div>
        );
      })}
    </>
  );
}

/**
 * @module
 * One question as form controls: radios and checkboxes in a fieldset whose
 * legend is the page heading, or a labelled drop-down list. The first control's
 * id is the question id, so error links land on it.
 */
import type { Option, Question } from "../../check/questionnaire";
import type { QuestionWords } from "../../i18n";

export interface QuestionFieldProps {
  readonly question: Question;
  readonly words: QuestionWords;
  readonly options: readonly Option[];
  readonly chosen: readonly string[];
  readonly error?: string;
  /** The words for the empty choice of an optional drop-down list. */
  readonly emptyChoice?: string;
  /** Said before the error message, out of sight ("Error: "). */
  readonly errorPrefix?: string;
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <div class="usa-hint" id={id}>
      {text}
    </div>
  ) : null;
}

/** The message by the field; screen readers hear "Error: " first, as in the page title. */
export function ErrorMessage({ id, text, prefix }: { id: string; text?: string; prefix?: string }) {
  return text ? (
    <span class="usa-error-message" id={id}>
      {prefix && <span class="usa-sr-only">{prefix}</span>}
      {text}
    </span>
  ) : null;
}

export function QuestionField({ question, words, options, chosen, error, emptyChoice, errorPrefix }: QuestionFieldProps) {
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [words.hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  const groupClass = `usa-form-group${error ? " usa-form-group--error" : ""}`;

  if (question.control === "select") {
    return (
      <div class={groupClass}>
        <h1>
          <label class="usa-label" for={question.id}>
            {words.title}
          </label>
        </h1>
        <Hint id={hintId} text={words.hint} />
        <ErrorMessage id={errorId} text={error} prefix={errorPrefix} />
        <select class="usa-select" id={question.id} name={question.id} aria-describedby={describedBy}>
          <option value="">{emptyChoice ?? ""}</option>
          {options.map((option) => (
            <option value={option.id} selected={chosen.includes(option.id)}>
              {words.options[option.id]?.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const type = question.control === "checkboxes" ? "checkbox" : "radio";
  return (
    <div class={groupClass}>
      <fieldset class="usa-fieldset" aria-describedby={describedBy}>
        <legend class="usa-legend">
          <h1>{words.title}</h1>
        </legend>
        <Hint id={hintId} text={words.hint} />
        <ErrorMessage id={errorId} text={error} prefix={errorPrefix} />
        {options.map((option, index) => {
          const id = index === 0 ? question.id : `${question.id}-${option.id}`;
          const optionWords = words.options[option.id];
          const optionHintId = `${id}-hint`;
          return (
            <div class={`usa-${type}`}>
              <input
                class={`usa-${type}__input usa-${type}__input--tile`}
                type={type}
                id={id}
                name={question.id}
                value={option.id}
                checked={chosen.includes(option.id)}
                aria-describedby={optionWords?.hint ? optionHintId : undefined}
              />
              <label class={`usa-${type}__label`} for={id}>
                {optionWords?.label}
                {optionWords?.hint && (
                  <span class={`usa-${type}__label-description`} id={optionHintId}>
                    {optionWords.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/**
 * @module
 * One question as form controls: radios and checkboxes in a fieldset whose
 * legend is the page heading, or a drop-down list whose label is the page
 * heading (the same size either way). Options the registry sorts into home and
 * business products are shown under their own small headings when both kinds
 * are offered. The first control's id is the question id, so error links land on it.
 */
import { BUSINESS_PRODUCTS, CONSUMER_PRODUCTS, type Option, type Question } from "../../check/questionnaire";
import type { Catalog, QuestionWords } from "../../i18n";
import { NoBreakCodes } from "./no-break";

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
  /** The headings of the home and business groups of options (the public pages' catalog). */
  readonly groupWords?: Catalog["pages"]["optionGroups"];
}

type GroupKey = keyof Catalog["pages"]["optionGroups"];

/** The registry's own lists: home products for everyone, business products for organizations only. */
const GROUP_OF = new Map<string, GroupKey>([
  ...CONSUMER_PRODUCTS.map((id) => [id, "home"] as const),
  ...BUSINESS_PRODUCTS.map((id) => [id, "business"] as const),
]);

interface OptionGroup {
  readonly key?: GroupKey;
  readonly options: readonly Option[];
}

/** The options in their groups, or one plain group when fewer than two groups are offered. */
export function groupOptions(options: readonly Option[]): readonly OptionGroup[] {
  const keys = [...new Set(options.map((o) => GROUP_OF.get(o.id)).filter((key) => key !== undefined))];
  if (keys.length < 2) return [{ options }];
  return [
    ...keys.map((key) => ({ key, options: options.filter((o) => GROUP_OF.get(o.id) === key) })),
    { options: options.filter((o) => !GROUP_OF.has(o.id)) },
  ];
}

function Hint({ id, text, class: extra }: { id: string; text?: string; class?: string }) {
  return text ? (
    <div class={`usa-hint${extra ? ` ${extra}` : ""}`} id={id}>
      <NoBreakCodes text={text} />
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

export function QuestionField({
  question,
  words,
  options,
  chosen,
  error,
  emptyChoice,
  errorPrefix,
  groupWords,
}: QuestionFieldProps) {
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [words.hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  const groupClass = `usa-form-group${error ? " usa-form-group--error" : ""}`;

  if (question.control === "select") {
    return (
      <div class={groupClass}>
        <h1 class="question-title">
          <label class="question-title__label" for={question.id}>
            {words.title}
          </label>
        </h1>
        <Hint id={hintId} text={words.hint} class="question-hint" />
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
  const groups = groupOptions(options);
  const firstShown = groups.flatMap((group) => group.options)[0];
  return (
    <div class={groupClass}>
      <fieldset class="usa-fieldset" aria-describedby={describedBy}>
        <legend class="usa-legend">
          <h1 class="question-title">{words.title}</h1>
        </legend>
        <Hint id={hintId} text={words.hint} class="question-hint" />
        <ErrorMessage id={errorId} text={error} prefix={errorPrefix} />
        {groups.map((group) => {
          const controls = group.options.map((option) => (
            <OptionControl
              question={question}
              type={type}
              option={option}
              first={option === firstShown}
              words={words}
              chosen={chosen}
            />
          ));
          if (!group.key || !groupWords) return controls;
          const groupHintId = `${question.id}-${group.key}-hint`;
          return (
            <fieldset class="usa-fieldset option-group" aria-describedby={groupHintId}>
              <legend class="option-group__title">{groupWords[group.key].title}</legend>
              <Hint id={groupHintId} text={groupWords[group.key].hint} />
              {controls}
            </fieldset>
          );
        })}
      </fieldset>
    </div>
  );
}

interface OptionControlProps {
  readonly question: Question;
  readonly type: "radio" | "checkbox";
  readonly option: Option;
  /** The first option takes the question's id, so the error summary's link lands on it. */
  readonly first: boolean;
  readonly words: QuestionWords;
  readonly chosen: readonly string[];
}

function OptionControl({ question, type, option, first, words, chosen }: OptionControlProps) {
  const id = first ? question.id : `${question.id}-${option.id}`;
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
            <NoBreakCodes text={optionWords.hint} />
          </span>
        )}
      </label>
    </div>
  );
}

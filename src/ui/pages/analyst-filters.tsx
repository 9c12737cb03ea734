/**
 * @module
 * The dashboard's filters: a date range and a channel, sent by GET so every
 * view has its own address and works without JavaScript.
 */
import { CHANNELS } from "../../check/vocabulary";
import type { Catalog } from "../../i18n";
import type { FieldError } from "../components/error-summary";
import { ErrorMessage } from "../components/question-field";

export interface FilterValues {
  readonly from: string;
  readonly to: string;
  /** "" for every channel. */
  readonly channel: string;
}

function DateField({
  id,
  label,
  value,
  error,
  errorPrefix,
}: {
  id: "from" | "to";
  label: string;
  value: string;
  error?: string;
  errorPrefix: string;
}) {
  const describedBy = ["dates-hint", ...(error ? [`${id}-error`] : [])].join(" ");
  return (
    <div class={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label class={`usa-label${error ? " usa-label--error" : ""}`} for={id}>
        {label}
      </label>
      <ErrorMessage id={`${id}-error`} text={error} prefix={errorPrefix} />
      <input
        class={`usa-input${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        type="date"
        value={value}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export function AnalystFilters({
  catalog,
  values,
  errors,
}: {
  catalog: Catalog;
  values: FilterValues;
  errors: readonly FieldError[];
}) {
  const { filters } = catalog.analyst;
  const errorPrefix = catalog.site.errorTitlePrefix;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const channelError = errorFor("channel-all");
  const options = [
    { value: "", label: filters.channels.all },
    ...CHANNELS.map((c) => ({ value: c, label: filters.channels[c] })),
  ];
  return (
    <form class="usa-form usa-form--large" method="get" action="/analyst">
      <h2>{filters.title}</h2>
      <fieldset class="usa-fieldset">
        <legend class="usa-legend">{filters.dates}</legend>
        <span class="usa-hint" id="dates-hint">
          {filters.datesHint}
        </span>
        <DateField id="from" label={filters.from} value={values.from} error={errorFor("from")} errorPrefix={errorPrefix} />
        <DateField id="to" label={filters.to} value={values.to} error={errorFor("to")} errorPrefix={errorPrefix} />
      </fieldset>
      <fieldset
        class={`usa-fieldset${channelError ? " usa-form-group usa-form-group--error" : ""}`}
        aria-describedby={channelError ? "channel-error" : undefined}
      >
        <legend class="usa-legend">{filters.channel}</legend>
        <ErrorMessage id="channel-error" text={channelError} prefix={errorPrefix} />
        {options.map((o) => (
          <div class="usa-radio">
            <input
              class="usa-radio__input"
              id={`channel-${o.value || "all"}`}
              type="radio"
              name="channel"
              value={o.value}
              checked={values.channel === o.value}
            />
            <label class="usa-radio__label" for={`channel-${o.value || "all"}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
      <button class="usa-button" type="submit">
        {filters.submit}
      </button>
    </form>
  );
}

/** @module The small form that opens an earlier result by its reference code (GET, so it needs no token). */
import type { Catalog } from "../../i18n";
import { NoBreakCodes } from "./no-break";

export interface ReferenceLookupProps {
  readonly catalog: Catalog;
  readonly value?: string;
  readonly error?: string;
  readonly action?: string;
  /** The form's heading; false when the page's own heading already names the form. */
  readonly title?: string | false;
}

export function ReferenceLookup(props: ReferenceLookupProps) {
  const { catalog, value, error } = props;
  const { lookup } = catalog.pages;
  const title = props.title ?? lookup.title;
  return (
    <form class={title ? "usa-form lookup" : "usa-form"} method="get" action={props.action ?? "/result"}>
      {title && <h2>{title}</h2>}
      <div class={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
        <label class="usa-label" for="reference">
          {lookup.label}
        </label>
        <div class="usa-hint" id="reference-hint">
          <NoBreakCodes text={lookup.hint} />
        </div>
        {error && (
          <span class="usa-error-message" id="reference-error">
            <span class="usa-sr-only">{catalog.site.errorTitlePrefix}</span>
            {error}
          </span>
        )}
        <input
          class="usa-input usa-input--medium"
          id="reference"
          name="reference"
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={error ? "reference-hint reference-error" : "reference-hint"}
        />
      </div>
      <button class="usa-button usa-button--outline" type="submit">
        {lookup.submit}
      </button>
    </form>
  );
}

/** @module The small form that opens an earlier result by its reference code (GET, so it needs no token). */
import type { Catalog } from "../../i18n";

export function ReferenceLookup(props: { catalog: Catalog; value?: string; error?: string; action?: string; title?: string }) {
  const { catalog, value, error } = props;
  const { lookup } = catalog.pages;
  return (
    <form class="usa-form lookup" method="get" action={props.action ?? "/result"}>
      <h2>{props.title ?? lookup.title}</h2>
      <div class={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
        <label class="usa-label" for="reference">
          {lookup.label}
        </label>
        <div class="usa-hint" id="reference-hint">
          {lookup.hint}
        </div>
        {error && (
          <span class="usa-error-message" id="reference-error">
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

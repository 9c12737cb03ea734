/**
 * @module
 * The error summary at the top of a form page. It takes focus on load through
 * `autofocus` (no script needed), and each error links to its field.
 */
import type { Catalog } from "../../i18n";

export interface FieldError {
  /** The id of the input the message is about. */
  readonly field: string;
  readonly message: string;
}

export function ErrorSummary({ catalog, errors }: { catalog: Catalog; errors: readonly FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div class="usa-alert usa-alert--error" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus>
      <div class="usa-alert__body">
        <h2 class="usa-alert__heading" id="error-summary-title">
          {catalog.site.errorSummaryTitle}
        </h2>
        <ul class="usa-list usa-list--unstyled usa-alert__text">
          {errors.map((error) => (
            <li>
              <a class="usa-link" href={`#${error.field}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

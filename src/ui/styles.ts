/**
 * @module
 * The stylesheet, served from the Worker with a content hash in its path so it
 * can be cached for a year. Class names follow the U.S. Web Design System, so the
 * compiled USWDS packages can replace these rules without touching the markup.
 */

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
body{margin:0}
main,header,footer,.usa-banner{max-width:46rem;margin:0 auto;padding:0 1rem}
.usa-banner{font-size:.875rem;background:#f0f0f0;max-width:none;padding:.25rem 1rem}
.usa-header{padding-top:1rem;padding-bottom:1rem;border-bottom:4px solid #005ea2;max-width:none}
.usa-logo{font-weight:700;font-size:1.25rem;color:#1b1b1b;text-decoration:none}
.usa-main{padding-bottom:2rem}
.usa-footer{border-top:1px solid #dfe1e2;font-size:.875rem;padding-top:1rem;padding-bottom:2rem}
h1{font-size:2rem;line-height:1.2;margin:1.5rem 0 1rem}
h2{font-size:1.375rem;margin:1.5rem 0 .5rem}
a{color:#005ea2}a:visited{color:#54278f}
:focus-visible,.usa-alert:focus{outline:.25rem solid #2491ff;outline-offset:0}
.usa-skipnav{position:absolute;left:-999em}.usa-skipnav:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.usa-sr-only{position:absolute;left:-999em}
.usa-intro{font-size:1.25rem}
.back-link{display:inline-block;margin-top:1rem;padding:.25rem 0}
.back-link::before{content:"‹ "}
.usa-button{display:inline-block;font:inherit;font-weight:700;color:#fff;background:#005ea2;border:2px solid #005ea2;border-radius:.25rem;padding:.75rem 1.25rem;margin:1rem 0;cursor:pointer;text-decoration:none;min-height:2.75rem}
.usa-button:hover{background:#1a4480}.usa-button:visited{color:#fff}
.usa-button--outline{background:#fff;color:#005ea2}.usa-button--outline:visited{color:#005ea2}.usa-button--outline:hover{background:#f0f0f0}
.usa-button--big{font-size:1.5rem}
.usa-button-group{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:0 1rem}
.usa-fieldset{border:0;padding:0;margin:0}
.usa-legend h1,.usa-label h1{margin:0}
h1 .usa-label{display:block}
.usa-form-group{margin:1rem 0}
.usa-form-group--error{border-left:.25rem solid #b50909;padding-left:1rem}
.usa-hint{color:#565c65;margin:.25rem 0 .5rem}
.usa-error-message{display:block;color:#b50909;font-weight:700;margin:.25rem 0}
.usa-radio,.usa-checkbox{position:relative;margin:.5rem 0}
.usa-radio__input,.usa-checkbox__input{position:absolute;left:.75rem;top:.95rem;width:1.5rem;height:1.5rem;margin:0;accent-color:#005ea2}
.usa-radio__label,.usa-checkbox__label{display:block;border:2px solid #dfe1e2;border-radius:.25rem;padding:.75rem .75rem .75rem 3rem;cursor:pointer;min-height:3rem}
.usa-radio__input:checked+label,.usa-checkbox__input:checked+label{border-color:#005ea2;background:#eff6fb}
.usa-radio__input:focus-visible+label,.usa-checkbox__input:focus-visible+label{outline:.25rem solid #2491ff}
.usa-radio__label-description,.usa-checkbox__label-description{display:block;font-size:.9375rem;color:#565c65}
.usa-select,.usa-input{font:inherit;border:2px solid #565c65;border-radius:0;padding:.5rem;min-height:2.75rem;width:100%;max-width:30rem;background:#fff}
.usa-input--medium{max-width:12rem}
.usa-alert{border-left:.5rem solid #b50909;background:#f4e3db;padding:1rem;margin:1rem 0}
.usa-alert__heading{margin-top:0}
.usa-list--unstyled{list-style:none;padding:0}
.usa-summary-box{background:#e7f6f8;border:1px solid #99deea;border-radius:.25rem;padding:1rem;margin:1rem 0}
.usa-summary-box p{margin:.25rem 0}
.reference__code{font-size:2rem;font-weight:700;letter-spacing:.1em;font-family:ui-monospace,Menlo,Consolas,monospace}
.summary-list{margin:0 0 2rem}
.summary-list__row{display:flex;flex-wrap:wrap;gap:0 1rem;border-bottom:1px solid #dfe1e2;padding:.75rem 0}
.summary-list__row dt{font-weight:700;flex:1 1 12rem}
.summary-list__row dd{margin:0;flex:2 1 14rem}
.summary-list__row dd:last-child{flex:0 0 auto}
.steps{padding-left:1.5rem}
.step{margin-bottom:1.5rem}
.step h2{margin-top:1rem}
.step__why summary{cursor:pointer;color:#005ea2;text-decoration:underline;min-height:1.5rem}
.lookup{margin-top:3rem;border-top:1px solid #dfe1e2}
@media print{.usa-banner,.usa-header,.usa-footer,.usa-skipnav,.no-print,.back-link{display:none}
.step{break-inside:avoid}.step__why[open] summary,.step__why summary{color:#1b1b1b;text-decoration:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}}
`.trim();

/** 32-bit FNV-1a, as hex: enough to tell one stylesheet version from another. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

export const STYLESHEET = CSS;
export const STYLESHEET_PATH = `/assets/site.${contentHash(CSS)}.css`;

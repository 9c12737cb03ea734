/**
 * @module
 * What every page needs to know besides its own content: its language, the
 * words of that language, and where the language switch links go.
 */
import type { Catalog, Locale } from "../i18n";

export interface LanguageLink {
  readonly locale: Locale;
  /** The language's name in itself ("Español"). */
  readonly name: string;
  readonly href: string;
}

export interface PageContext {
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** The same page in each other language (empty on pages that cannot be switched). */
  readonly otherLanguages: readonly LanguageLink[];
}

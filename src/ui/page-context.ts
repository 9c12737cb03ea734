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

/** Who runs this deployment and how to reach its hotline, in the page's language (from src/config.ts). */
export interface SiteIdentity {
  /** Replaces the catalog's service name when the deployment names itself. */
  readonly serviceName?: string;
  readonly agencyName?: string;
  /** Shows the "official website of the United States government" banner. */
  readonly government: boolean;
  readonly hotline?: { readonly display: string; readonly tel: string; readonly hours?: string };
}

/** Who is signed in on a staff page, and how they sign out. */
export interface StaffIdentity {
  readonly email: string;
  readonly role: "agent" | "analyst";
  /** Access's logout is a link; the local dev sign-out is a form post. */
  readonly signOut: { readonly href: string; readonly method: "get" | "post" };
}

export interface PageContext {
  readonly locale: Locale;
  readonly catalog: Catalog;
  /** The same page in each other language (empty on pages that cannot be switched). */
  readonly otherLanguages: readonly LanguageLink[];
  /** The deployment's identity; pages drawn without a request (staff sign-in refusals) have none. */
  readonly site?: SiteIdentity;
  /** Set on staff pages (after the staff sign-in): the staff bar in the header. */
  readonly staff?: StaffIdentity;
}

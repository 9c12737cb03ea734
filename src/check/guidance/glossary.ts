/**
 * @module
 * Names and terms the guidance must keep, however long: products, laws,
 * agencies, the screens people must find and addresses they must type. The
 * readability test (test/unit/guidance-readability.test.ts) reads each as
 * one short word, so the grade measures our sentences, not the names we
 * cannot change. Longest first within a list, so a longer name is taken
 * whole before a shorter one inside it. Data only: add a term here, never
 * shorten a name to pass the grade.
 */

/** English terms, as the catalog writes them. */
export const GLOSSARY_EN = [
  // Laws, rules and agencies.
  "National Defense Authorization Act for Fiscal Year 2018",
  "National Defense Authorization Act",
  "Binding Operational Directive 17-01",
  "Federal Acquisition Regulation",
  "FAR 52.204-23",
  "Clause 52.204-23",
  "Executive Order 13873",
  "Cybersecurity and Infrastructure Security Agency",
  "Bureau of Industry and Security",
  "Commerce Department",
  "Department of Homeland Security",
  "CISA Central",
  // Kaspersky's products and parts.
  "Kaspersky Security for Microsoft Office 365",
  "Security for Microsoft Office 365",
  "Kaspersky VPN Secure Connection",
  "Kaspersky Password Manager",
  "Kaspersky Security Center",
  "Kaspersky Endpoint Security Cloud",
  "Endpoint Security Cloud",
  "Kaspersky Small Office Security",
  "Small Office Security",
  "Kaspersky Safe Kids",
  "Security Center",
  "Network Agent",
  "Password Manager",
  "My Kaspersky",
  "kavremover",
  // Other companies' products and the screens people must find.
  "Microsoft Defender Antivirus",
  "Microsoft Entra ID",
  "Microsoft 365",
  "Google Play Protect",
  "Installed apps",
  "App Library",
  "Pango Group",
  // Addresses to type.
  "support.kaspersky.com",
  "report.cisa.gov",
  "central@cisa.gov",
  "888-282-0870",
] as const;

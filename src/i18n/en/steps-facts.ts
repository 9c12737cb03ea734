/**
 * @module
 * English words for the facts (src/check/guidance/facts.ts): what applies to
 * the respondent, read before any task. Every statement rests on
 * shared/facts/kaspersky-ban.md; nothing it marks UNCONFIRMED is said here.
 */
import type { StepWords } from "..";

export const factSteps = {
  outside_us_not_covered: {
    title: "The {banYear} Commerce rule does not cover you",
    body: [
      "The rule limits what Kaspersky may provide in the United States or to US persons.",
      "US persons are US citizens, permanent residents, organizations registered in the US, and anyone in the US. You told us you are none of these.",
      "So the steps about that rule are not shown. Check the rules of the country you are in.",
    ],
  },
  outside_us_covered: {
    title: "The rule still covers you outside the US",
    body: [
      "The {banYear} Commerce rule binds Kaspersky. It bars Kaspersky from providing its products and services in the United States or to US persons.",
      "US persons include US citizens, permanent residents and organizations registered in the US, wherever they are. You told us you are one, so these steps apply to you.",
    ],
  },
  federal_already_barred: {
    title: "Federal agencies may not use Kaspersky at all",
    body: [
      "Since {federalBan}, federal law has barred every federal agency from using any product or service made or provided by Kaspersky, in whole or in part.",
      "That includes other companies' products with Kaspersky technology inside. The law is section 1634 of the National Defense Authorization Act for Fiscal Year 2018.",
      "The Commerce Department's statement that users face no penalty is about its {banYear} rule. It does not change this.",
    ],
  },
  contractor_barred: {
    title: "Federal contractors may not use Kaspersky in contract work",
    body: [
      "Every federal contract includes clause 52.204-23 of the Federal Acquisition Regulation, and every subcontract must include it too. Under it:",
      [
        "You may not provide any Kaspersky product or service for the government to use.",
        "You may not use one to produce data or deliverables under the contract.",
        "This includes other companies' products with Kaspersky technology inside.",
      ],
    ],
  },
  provider_must_stop: {
    title: "You may not sell, resell or build in Kaspersky products",
    body: [
      "From {salesStop}, you may not make new deals to supply Kaspersky products or services to US persons.",
      "US persons are anyone in the US, and US citizens, permanent residents and organizations registered in the US, wherever they are.",
      "From {updatesStop}, you may not resell them or build them into other products, nor license them for that.",
      "The Commerce Department says sellers that break the rule face penalties.",
      "The rule does not cover Kaspersky's threat intelligence, its security training, or consulting that only informs or teaches.",
    ],
  },
  updates_stopped: {
    title: "Kaspersky no longer protects your devices",
    body: [
      "Since {updatesStop}, Kaspersky has not been allowed to send updates to people and organizations in the United States.",
      "The software still runs, but it cannot recognize new threats. So it gives a false sense of safety.",
    ],
  },
  updates_ending: {
    title: "Kaspersky updates stop on {updatesStop}",
    body: [
      "Kaspersky has not been allowed to make new sales in the United States since {salesStop}.",
      "From {updatesStop} it may not send updates either, and the software will stop recognizing new threats.",
      "The Commerce Department strongly urges you to switch now rather than wait.",
    ],
  },
  sales_ending: {
    title: "Kaspersky sales stop on {salesStop} and updates on {updatesStop}",
    body: [
      "From {salesStop} Kaspersky may not make new sales in the United States.",
      "From {updatesStop} it may not send updates, and the software will stop recognizing new threats.",
      "The Commerce Department strongly urges you to switch now rather than wait.",
    ],
  },
  no_security_fixes: {
    title: "Your Kaspersky apps no longer get security fixes",
    body: [
      "Since {updatesStop}, Kaspersky has not been allowed to send software updates to people and organizations in the United States.",
      "Flaws found in its apps from then on will not be fixed. Plan to move to other apps.",
    ],
  },
  ultraav_sign: {
    title: "UltraAV may have replaced Kaspersky on your device",
    body: [
      "In {handoverMonth} Kaspersky handed its US customers over to UltraAV, a product of Pango Group.",
      "On many Windows computers, an update removed Kaspersky and installed UltraAV without anyone clicking anything. VPN subscribers got UltraVPN.",
      "UltraAV is not a virus. It is also sold on its own. If it appeared without you installing it, it probably replaced Kaspersky.",
    ],
  },
  not_illegal: {
    title: "Having or using Kaspersky is not against the law for you",
    body: [
      "The {banYear} rule binds Kaspersky and those who sell its products, not their customers.",
      "The Commerce Department has said that people and businesses who have or use Kaspersky products face no criminal or civil penalty.",
      "But you keep every risk of using it, and the government strongly urges everyone to switch.",
    ],
  },
  not_affected: {
    title: "You do not seem to be affected",
    body: [
      "You told us you do not have Kaspersky, so there is nothing you need to remove.",
      "To double-check, search each device's list of apps for Kaspersky, UltraAV and UltraVPN. Keep your devices' own protection switched on and up to date.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;

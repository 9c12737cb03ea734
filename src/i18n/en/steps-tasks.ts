/**
 * @module
 * English words for the tasks that come before removal (src/check/guidance/
 * tasks.ts): reporting, finding out, preparing. Every statement rests on
 * shared/facts/kaspersky-ban.md; the contract clause's deadlines are not
 * restated (they differ between versions of the clause): people read their own.
 */
import type { StepWords } from "..";

export const taskSteps = {
  contractor_report: {
    title: "Report Kaspersky found in contract work",
    body: [
      "If you find a Kaspersky product provided to the government under a contract, report it in writing to the contracting officer. Do the same if a subcontractor tells you of one.",
      "For Department of Defense contracts, report it at dibnet.dod.mil instead.",
      "The clause sets short deadlines, counted in business days. Read paragraph (c) of the clause in your own contract: its version decides the deadlines.",
    ],
  },
  federal_report: {
    title: "Report and remove any Kaspersky you find",
    body: [
      "Report anything made by Kaspersky, or with Kaspersky technology inside, to your agency's security team. Then remove it.",
      "Binding Operational Directive 17-01 ordered agencies to find and remove Kaspersky products in {federalDirectiveYear}.",
    ],
  },
  cisa_help: {
    title: "Ask CISA for help moving off Kaspersky",
    body: [
      "The Cybersecurity and Infrastructure Security Agency (CISA) was asked to help critical-infrastructure organizations that use Kaspersky find alternatives.",
      "State and local governments were named among those users. Contact CISA Central: its details are under “Who can help”.",
    ],
  },
  how_to_check: {
    title: "Check whether you have Kaspersky",
    body: [
      "Look on each device for anything named Kaspersky:",
      [
        "Windows: open Settings, then Apps, then Installed apps, and search for Kaspersky. A Kaspersky icon near the clock is another sign.",
        "Mac: open Finder, then Applications, and look for Kaspersky. A Kaspersky icon in the menu bar is another sign.",
        "Android: open Settings, then Apps, and look for Kaspersky.",
        "iPhone or iPad: swipe to the App Library and search for Kaspersky.",
      ],
      "If UltraAV or UltraVPN appeared on a device without you installing it, that device probably had Kaspersky. In {handoverMonth} Kaspersky handed its US customers to UltraAV.",
      "When you know, do the check again with your new answer to get steps that fit.",
    ],
  },
  find_installed: {
    title: "Find which of your devices have Kaspersky",
    body: [
      "Check each computer, phone and tablet:",
      [
        "Windows: open Settings, then Apps, then Installed apps, and search for Kaspersky.",
        "Mac: open Finder, then Applications, and look for Kaspersky.",
        "Android: open Settings, then Apps, and look for Kaspersky.",
        "iPhone or iPad: swipe to the App Library and search for Kaspersky.",
      ],
      "Then follow the removal steps below for each device that has it.",
    ],
  },
  org_inventory: {
    title: "Find every device and product that runs Kaspersky",
    body: [
      "List every computer, server and phone your organization manages, and check each one. Include laptops that rarely connect and systems a supplier manages.",
      "Also list other companies' products that may contain Kaspersky's engine: firewalls, gateways, routers and security suites.",
    ],
  },
  embedded_ask_vendor: {
    title: "Ask the makers of your other products about Kaspersky inside",
    body: [
      "The ban also covers Kaspersky software built into other companies' products.",
      "Some firewalls, routers and security suites use Kaspersky's engine to find threats.",
      "Ask each maker two things. Does their product have Kaspersky inside? What will replace it?",
      "From {updatesStop}, those Kaspersky parts get no updates.",
    ],
  },
  provider_move_clients: {
    title: "Move your clients off Kaspersky",
    body: [
      "Tell your clients that you can no longer supply or renew Kaspersky, and help them move to other products.",
      "Check whether anything you supply has a Kaspersky engine inside, and ask its maker what replaces it.",
    ],
  },
  contractor_flow_down: {
    title: "Put the clause in every subcontract",
    body: [
      "Clause 52.204-23 must be included in all your subcontracts, including those for commercial products and services.",
      "Ask your subcontractors to check for Kaspersky too, and to tell you what they find.",
    ],
  },
  edr_mdr_monitoring: {
    title: "Set up other monitoring before Kaspersky EDR or MDR stops",
    body: [
      "When Kaspersky's detection and response service stops, its monitoring stops with no warning. No alert tells you it has gone.",
      "Have other monitoring running and tested before you remove it.",
    ],
  },
  org_replacement_first: {
    title: "Choose and test the replacement before you remove Kaspersky",
    body: [
      "Pick the new protection and try it on a few devices first. Then no device is left unprotected while you switch.",
      "On servers, install and test the replacement before anything else.",
      "Independent test labs such as AV-TEST and AV-Comparatives compare products. This service does not recommend any company.",
    ],
  },
  export_passwords: {
    title: "Export your passwords before you uninstall",
    body: [
      "Kaspersky Password Manager's own backup file can only be read by Kaspersky. So export your passwords first:",
      [
        "In Password Manager, go to Additional, then Settings, then Import/Export, and choose Export to text file.",
        "Import that file into your new password manager.",
        "Then delete the file: it holds every password in plain text.",
      ],
    ],
  },
  passwords_moved: {
    title: "Make sure your passwords were moved",
    body: [
      "Check that your new password manager has every password you kept in Kaspersky Password Manager.",
      "If some are missing, reset them with each website's “Forgot password” link.",
      "If you exported them to a text file, delete that file: it holds every password in plain text.",
    ],
  },
  vpn_ends: {
    title: "Removing Kaspersky VPN ends your VPN",
    body: ["When you remove Kaspersky VPN Secure Connection, the VPN stops. If you need a VPN, set up another one first."],
  },
  cancel_renewal: {
    title: "Stop paying for Kaspersky",
    body: [
      "If you bought Kaspersky from its website, turn off automatic renewal. Sign in to My Kaspersky and go to Subscriptions.",
      "Kaspersky's payments are handled by a company called Nexway, so its name may be on your statements.",
      "If you subscribed through an app store, cancel it in that store's subscriptions instead.",
    ],
  },
  org_licences: {
    title: "End your business licences",
    body: [
      "Business licences usually come through a reseller or service provider. Ask them to stop any renewal.",
      "Ask them also what happens to licence time you have paid for but not used.",
    ],
  },
  ultraav_billing: {
    title: "Check whether UltraAV is charging you",
    body: [
      "In {handoverMonth} Kaspersky moved about a million US customers to UltraAV. UltraAV kept the Kaspersky billing schedule.",
      "So you may be charged even if you never chose it. Check your card and bank statements.",
      "To stop paying, cancel the subscription in your UltraAV account.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;

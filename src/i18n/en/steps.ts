/**
 * @module
 * English words for each guidance step (ids from src/check/guidance/rules.ts).
 * A body is a list of paragraphs; a nested list is shown as bullet points.
 * Every statement rests on shared/facts/kaspersky-ban.md; nothing it marks
 * UNCONFIRMED is said here.
 */
import type { StepCatalog } from "..";

export const steps = {
  updates_stopped: {
    title: "Kaspersky no longer protects your devices",
    body: [
      "Since {updatesStop} Kaspersky has not been allowed to send updates to people and organizations in the United States. The software still runs, but it cannot recognize new threats, so it gives a false sense of safety.",
      "Replace it now. The steps below tell you how, in order.",
    ],
  },
  updates_ending: {
    title: "Kaspersky updates stop on {updatesStop}",
    body: [
      "Kaspersky has not been allowed to make new sales in the United States since {salesStop}. From {updatesStop} it may not send updates either, and the software will stop recognizing new threats.",
      "The Commerce Department strongly urges you to switch now rather than wait.",
    ],
  },
  sales_ending: {
    title: "Kaspersky sales stop on {salesStop} and updates on {updatesStop}",
    body: [
      "From {salesStop} Kaspersky may not make new sales in the United States. From {updatesStop} it may not send updates, and the software will stop recognizing new threats.",
      "The Commerce Department strongly urges you to switch now rather than wait.",
    ],
  },
  how_to_check: {
    title: "How to check whether you have Kaspersky",
    body: [
      "Look on each device for anything named Kaspersky:",
      [
        "Windows: open Settings, then Apps, then Installed apps, and search for Kaspersky. A Kaspersky icon near the clock is another sign.",
        "Mac: open Finder, then Applications, and look for Kaspersky. A Kaspersky icon in the menu bar is another sign.",
        "Android: open Settings, then Apps, and look for Kaspersky.",
        "iPhone or iPad: swipe to the App Library and search for Kaspersky.",
      ],
      "If UltraAV or UltraVPN appeared on a device without you installing it, that device almost certainly had Kaspersky: in {handoverMonth} Kaspersky handed its US customers to UltraAV.",
      "When you know, you can go back and change your answer to get steps that fit.",
    ],
  },
  ultraav_sign: {
    title: "UltraAV on a device means it had Kaspersky",
    body: [
      "In {handoverMonth} Kaspersky handed its US customers over to UltraAV, a product of Pango Group. On many Windows computers an update removed Kaspersky and installed UltraAV (and UltraVPN for VPN subscribers) without anyone clicking anything.",
      "It is not a virus. But it means Kaspersky was on that device, and you may still be paying for a subscription: see the billing step below.",
    ],
  },
  federal_already_barred: {
    title: "Federal agencies have been barred from Kaspersky since {federalDirectiveYear}",
    body: [
      "Binding Operational Directive 17-01 and then the National Defense Authorization Act for 2018 bar federal agencies from using Kaspersky products. Any Kaspersky software you find should already have been removed.",
      "Report what you find to your agency's security team and remove it.",
    ],
  },
  provider_must_stop: {
    title: "You may not sell, resell or build in Kaspersky products",
    body: [
      "From {salesStop} no new agreements to supply Kaspersky products or services to US persons are allowed. From {updatesStop} resale, integration into other products and licensing for resale or integration are barred too.",
      "The Commerce Department says sellers and resellers that break the rule face penalties. Help your clients move to other products, and check whether anything you supply uses a Kaspersky engine inside.",
    ],
  },
  not_illegal: {
    title: "You are not breaking the law",
    body: [
      "The ban binds Kaspersky, not its customers. The Commerce Department has said that people and businesses who have or use Kaspersky products face no criminal or civil penalty.",
      "But every risk of using it stays with you, and the government strongly urges everyone to switch.",
    ],
  },
  org_inventory: {
    title: "Find every device and product that runs Kaspersky",
    body: [
      "Make a list of every computer, server and phone your organization manages, and check each one. Include laptops that are rarely connected and systems that are managed by a supplier.",
      "Also list other companies' products that may contain Kaspersky's engine: firewalls, gateways, routers and security suites.",
    ],
  },
  org_central_removal: {
    title: "Remove Kaspersky centrally, then roll out the replacement",
    body: [
      "If you manage Kaspersky with Kaspersky Security Center, use its remote uninstall tasks to remove it from managed devices rather than visiting each one.",
      "Have the replacement ready before you remove Kaspersky so that devices are not left unprotected, and check afterwards that every device on your list reports the new protection.",
    ],
  },
  export_passwords: {
    title: "Export your passwords before you uninstall",
    body: [
      "Kaspersky Password Manager's own backup file can only be read by Kaspersky, so export your passwords first:",
      [
        "In Password Manager, go to Additional, then Settings, then Import/Export, and choose Export to text file.",
        "Import that file into your new password manager.",
        "Then delete the file: it holds every password in plain text.",
      ],
    ],
  },
  cancel_renewal: {
    title: "Stop paying for Kaspersky",
    body: [
      "Turn off automatic renewal so you are not charged for software that no longer gets updates. Sign in to My Kaspersky and go to Subscriptions; payments are handled by a company called Nexway.",
      "If you subscribed through an app store, cancel it in that store's subscriptions instead.",
    ],
  },
  ultraav_billing: {
    title: "Check whether UltraAV is charging you",
    body: [
      "In {handoverMonth} Kaspersky moved about a million US customers to UltraAV. UltraAV carries over the Kaspersky billing schedule, so you may be charged even if you never chose it.",
      "Check your card or bank statements and UltraAV's billing. You can keep UltraAV, or remove it with its own uninstaller. Either way, make sure something up to date protects each device.",
    ],
  },
  uninstall_windows: {
    title: "Uninstall Kaspersky from Windows",
    body: [
      [
        "Open Settings, then Apps, then Installed apps.",
        "Find each Kaspersky app, select it and choose Uninstall. Restart the computer when asked.",
        "If the uninstall fails, use Kaspersky's own removal tool, kavremover, and restart again.",
      ],
      "Microsoft Defender Antivirus, which is built into Windows, switches on by itself once Kaspersky is gone.",
    ],
  },
  uninstall_mac: {
    title: "Uninstall Kaspersky from your Mac",
    body: [
      [
        "Open Finder, then Applications, and find the Kaspersky app.",
        "If it came with an uninstaller, use it. Otherwise drag the app to the Trash and empty the Trash.",
        "Restart the Mac.",
      ],
      "macOS has built-in protection called XProtect that keeps working after Kaspersky is removed.",
    ],
  },
  uninstall_android: {
    title: "Uninstall Kaspersky from Android phones and tablets",
    body: [
      [
        "Open Settings, then Apps, and find each Kaspersky app.",
        "Choose Uninstall.",
      ],
      "Google Play Protect, which comes with Android, keeps scanning apps, though it catches less than a full security app.",
    ],
  },
  uninstall_ios: {
    title: "Remove Kaspersky from iPhone and iPad",
    body: [
      [
        "Touch and hold the Kaspersky app, choose Remove App, then Delete App.",
        "Deleting an app does not cancel a subscription: check Settings, then your name, then Subscriptions.",
      ],
    ],
  },
  uninstall_servers: {
    title: "Remove Kaspersky from servers",
    body: [
      "Plan the removal like any change to a production system: install and test the replacement first, then remove Kaspersky in a maintenance window, using Kaspersky Security Center's remote uninstall tasks where you have them.",
      "Without updates, Kaspersky on a server keeps running but no longer catches new threats.",
    ],
  },
  replacement_protection: {
    title: "Make sure something up to date protects every device",
    body: [
      "When Kaspersky is gone, Windows turns on Microsoft Defender Antivirus and Macs rely on XProtect; Android has Google Play Protect, which catches less. Check that each device shows its protection as on and up to date.",
      "If you want another product, independent test labs such as AV-TEST and AV-Comparatives compare them. This service does not recommend any company.",
    ],
  },
  embedded_ask_vendor: {
    title: "Ask the makers of your other products about Kaspersky inside",
    body: [
      "The ban also covers Kaspersky software built into other companies' products, such as firewalls, gateways, routers and security suites that license the Kaspersky engine.",
      "Ask each maker whether their product uses Kaspersky technology and what they are replacing it with. From {updatesStop} those Kaspersky parts get no updates.",
    ],
  },
  cisa_help: {
    title: "CISA can help you move off Kaspersky",
    body: [
      "The Cybersecurity and Infrastructure Security Agency (CISA) was given the job of helping critical-infrastructure organizations that use Kaspersky find alternatives. State and local governments can reach it the same way.",
      "Contact CISA Central, open 24 hours a day: email central@cisa.gov or call 888-282-0870.",
    ],
  },
  outside_us: {
    title: "Living abroad does not take you out of the rule",
    body: [
      "The rule protects US persons. Law firms that have studied it read that as including US citizens and residents living abroad, so the advice here applies to you too.",
    ],
  },
  not_affected: {
    title: "You do not seem to be affected",
    body: [
      "You told us you do not have Kaspersky, so there is nothing you need to remove.",
      "To double-check, search each device's list of apps for Kaspersky, UltraAV and UltraVPN. Keep your devices' own protection switched on and up to date.",
    ],
  },
} satisfies StepCatalog;

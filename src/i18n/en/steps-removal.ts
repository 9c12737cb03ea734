/**
 * @module
 * English words for removal, what comes after it, and contacts
 * (src/check/guidance/tasks.ts, rules.ts). Uninstall steps follow where the
 * respondent says Kaspersky is installed, or every kind of device when they are
 * not sure, so each says "that has it". Every statement rests on
 * shared/facts/kaspersky-ban.md ("Practical steps", "Product-specific removal").
 */
import type { StepWords } from "..";

export const removalSteps = {
  org_central_removal: {
    title: "Remove Kaspersky from all devices at once",
    body: [
      "Use the tool you manage devices with to remove Kaspersky everywhere, instead of visiting each device.",
      "Afterwards, check that every device on your list shows the new protection as on.",
    ],
  },
  security_center_removal: {
    title: "Remove Kaspersky with Security Center, agent included",
    body: [
      [
        "In Kaspersky Security Center, create a task that uninstalls Kaspersky from the devices it manages.",
        "Remove the Network Agent too. It is the program that links each device to Security Center.",
        "If an uninstall password was set, you will need it.",
      ],
    ],
  },
  cloud_console_removal: {
    title: "Remove Kaspersky managed from Kaspersky's web console",
    body: [
      "Small Office Security and Endpoint Security Cloud are managed from a Kaspersky web console.",
      "If you use one, list every device it shows. Remove Kaspersky from each, then check that none is left in the console.",
    ],
  },
  office365_disconnect: {
    title: "Disconnect Kaspersky from Microsoft 365",
    body: [
      "Kaspersky Security for Microsoft Office 365 runs in the cloud, so there is nothing to remove from devices. It stays linked to your Microsoft 365 until you unlink it:",
      [
        "In its console, disconnect it from your Microsoft 365 organization.",
        "In Microsoft Entra ID, remove the consent given to the Kaspersky app.",
        "Delete the service account it used.",
      ],
    ],
  },
  safe_kids_removal: {
    title: "Remove Safe Kids from your child's devices too",
    body: [
      "Safe Kids is installed on your child's devices as well as yours. Remove it from each one.",
      "Its parental controls stop when you remove it. If you need controls, set up others first.",
    ],
  },
  uninstall_windows: {
    title: "Uninstall Kaspersky from any Windows computer that has it",
    body: [
      [
        "Open Settings, then Apps, then Installed apps.",
        "Find each Kaspersky app, select it and choose Uninstall. Restart the computer when asked.",
        "If that fails, use Kaspersky's removal tool, called kavremover. Download it only from Kaspersky's support site, support.kaspersky.com.",
      ],
      "Microsoft Defender Antivirus, which is built into Windows, switches on once Kaspersky is gone.",
    ],
  },
  uninstall_mac: {
    title: "Uninstall Kaspersky from any Mac that has it",
    body: [
      [
        "Use Kaspersky's own uninstaller. It is in the Kaspersky app's menu, or in the disk image you installed it from.",
        "Do not just drag the app to the Trash: Kaspersky puts parts of itself outside the app, and they would stay.",
        "Restart the Mac.",
      ],
      "macOS has built-in protection called XProtect that keeps working after Kaspersky is removed.",
    ],
  },
  uninstall_android: {
    title: "Uninstall Kaspersky from any Android phone or tablet that has it",
    body: [
      ["Open Settings, then Apps, and find each Kaspersky app.", "Choose Uninstall."],
      "Google Play Protect, which comes with Android, keeps scanning apps, though it catches less than a full security app.",
    ],
  },
  uninstall_ios: {
    title: "Remove Kaspersky from any iPhone or iPad that has it",
    body: [
      [
        "Touch and hold the Kaspersky app, choose Remove App, then Delete App.",
        "Deleting an app does not cancel a subscription: check Settings, then your name, then Subscriptions.",
      ],
    ],
  },
  uninstall_servers: {
    title: "Remove Kaspersky from any server that has it",
    body: [
      "Treat it like any change to a system people rely on. Remove Kaspersky at a time when a short outage does the least harm.",
      "Without updates, Kaspersky on a server keeps running but no longer catches new threats.",
    ],
  },
  ultraav_remove: {
    title: "Keep UltraAV, or cancel it and then remove it",
    body: [
      "You can keep UltraAV. If you do not want it, cancel its subscription in your UltraAV account first, so billing stops.",
      "Then remove it with its own uninstaller. Either way, make sure something up to date protects each device.",
    ],
  },
  replacement_protection: {
    title: "Make sure something up to date protects every device",
    body: [
      "When Kaspersky is gone, Windows turns on Microsoft Defender Antivirus and Macs rely on XProtect. Android has Google Play Protect, which catches less.",
      "Check that each device shows its protection as on and up to date.",
      "If you want another product, independent test labs such as AV-TEST and AV-Comparatives compare them. This service does not recommend any company.",
    ],
  },
  scan_after_switch: {
    title: "Scan every device, and report signs of a break-in",
    body: [
      "Once the new protection is on, run a full scan on each device.",
      "If you see signs that someone got in, report it to CISA at report.cisa.gov. Signs include accounts you do not know or security that was turned off.",
    ],
  },
  cisa_central: {
    title: "CISA Central",
    body: [
      "CISA's operations center answers 24 hours a day. Email central@cisa.gov or call 888-282-0870.",
      "To report an incident online, use report.cisa.gov.",
    ],
  },
} satisfies Readonly<Record<string, StepWords>>;

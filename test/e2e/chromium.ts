/**
 * Debian's Chromium (`apt-get install chromium`) and the switches it is started
 * with, shared by the browser tests (browser.ts) and Lighthouse
 * (scripts/lighthouse.ts). Plain Node runs this file as it is, with its types
 * stripped: only erasable TypeScript here, and no imports.
 */

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Nothing talks to the network by itself. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // Chromium resolves no host name but 127.0.0.1 (every other name is "not found"),
  // so neither the page nor the browser itself (Debian's build looks up Google's
  // update and sign-in hosts at start) can reach past the app.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

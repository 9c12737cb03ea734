/**
 * Chromium from Debian (`apt-get install chromium`), driven by playwright-core.
 * Never `playwright install`: browser downloads are not possible here.
 */
import { chromium, type Browser, type BrowserContext, type ViewportSize } from "playwright-core";
import { inject } from "vitest";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** How long one page action or navigation may take before the test fails with a clear message. */
const ACTION_TIMEOUT_MS = 15_000;

export function baseUrl(): string {
  return inject("baseUrl");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      // Debian's Chromium still looks up Google hosts at start; resolve nothing but loopback.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
}

export interface ContextOptions {
  /** false: the page's scripts do not run, as for someone who turned JavaScript off. */
  readonly javaScriptEnabled?: boolean;
  readonly viewport?: ViewportSize;
}

/** A fresh browser profile (no cookies) whose relative URLs resolve against the app. */
export async function openContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.viewport && { viewport: options.viewport }),
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return context;
}

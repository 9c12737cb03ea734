/**
 * Chromium from Debian (`apt-get install chromium`), driven by playwright-core.
 * Never `playwright install`: browser downloads are not possible here.
 */
import { chromium, type Browser, type BrowserContext, type ViewportSize } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";

/** How long one page action or navigation may take before the test fails with a clear message. */
const ACTION_TIMEOUT_MS = 15_000;

export function baseUrl(): string {
  return inject("baseUrl");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
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

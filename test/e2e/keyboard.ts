/**
 * Keyboard-only helpers shared by the browser tests: what has focus, Tab until
 * something is reached, press a key that loads a new page, follow an error
 * summary's link. They work with JavaScript off: Chromium still evaluates
 * Playwright's own expressions. Uses vitest's expect: for the tests only.
 */
import type { Page, Response } from "playwright-core";
import { expect } from "vitest";

/** What has keyboard focus, as plain data. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly name: string | null;
  readonly role: string | null;
  readonly href: string | null;
  readonly value: string | null;
  readonly checked: boolean | null;
  readonly text: string;
}

// A string, not a function: nothing of the test's own code runs in the page (the
// page is evaluated by Chromium even with JavaScript turned off for the site, and
// the project's types have no DOM).
const FOCUSED = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  return {
    tag: e.tagName.toLowerCase(),
    id: e.id,
    name: e.getAttribute("name"),
    role: e.getAttribute("role"),
    href: e.getAttribute("href"),
    value: "value" in e ? String(e.value) : null,
    checked: e.type === "checkbox" || e.type === "radio" ? e.checked : null,
    text: (e.textContent || "").replace(/\\s+/g, " ").trim(),
  };
})()`;

/** The element that has keyboard focus, or null when nothing (the page itself) has. */
export async function focused(page: Page): Promise<Focused | null> {
  return (await page.evaluate(FOCUSED)) as Focused | null;
}

/** A short description of a focused element for failure messages, e.g. `<a#x href=/>Start`. */
export const describeFocus = (f: Focused | null) =>
  f ? `<${f.tag}${f.id ? `#${f.id}` : ""}${f.href ? ` href=${f.href}` : ""}>${f.text.slice(0, 30)}` : "(nothing)";

/** Presses Tab until the focused element matches; fails naming every stop on the way. */
export async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean): Promise<Focused> {
  const stops: string[] = [];
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now && matches(now)) return now;
    stops.push(describeFocus(now));
  }
  throw new Error(`Tabbing never reached ${what}. Focus went: ${stops.join(" → ")}`);
}

export const isButton = (label: string) => (f: Focused) => f.tag === "button" && f.text === label;
export const isLink = (label: string) => (f: Focused) => f.tag === "a" && f.text === label;
export const hasId = (id: string) => (f: Focused) => f.id === id;

/** Presses a key that loads a new page (link, form submit) and resolves with its response once loaded. */
export async function pressForNewPage(page: Page, key: string): Promise<Response> {
  const loaded = page.waitForEvent("load");
  const response = page.waitForResponse(
    (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400),
  );
  await page.keyboard.press(key);
  const [landed] = await Promise.all([response, loaded]);
  return landed;
}

/**
 * On a question refused with the error summary focused: Tabs to the summary's
 * link to the field, follows it, checks that it lands on the field's first
 * answer (whose value is `firstValue`) and chooses that answer with Space.
 */
export async function followErrorLinkAndChoose(page: Page, fieldId: string, firstValue: string): Promise<void> {
  await tabTo(page, "the error summary's link", (f) => f.href === `#${fieldId}`);
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await focused(page))?.id).toBe(fieldId);
  expect((await focused(page))?.value).toBe(firstValue);
  await page.keyboard.press("Space");
  expect((await focused(page))?.checked).toBe(true);
}

/** Signs staff in through the local dev sign-in page (its first role is agent), by keyboard only. */
export async function signInByKeyboard(page: Page, role: "agent" | "analyst"): Promise<Response> {
  await page.goto("/dev/sign-in");
  await tabTo(page, "the first role", hasId("role"));
  if (role === "analyst") await page.keyboard.press("ArrowDown");
  expect(await focused(page)).toMatchObject({ value: role, checked: true });
  await tabTo(page, "the sign-in button", isButton("Sign in"));
  return pressForNewPage(page, "Enter");
}

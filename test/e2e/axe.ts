/**
 * What the accessibility checks share: axe-core run in the page against the
 * WCAG 2.x A and AA rules (2.2's included), and the reflow check that finds
 * anything reaching past the window or scrolling sideways inside its box.
 */
import axe from "axe-core";
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core in the page: the rules that applied to it, and its violations as
 * one readable line each (rule, impact, help, and each offending node's
 * selector with what is wrong with it).
 */
export async function runAxe(page: Page): Promise<{ rulesChecked: string[]; violations: string[] }> {
  await page.addScriptTag({ content: axe.source });
  const { rulesChecked, violations } = await page.evaluate(async (tags) => {
    const { axe: injected } = window as unknown as { axe: typeof axe };
    const results = await injected.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    const rulesChecked = [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id);
    const violations: Violation[] = results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, " ")})` : ""}`),
    }));
    return { rulesChecked, violations };
  }, WCAG_TAGS);
  return { rulesChecked, violations: violations.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.join("; ")}`) };
}

/** Elements wider than the window, or whose content is cut off or scrolls sideways inside them. */
export const SIDEWAYS_PROBLEMS = `(() => {
  const width = document.documentElement.clientWidth;
  const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\\s+/).join(".") : "");
  const problems = [];
  for (const e of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(e);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const box = e.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Visually hidden text (usa-sr-only, the skip link) is placed off screen on purpose.
    if (box.right <= 0 || style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)") continue;
    if (box.right > width + 0.5) problems.push(name(e) + " reaches " + Math.round(box.right) + " px");
    else if (e.scrollWidth > e.clientWidth + 1 && style.overflowX !== "visible" && e.tagName !== "SELECT")
      problems.push(name(e) + " cuts off or scrolls " + (e.scrollWidth - e.clientWidth) + " px of its content");
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, devicePixelRatio: window.devicePixelRatio, problems };
})()`;

/** What SIDEWAYS_PROBLEMS finds. */
export interface Sideways {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  readonly devicePixelRatio: number;
  readonly problems: readonly string[];
}

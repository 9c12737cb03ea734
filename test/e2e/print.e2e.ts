/**
 * The result page on paper: printed by headless Chromium to a Letter-size PDF
 * (print media, the page's own @page margins), it fits a typical household's
 * steps on one or two sheets and carries everything someone needs offline: the
 * reference code, the date and every step with its source, and none of the
 * screen-only parts. The PDF is read here with no library: pages are counted
 * from its page objects, and its text is decoded from the content streams
 * through each font's ToUnicode map.
 */
// The catalogs from their sources (the Worker reads them from a static file; src/i18n/index.ts).
import "../../src/i18n/bundled";
import { inflateSync } from "node:zlib";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReference } from "../../src/check/reference";
import { catalogFor, fill, formatDay } from "../../src/i18n";
import { answers as answerSet } from "../support/answers";
import { baseUrl, launchBrowser, openContext } from "./browser";

/** A household with Kaspersky and its password manager on a Windows PC and an Android phone. */
const TYPICAL_HOUSEHOLD = answerSet({
  has_kaspersky: "yes",
  products: ["consumer_current", "password_manager"],
  installed_on: ["windows", "android"],
});

interface Step {
  readonly title: string;
  readonly source?: { readonly label: string; readonly url: string };
}

interface CreatedCheck {
  readonly reference: string;
  readonly guidance: { readonly day: string; readonly steps: readonly Step[] };
}

async function createCheck(answers: object, lang: string): Promise<CreatedCheck> {
  const response = await fetch(`${baseUrl()}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers, lang }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedCheck;
}

/** One PDF object: its dictionary text and, for a stream, its decoded bytes. */
interface PdfObject {
  readonly dictionary: string;
  readonly stream?: Buffer;
}

/** Every object of a PDF written without object streams, as Chromium's (Skia's) are. */
function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const start = body.search(/stream\r?\n/);
    if (start < 0) {
      objects.set(Number(match[1]), { dictionary: body });
      continue;
    }
    const dictionary = body.slice(0, start);
    const dataStart = match.index! + match[0].indexOf(body) + body.indexOf("\n", start) + 1;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return objects;
}

/** Hex of UTF-16BE code units → text. */
const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** A ToUnicode CMap: glyph code (hex, as written in the content stream) → text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase(), utf16(text!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const from = parseInt(low!, 16);
      const targets = target!.startsWith("[") ? [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => t[1]!) : undefined;
      for (let code = from; code <= parseInt(high!, 16); code++) {
        const key = code.toString(16).toUpperCase().padStart(low!.length, "0");
        if (targets) map.set(key, utf16(targets[code - from] ?? ""));
        else map.set(key, String.fromCharCode(parseInt(target!.slice(1, -1), 16) + code - from));
      }
    }
  }
  return map;
}

/** The printed document: how many pages, how big, and the text of each page in reading order. */
function readPdf(pdf: Buffer): { pages: number; mediaBoxes: string[]; text: string[] } {
  const objects = pdfObjects(pdf);
  const reference = (dictionary: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1]);
  const pageObjects = [...objects.values()].filter((o) => /\/Type \/Page(?![a-zA-Z])/.test(o.dictionary));
  const text = pageObjects.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontList = /\/Font <<([^>]*)>>/.exec(page.dictionary)?.[1] ?? "";
    for (const [, name, id] of fontList.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id))!;
      fonts.set(name!, toUnicode(objects.get(reference(font.dictionary, "ToUnicode"))?.stream?.toString("latin1") ?? ""));
    }
    const contents = /\/Contents (?:(\d+) 0 R|\[([^\]]*)\])/.exec(page.dictionary)!;
    const streams = (contents[1] ? [contents[1]] : [...contents[2]!.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!)).map((id) =>
      objects.get(Number(id))!.stream!.toString("latin1"),
    );
    let font = new Map<string, string>();
    const shown: string[] = [];
    for (const [, fontName, hex, operator] of streams.join("\n").matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\b(ET)\b/g)) {
      if (fontName) font = fonts.get(fontName) ?? new Map();
      else if (hex !== undefined)
        for (const code of hex.match(/.{4}/g) ?? []) shown.push(font.get(code.toUpperCase()) ?? "\uFFFD");
      else if (operator) shown.push(" "); // Each text object is a run or a line of its own.
    }
    return shown.join("").replace(/\s+/g, " ").trim();
  });
  return {
    pages: pageObjects.length,
    mediaBoxes: pageObjects.map((p) => /\/MediaBox \[([^\]]*)\]/.exec(p.dictionary)?.[1] ?? "?"),
    text,
  };
}

describe("the result page, printed", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it.each([
    ["English", "en"],
    ["Spanish", "es"],
  ] as const)(
    "in %s fits a typical household's steps on one or two Letter pages with the code, the date and every step and source",
    async (_language, locale) => {
      const { reference, guidance } = await createCheck(TYPICAL_HOUSEHOLD, locale);
      expect(guidance.steps.length).toBeGreaterThanOrEqual(7);
      const context = await openContext(browser, { javaScriptEnabled: false });
      contexts.push(context);
      const page = await context.newPage();
      const response = await page.goto(`/result/${reference}?lang=${locale}`);
      expect(response?.status()).toBe(200);
      await page.emulateMedia({ media: "print" });

      const printed = readPdf(await page.pdf({ format: "Letter" }));
      const text = printed.text.join(" ");

      expect(printed.pages).toBeGreaterThanOrEqual(1);
      expect(printed.pages, `printed pages:\n${printed.text.join("\n---\n")}`).toBeLessThanOrEqual(2);
      expect(new Set(printed.mediaBoxes)).toEqual(new Set(["0 0 612 792"])); // 8.5 × 11 in, in points.

      const catalog = catalogFor(locale);
      const words = catalog.pages.result;
      expect(text).toContain(words.title);
      expect(text).toContain(formatReference(reference));
      expect(text).toContain(fill(words.checkedOn, { date: formatDay(guidance.day, locale) }));
      for (const step of guidance.steps) {
        expect(text).toContain(step.title);
        if (step.source) {
          expect(text).toContain(step.source.label);
          expect(text).toContain(step.source.url);
        }
      }
      // The "why you see this" of every step is printed too, though closed on screen.
      expect(text.split(words.why).length - 1).toBe(guidance.steps.length);

      // Screen-only parts stay off the paper.
      const otherLanguage = catalogFor(locale === "en" ? "es" : "en").site.languageName;
      for (const screenOnly of [otherLanguage, catalog.site.footer, catalog.site.skipLink, words.startAgain, words.print]) {
        expect(text).not.toContain(screenOnly);
      }
    },
  );
});

/// <reference types="vite/client" />
/**
 * The direction of dependencies, checked over every import in src/: the core
 * (src/check, src/stats) knows no framework, storage or HTTP; pages and staff
 * sign-in know no routes; storage knows no HTTP or pages. A wrong import fails
 * here, in `npm test` and so in CI, naming the file and what it imported.
 */
import { describe, expect, it } from "vitest";

// Vite reads every source file's text at build time: the test needs no file system.
const SOURCES = import.meta.glob<string>("../../src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true });

const IMPORT = /^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;

/** Each source file (as `src/...`) and what it imports: packages by name, project files as `src/...`. */
function importsOf(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, text] of Object.entries(SOURCES)) {
    const file = path.replace(/^(\.\.\/)+/, "");
    const specifiers = [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
    found.set(
      file,
      specifiers.map((s) => (s.startsWith(".") ? new URL(s, `file:///${file}`).pathname.slice(1).replace(/\.tsx?$/, "") : s)),
    );
  }
  return found;
}

interface Layer {
  readonly name: string;
  readonly files: RegExp;
  readonly mayNotImport: readonly RegExp[];
}

const HTTP = [/^hono(\/|$)/, /^src\/handlers\//, /^src\/middleware\//, /^src\/services\//, /^src\/index$/];
const LAYERS: readonly Layer[] = [
  {
    name: "the core (src/check)",
    files: /^src\/check\//,
    mayNotImport: [...HTTP, /^drizzle-orm/, /^src\/db\//, /^src\/ui\//, /^src\/auth\//, /^src\/stats\//],
  },
  {
    name: "the counts' core (src/stats)",
    files: /^src\/stats\//,
    mayNotImport: [...HTTP, /^drizzle-orm/, /^src\/db\//, /^src\/ui\//, /^src\/auth\//],
  },
  { name: "storage (src/db)", files: /^src\/db\//, mayNotImport: [...HTTP, /^src\/ui\//, /^src\/auth\//] },
  {
    name: "pages (src/ui)",
    files: /^src\/ui\//,
    mayNotImport: [/^src\/handlers\//, /^src\/services\//, /^src\/db\//, /^src\/index$/],
  },
  { name: "staff sign-in (src/auth)", files: /^src\/auth\//, mayNotImport: [/^src\/handlers\//, /^src\/index$/] },
  {
    // The phone line's call flow, its words and the TwiML builder know no HTTP, so another
    // telephony adapter (Amazon Connect, VoiceXML) can reuse them; only src/handlers/ivr.ts is Twilio's.
    name: "the phone line's call flow (src/telephony, but the state token)",
    files: /^src\/telephony\/(?!flow-token)/,
    mayNotImport: [...HTTP, /^drizzle-orm/, /^src\/db\//, /^src\/ui\//, /^src\/auth\//],
  },
  {
    name: "words (src/i18n)",
    files: /^src\/i18n\//,
    mayNotImport: [...HTTP, /^drizzle-orm/, /^src\/db\//, /^src\/ui\//, /^src\/auth\//],
  },
];

describe("the direction of dependencies", () => {
  const imports = importsOf();

  it("reads the whole source tree", () => {
    expect(imports.size).toBeGreaterThan(50);
    expect(imports.get("src/index.tsx")).toContain("src/handlers/public");
  });

  it.each(LAYERS)("$name imports nothing it must not", ({ files, mayNotImport }) => {
    const wrong = [...imports]
      .filter(([file]) => files.test(file))
      .flatMap(([file, targets]) =>
        targets.filter((t) => mayNotImport.some((rule) => rule.test(t))).map((t) => `${file} -> ${t}`),
      );
    expect(wrong).toEqual([]);
  });
});

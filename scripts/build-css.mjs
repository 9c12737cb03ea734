#!/usr/bin/env node
/**
 * Builds the static files, served by Workers Static Assets before the Worker
 * runs (`[assets]` in wrangler.toml), so none of them weighs on the Worker's
 * bundle: compiles the USWDS packages named in src/ui/styles/main.scss plus
 * the site's own layout rules (site.scss), drops every selector no page uses
 * (PurgeCSS over src/), and writes into public/:
 * - assets/site.<hash>.css, the stylesheet, named by a hash of its bytes, so
 *   browsers may keep it a year and still never see a stale one;
 * - assets/img/..., the few USWDS images it refers to;
 * - assets/hotline.js, the hotline screen's script (src/ui/hotline-script.ts);
 * - favicon.svg (src/ui/favicon.ts);
 * - assets/words.<hash>.json: every language's catalog (src/i18n/catalogs.ts), which the
 *   Worker reads once per instance instead of bundling them (src/middleware/catalogs.ts);
 * - _headers: the same security headers the Worker sends, and how long each may be cached.
 * and src/ui/styles/generated.ts, which tells the pages the stylesheet's path and the Worker the words'.
 * Runs before start, test, build and typecheck. Same input, same bytes: the
 * purge never scans a stylesheet it wrote.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { PurgeCSS } from "purgecss";
import * as sass from "sass";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const uswds = join(root, "node_modules/@uswds/uswds");
const IMAGE_PATH = "/assets/img/";
// `--out <path>` and `--assets <dir>` write elsewhere (test/e2e/stylesheet-build.e2e.ts builds twice and compares).
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const OUTPUT = option("--out", "src/ui/styles/generated.ts");
/** wrangler.toml's `[assets] directory`. */
const ASSETS_DIR = join(root, option("--assets", "public"));

function compile(file) {
  return sass.compile(join(root, file), {
    loadPaths: [join(uswds, "packages")],
    style: "compressed",
    quietDeps: true,
    silenceDeprecations: ["import", "global-builtin"],
  }).css;
}

const compiled = compile("src/ui/styles/main.scss");
const [purged] = await new PurgeCSS().purge({
  content: [join(root, "src/**/*.tsx"), join(root, "src/**/*.ts")],
  // Never this script's own output: scanning it kept every selector of the previous build,
  // so a fresh clone and a second run gave different stylesheets.
  skippedContentGlobs: [join(root, "src/ui/styles/generated*.ts")],
  css: [{ raw: compiled }],
  // Class names built in templates (`usa-${type}__input`) are invisible to the scan.
  safelist: { standard: [/^usa-(radio|checkbox)__/] },
  variables: true,
  keyframes: true,
  fontFace: true,
});
const css = purged.css;

const images = {};
for (const [, path] of css.matchAll(/url\("?(\/assets\/img\/[^")]+)"?\)/g)) {
  images[path] = readFileSync(join(uswds, "dist/img", path.slice(IMAGE_PATH.length)));
}

const { HOTLINE_SCRIPT } = await import("../src/ui/hotline-script.ts");
const { FAVICON_PATH, FAVICON_SVG } = await import("../src/ui/favicon.ts");
const { STATIC_HEADERS } = await import("../src/middleware/static-headers.ts");

const hashOf = (content) => createHash("sha256").update(content).digest("hex").slice(0, 12);
const stylesheetPath = `/assets/site.${hashOf(css)}.css`;
// The words of every page, as the Worker reads them (src/middleware/catalogs.ts): the source
// catalogs (TypeScript, loaded through tsx), as JSON.
const { tsImport } = await import("tsx/esm/api");
const { CATALOGS } = await tsImport("../src/i18n/catalogs.ts", import.meta.url);
const words = JSON.stringify(CATALOGS);
const catalogsPath = `/assets/words.${hashOf(words)}.json`;
/** Every static file, by the path it is served at. */
const files = {
  [stylesheetPath]: css,
  [catalogsPath]: words,
  ...images,
  "/assets/hotline.js": HOTLINE_SCRIPT,
  [FAVICON_PATH]: FAVICON_SVG,
};

const CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";
const CACHE_FOR_A_DAY = "public, max-age=86400";
// Workers Static Assets' _headers file: a path pattern, then its headers, indented.
const headerRules = [
  ["/*", STATIC_HEADERS],
  // Named by their content (the stylesheet, the words) or only ever changed with it (its images).
  ["/assets/site.*", { "Cache-Control": CACHE_FOR_A_YEAR }],
  ["/assets/words.*", { "Cache-Control": CACHE_FOR_A_YEAR }],
  ["/assets/img/*", { "Cache-Control": CACHE_FOR_A_YEAR }],
  // Linked by fixed names: revalidated daily.
  ["/assets/hotline.js", { "Cache-Control": CACHE_FOR_A_DAY }],
  [FAVICON_PATH, { "Cache-Control": CACHE_FOR_A_DAY }],
];
const headersFile = headerRules
  .map(([pattern, headers]) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"))
  .join("\n");

/**
 * Writes a file only when its bytes change: a running `wrangler dev` (npm start, a bench)
 * reloads on every write, so an unchanged build must leave the files alone.
 */
function writeIfChanged(path, content) {
  const bytes = Buffer.from(content);
  if (existsSync(path) && readFileSync(path).equals(bytes)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

const wanted = { ...files, "/_headers": `${headersFile}\n` };
// Only what this build writes: a stylesheet of an earlier build must not linger.
if (existsSync(ASSETS_DIR)) {
  for (const entry of readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !(`/${relative(ASSETS_DIR, path)}` in wanted)) rmSync(path);
  }
}
for (const [path, content] of Object.entries(wanted)) writeIfChanged(join(ASSETS_DIR, path), content);

writeIfChanged(
  join(root, OUTPUT),
  `// Generated by scripts/build-css.mjs from USWDS ${JSON.parse(readFileSync(join(uswds, "package.json"), "utf8")).version}` +
    " and src/ui/styles/*.scss. Do not edit.\n" +
    "// The stylesheet itself is a static file (public/), served before the Worker runs.\n" +
    `export const STYLESHEET_PATH = ${JSON.stringify(stylesheetPath)};\n` +
    "// The catalogs (src/i18n), read by the Worker once per instance (src/middleware/catalogs.ts).\n" +
    `export const CATALOGS_PATH = ${JSON.stringify(catalogsPath)};\n`,
);
console.log(
  `stylesheet: ${css.length} bytes, ${gzipSync(css).length} gzipped, at ${stylesheetPath}; static files in ${ASSETS_DIR}: ${Object.keys(files).join(", ")}`,
);

/**
 * @module
 * Static assets served by the Worker itself: the stylesheet and the few USWDS
 * images it uses (cached for a year: their paths change with their content), and
 * the hotline screen's script.
 */
import { Hono } from "hono/tiny";
import { HOTLINE_SCRIPT } from "../ui/hotline-script";
import { STYLESHEET, STYLESHEET_IMAGES, STYLESHEET_PATH } from "../ui/stylesheet";

export const assets = new Hono();

const CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

assets.get(STYLESHEET_PATH.replace("/assets", ""), (c) =>
  c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": CACHE_FOR_A_YEAR }),
);

assets.get("/img/*", (c) => {
  const image = STYLESHEET_IMAGES[c.req.path];
  if (image === undefined) return c.notFound();
  return c.body(image, 200, { "Content-Type": "image/svg+xml", "Cache-Control": CACHE_FOR_A_YEAR });
});

// Not content-hashed (the page links it by a fixed name), so revalidated daily.
assets.get("/hotline.js", (c) =>
  c.body(HOTLINE_SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" }),
);

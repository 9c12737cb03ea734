/**
 * @module
 * Static assets served by the Worker itself: the stylesheet and the few USWDS
 * images it uses. Paths are fixed per build, so they may be cached for a year.
 */
import { Hono } from "hono";
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

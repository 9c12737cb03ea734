/**
 * @module
 * Static assets served by the Worker itself: only the stylesheet for now.
 * Its path carries a content hash, so it may be cached for a year.
 */
import { Hono } from "hono";
import { STYLESHEET, STYLESHEET_PATH } from "../ui/styles";

export const assets = new Hono();

assets.get(STYLESHEET_PATH.replace("/assets", ""), (c) =>
  c.body(STYLESHEET, 200, {
    "Content-Type": "text/css; charset=utf-8",
    "Cache-Control": "public, max-age=31536000, immutable",
  }),
);

/**
 * @module
 * The stylesheet and its images, built from USWDS by scripts/build-css.mjs into
 * ./styles/generated.ts. The stylesheet's path carries a hash of its content, so
 * browsers may cache it for a year and still never see a stale one.
 */
import { CSS, IMAGES } from "./styles/generated";

/** 32-bit FNV-1a, as hex: enough to tell one stylesheet version from another. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

export const STYLESHEET = CSS;
export const STYLESHEET_PATH = `/assets/site.${contentHash(CSS)}.css`;
/** SVG images the stylesheet refers to, by path (e.g. /assets/img/correct8.svg). */
export const STYLESHEET_IMAGES: Readonly<Record<string, string>> = IMAGES;

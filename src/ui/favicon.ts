/**
 * @module
 * The site's icon: a check mark on the primary blue, as SVG (a few hundred bytes,
 * sharp at every size). Served at /favicon.svg; /favicon.ico, which browsers ask
 * for by themselves, redirects to it.
 */
export const FAVICON_PATH = "/favicon.svg";

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#005ea2"/>' +
  '<path d="M8 17l5 5 11-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>' +
  "</svg>";

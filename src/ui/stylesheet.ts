/**
 * @module
 * Where the stylesheet is: a static file (public/assets/site.<hash>.css, served
 * by Workers Static Assets before the Worker runs), named by a hash of its
 * content so browsers may cache it for a year and still never see a stale one.
 * scripts/build-css.mjs writes both the file and ./styles/generated.ts.
 */
export { STYLESHEET_PATH } from "./styles/generated";

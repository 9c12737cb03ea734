/**
 * @module
 * zod, as the whole app uses it: the small build ("zod/mini", about 16 KB in the
 * bundle against about 90 KB for the classic API) with English messages,
 * configured once here. Import it as `import * as z from "../validation"`; a
 * namespace re-exported as one object (`export { z }`) would defeat tree-shaking
 * and bring every locale zod has.
 */
import * as z from "zod/mini";
// The one locale by its own path: the "zod/locales" index would bring every language.
import en from "zod/v4/locales/en.js";

z.config(en());

export * from "zod/mini";

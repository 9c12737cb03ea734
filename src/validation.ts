/**
 * @module
 * zod, as the whole app uses it: the small build ("zod/mini", about 16 KB in the
 * bundle against about 90 KB for the classic API) with English messages,
 * configured once here. Import `z` from this module, not from "zod".
 */
import * as z from "zod/mini";
import { en } from "zod/locales";

z.config(en());

export { z };

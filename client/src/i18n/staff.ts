/**
 * Imported first by the staff app: it runs in English (the full catalog) until its own languages are
 * added; setting the catalog here, before any staff module runs, lets modules read `t` at load.
 */
import { en } from "./en.ts";
import { setCatalog } from "./index.ts";

setCatalog(en);

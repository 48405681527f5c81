/** The catalog in use. Only English exists for now; a language switch would pick another catalog here. */
import { en } from "./en";

export const t = en;

/** English for the reporter pages: only the reporter strings (the staff app's are in ../en-staff.ts). */
import type { ReporterCatalog } from "../catalog.ts";
import { en } from "../en.ts";

export default en as ReporterCatalog;

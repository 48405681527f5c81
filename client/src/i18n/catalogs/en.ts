/** English for the reporter pages: the English catalog without the staff app's sections. */
import type { ReporterCatalog } from "../catalog.ts";
import { en } from "../en.ts";
import { enStaff } from "../en-staff.ts";

const staff = new Set<string>([...Object.keys(enStaff), "handler"]);
const reporter = Object.fromEntries(Object.entries(en).filter(([key]) => !staff.has(key)));

export default reporter as ReporterCatalog;

/** What every verb is given: the stores, the organisation's settings and date, and who acts. */
import type { Database } from "../../db/index";
import type { Role } from "../../db/queries/persons";
import type { Settings } from "../../db/queries/settings";
import type { BlobStore } from "../deps";

export interface CaseContext {
  /** The store: db/ queries and write builders run against it. */
  database: Database;
  /** Where attachments' age files are kept, if this server stores attachments. */
  blobs?: BlobStore | undefined;
  settings: Settings;
  /** The organisation's date (its time zone), resolved once per request. */
  today: string;
  now: Date;
}

/** The person acting: a handler or custodian (the reporting person acts through the token instead). */
export interface Actor {
  id: string;
  roles: readonly Role[];
}

/** The request shape of a channel's rules (routes/settings.ts), checked at the edge by valibot. */
import * as v from "valibot";
import { JURISDICTIONS } from "../directive";
import { timeZone } from "./settings";

export const Rules = v.strictObject({
  /** A profile code; `null`: the organisation's jurisdiction. */
  jurisdiction: v.nullable(v.picklist(JURISDICTIONS)),
  /** An IANA time zone; `null`: the organisation's. */
  timeZone: v.nullable(timeZone),
});

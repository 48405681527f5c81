/** Typed Hono variables shared by middleware and routes. */
import type { Person, Role } from "../db/queries/persons";
import type { Settings } from "../db/queries/settings";
import type { Pow } from "./abuse/pow";
import type { Backoff } from "./auth/backoff";
import type { AppDeps } from "./deps";
import type { Limiter } from "./middleware/rate-limit";

export interface Env {
  Variables: {
    deps: AppDeps;
    person: Person;
    roles: Role[];
    sessionHash: string;
    /** Resolved once per request by `requestContext` (server/middleware/request-context.ts). */
    settings: Settings;
    now: Date;
    /** The organisation's date, in its time zone. */
    today: string;
    /** Sign-in and proof back-off, per handle (or person) and address prefix. */
    backoff: Backoff;
    /** The request's address-prefix key (an HMAC) for `scope`; never the address itself. */
    clientKey: (scope: string) => string;
    /** The app's address limits by scope, shared by the routes that name the same scope. */
    limits: Map<string, Limiter>;
    /** The app's proof-of-work checker (server/abuse/pow.ts). */
    pow: () => Promise<Pow>;
  };
}

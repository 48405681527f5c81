/** Typed Hono variables shared by middleware and routes. */
import type { Person, Role } from "../db/queries/persons";
import type { Settings } from "../db/queries/settings";
import type { AppDeps } from "./deps";
import type { Limiter } from "./middleware/rate-limit";

export interface Env {
  Variables: {
    deps: AppDeps;
    person: Person;
    roles: Role[];
    sessionHash: string;
    loginLimiter: Limiter;
    /** Resolved once per request by `requestContext` (server/middleware/request-context.ts). */
    settings: Settings;
    now: Date;
    /** The organisation's date, in its time zone. */
    today: string;
  };
}

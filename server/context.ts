/** Typed Hono variables shared by middleware and routes. */
import type { Person, Role } from "../db/queries/persons";
import type { AppDeps } from "./deps";
import type { Limiter } from "./middleware/rate-limit";

export interface Env {
  Variables: {
    deps: AppDeps;
    person: Person;
    roles: Role[];
    sessionHash: string;
    loginLimiter: Limiter;
  };
}

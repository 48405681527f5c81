/**
 * What every account verb runs in: the database, the instant of the request, where passkeys are bound
 * and the sign-in back-off. No request and no cookie: the route turns the request into this and starts
 * or ends sessions itself (server/middleware/session.ts).
 */
import type { ProofCtx } from "../auth/second-factor";

/** The context of an account verb (the same as checking a proof needs). */
export type AccountCtx = ProofCtx;

/**
 * A person's own account, as verbs: enrolment's counterpart sign-in, the second factors, the passphrase
 * and recovery copies of the identity, the reminder address and sessions. Each verb takes an
 * `AccountCtx` (no request), the person and the validated input; it checks, writes through db/queries
 * with its audit entry, and returns the answer's body or throws an `AppError` (server/errors.ts).
 * Starting and ending sessions stays with the routes: it sets a cookie.
 */
export type { AccountCtx } from "./context";
export { setNotifyEmail } from "./notify-email";
export { addPasskey, passkeyOptions } from "./passkeys";
export { changePassphrase, type PassphraseChange, type SealedCopy, setRecoveryCopy } from "./passphrase";
export { type RecoveryInput, recover, recoveryParams } from "./recovery";
export { passkeySignInOptions, type SignInInput, signIn, signInParams, signOutEverywhere } from "./sign-in";
export { enableTotp, startTotpSetup } from "./totp";
export { ownAccount, publicPerson } from "./view";

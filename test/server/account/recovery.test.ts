/**
 * Recovery with the printable recovery key (server/account/recovery.ts and passphrase.ts), called as
 * verbs on a real SQLite file: what the API suite cannot reach in one request, the grant's lifetime,
 * its single use, and the back-off per name and client.
 */
import { describe, expect, it } from "vitest";
import { newKdfParams, toBase64 } from "../../../crypto/index";
import { personByHandle } from "../../../db/queries/persons";
import { type AccountCtx, changePassphrase, recover, setRecoveryCopy } from "../../../server/account/index";
import { exponentialBackoff, FREE_FAILURES } from "../../../server/auth/backoff";
import { AppError } from "../../../server/errors";
import { enrol, type Harness, proofOf, setup, TEST_KDF } from "../../api/harness";

const rp = { origin: "http://localhost", rpID: "localhost" };
const key = () => toBase64(crypto.getRandomValues(new Uint8Array(32)));
const copy = (authKey: string) => ({ kdf: newKdfParams(TEST_KDF), authKey, sealedIdentity: key() });

/** Alice, enrolled, with a recovery copy under `recoveryKey`; and a context at the harness's time. */
async function aliceWithRecovery() {
  const h = await setup();
  const alice = await enrol(h, h.firstCode, "alice");
  const backoff = exponentialBackoff();
  const ctx = (at: Date = h.clock()): AccountCtx => ({ database: h.database, now: at, rp, backoff });
  const recoveryKey = key();
  const person = async () => (await personByHandle(h.database, "alice"))!;
  await setRecoveryCopy(ctx(), await person(), { ...copy(recoveryKey), proof: await proofOf(h, alice) });
  return { h, ctx, recoveryKey, person };
}

/** The code of the AppError `work` rejects with. */
async function codeOf(work: Promise<unknown>): Promise<string> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

async function grantFor(h: Harness, ctx: (at?: Date) => AccountCtx, recoveryKey: string) {
  const recovered = await recover(ctx(h.clock()), { handle: "alice", authKey: recoveryKey }, "client-a");
  return recovered.answer.recoveryGrant;
}

describe("recovery grant", () => {
  it("sets one new passphrase without the old one, and only once", async () => {
    const { h, ctx, recoveryKey, person } = await aliceWithRecovery();
    const grant = await grantFor(h, ctx, recoveryKey);
    const recovery = { authKey: recoveryKey, grant };
    expect(await changePassphrase(ctx(), await person(), "session", { ...copy(key()), recovery })).toEqual({
      ok: true,
    });
    expect(
      await codeOf(changePassphrase(ctx(), await person(), "session", { ...copy(key()), recovery })),
    ).toBe("bad_credentials");
  });

  it("expires 15 minutes after recovery", async () => {
    const { h, ctx, recoveryKey, person } = await aliceWithRecovery();
    const grant = await grantFor(h, ctx, recoveryKey);
    const later = new Date(h.clock().getTime() + 15 * 60_000 + 1);
    const change = { ...copy(key()), recovery: { authKey: recoveryKey, grant } };
    expect(await codeOf(changePassphrase(ctx(later), await person(), "session", change))).toBe(
      "bad_credentials",
    );
  });

  it("needs the recovery key beside the grant", async () => {
    const { h, ctx, recoveryKey, person } = await aliceWithRecovery();
    const grant = await grantFor(h, ctx, recoveryKey);
    const change = { ...copy(key()), recovery: { authKey: key(), grant } };
    expect(await codeOf(changePassphrase(ctx(), await person(), "session", change))).toBe("bad_credentials");
  });
});

describe("recovery back-off", () => {
  it("slows down one client's guesses at a name, not another client's recovery", async () => {
    const { ctx, recoveryKey } = await aliceWithRecovery();
    for (let i = 0; i <= FREE_FAILURES; i++)
      expect(await codeOf(recover(ctx(), { handle: "alice", authKey: key() }, "client-a"))).toBe(
        "bad_credentials",
      );
    expect(await codeOf(recover(ctx(), { handle: "alice", authKey: recoveryKey }, "client-a"))).toBe(
      "rate_limited",
    );
    const other = await recover(ctx(), { handle: "alice", authKey: recoveryKey }, "client-b");
    expect(other.answer.person.handle).toBe("alice");
  });
});

/** Stored server secrets: made once at random, the same after every restart and on every isolate. */
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { eq } from "drizzle-orm";
import type { Database } from "../index";
import { instanceSecrets } from "../schema";

/** Every stored secret the server uses; all are made at first start (`makeStoredSecrets`). */
export type SecretName = "fake-kdf-salt" | "fake-passkey-id" | "proof-of-work" | "receipt-key";
/** `receipt-key`: the Ed25519 seed that signs reporting persons' receipts (server/case/receipt.ts). */
const NAMES: SecretName[] = ["fake-kdf-salt", "fake-passkey-id", "proof-of-work", "receipt-key"];

const cache = new WeakMap<Database, Map<string, Uint8Array>>();

/** The stored secret called `name`, made on first use; concurrent first uses agree on one value. */
export async function storedSecret(database: Database, name: SecretName): Promise<Uint8Array> {
  const known = cache.get(database)?.get(name);
  if (known) return known;
  const read = async () =>
    (await database.db.select().from(instanceSecrets).where(eq(instanceSecrets.name, name)))[0];
  let row = await read();
  if (!row) {
    await database.db
      .insert(instanceSecrets)
      .values({ name, value: bytesToHex(crypto.getRandomValues(new Uint8Array(32))) })
      .onConflictDoNothing();
    row = await read();
  }
  if (!row) throw new Error("secret not stored");
  const value = hexToBytes(row.value);
  const byName = cache.get(database) ?? new Map<string, Uint8Array>();
  byName.set(name, value);
  cache.set(database, byName);
  return value;
}

/** Makes every stored secret that is missing, so that no request later adds a row. */
export async function makeStoredSecrets(database: Database): Promise<void> {
  for (const name of NAMES) await storedSecret(database, name);
}

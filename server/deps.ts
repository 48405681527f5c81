/** What `createApp` is given: every part that differs between Node, Workers and tests. */
import type { MiddlewareHandler } from "hono";
import type { Database } from "../db/index";
import type { Clock } from "./clock";
import type { AddressOf } from "./middleware/rate-limit";

export interface Mailer {
  /** Sends one content-free mail; throws when the server cannot take it (it is retried later). */
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface BlobStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

export interface AppDeps {
  database: Database;
  clock: Clock;
  /** Secret made at start; keys the in-memory rate limits and fake KDF salts. Never stored. */
  secret: Uint8Array;
  /** The client's address, used only to key rate limits and never stored or logged. */
  addressOf?: AddressOf;
  blobs?: BlobStore;
  mailer?: Mailer;
  /** Where the built static client lives is the entry's business; the app only needs the public URL. */
  publicUrl?: string;
  /** Serves the built client (Node); on Workers the assets binding does it before the app runs. */
  staticFiles?: MiddlewareHandler;
  /** An `http://<56 chars>.onion` origin: answers carry `Onion-Location` for Tor Browser (deploy/torrc). */
  onionLocation?: string;
  /** Proof-of-work difficulty in bits under normal load (default 17; tests use less). */
  powBits?: number;
  /** Defaults for the settings row on first start. */
  defaults?: { orgName: string; jurisdiction: string; timeZone: string };
}
